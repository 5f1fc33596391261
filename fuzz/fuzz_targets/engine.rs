//! The engine on arbitrary listings: any bytes that deserialize as a Listing (serde JSON) are
//! checked with the default engine, which also classifies the title.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::engine::Engine;
use listo::core::listing::Listing;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(listing) = serde_json::from_slice::<Listing>(data) else { return };
    let engine = ENGINE.get_or_init(Engine::default);
    let _ = engine.check(&listing);
});
