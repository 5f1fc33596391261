//! The hand-written Windows-1252 decoder (`core::bulk::decode_windows_1252`) agrees with
//! `encoding_rs` on every byte and on any text.

use listo::core::bulk::decode_windows_1252;
use proptest::prelude::*;

#[test]
fn every_byte_decodes_as_encoding_rs_does() {
    let all: Vec<u8> = (0..=255).collect();
    let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&all);
    assert_eq!(decode_windows_1252(&all), expected);
}

proptest! {
    #[test]
    fn any_bytes_decode_as_encoding_rs_does(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        prop_assert_eq!(decode_windows_1252(&bytes), expected);
    }
}
