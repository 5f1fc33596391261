//! City matching (src/core/shipping): a city and a province (split at the first newline) looked up
//! in the default shipping profile, with suggestions.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::engine::Engine;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|text: &str| {
    let engine = ENGINE.get_or_init(Engine::default);
    let (city, state) = text.split_once('\n').unwrap_or((text, ""));
    let _ = engine.shipping.closest_places(city, state);
    let _ = engine.shipping.find_origin(city, state);
    let _ = listo::core::shipping::places::normalize(text);
});
