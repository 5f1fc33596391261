//! Shared-link and profile decoding (src/core/share): the text as a listing link, a profile link,
//! a stored profile, a profile file, a link fragment and a pasted reply.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::share::{listing, profile, reply};

fuzz_target!(|text: &str| {
    if let Err(e) = listing::open(text) { let _ = e.message(); }
    let _ = profile::ProfileWire::open(text);
    let _ = profile::ProfileWire::from_stored(text);
    if let Ok(file) = profile::ProfileFile::from_json(text) {
        let _ = file.to_wire().config();
    }
    let _ = reply::open_fragment(text);
    let _ = reply::read_reply(text);
});
