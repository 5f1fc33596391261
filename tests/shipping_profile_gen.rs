//! `src/core/shipping/default_profile.bin` is the default profile's JSON as postcard bytes (what
//! the app reads, see `ShippingProfile::default`). This test fails when the two disagree, and
//! rewrites the bytes when run with `LISTO_REGEN=1` after the JSON changes.

use listo::core::shipping::ShippingProfile;

#[test]
fn default_profile_bin_matches_the_json() {
    let from_json = ShippingProfile::from_json(ShippingProfile::default_json()).expect("the default JSON is valid");
    let bytes = postcard::to_allocvec(&from_json.data).expect("the profile serializes");
    if std::env::var_os("LISTO_REGEN").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core/shipping/default_profile.bin");
        std::fs::write(&path, &bytes).expect("write default_profile.bin");
    }
    assert!(
        ShippingProfile::default_bin() == bytes.as_slice(),
        "src/core/shipping/default_profile.bin is out of date: run LISTO_REGEN=1 cargo test --test shipping_profile_gen"
    );
    // And the app's default (read from the bytes) is the JSON's profile.
    assert_eq!(ShippingProfile::default().data, from_json.data);
}
