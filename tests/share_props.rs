//! Share links are read from whatever a person pastes or a chat app mangles: every reader must
//! survive any input, and everything sealed must come back as it was (tests/never_panics.rs has
//! the same rule for the other parsers).

use listo::core::listing::{Listing, Picture};
use listo::core::share::envelope::{self, Kind};
use listo::core::share::profile::{LimitsWire, ProfileWire};
use listo::core::share::reply::{open_fragment, read_reply, Opened};
use listo::core::share::{listing, qr};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zA-ZáéíóúñÑ0-9 ,.:$-]{0,60}", Just(String::new())]
}

fn a_listing() -> impl Strategy<Value = Listing> {
    let picture = (text(), any::<Option<u32>>(), any::<Option<u64>>(), proptest::option::of("jpg|png|webp"), any::<Option<bool>>()).prop_map(
        |(source, width, bytes, format, white_border)| Picture { source, width, height: width, bytes, format, white_border },
    );
    (text(), text(), text(), text(), proptest::collection::vec(picture, 0..4), proptest::collection::btree_map(text(), text(), 0..4), text(), any::<Option<bool>>())
        .prop_map(|(title, price, description, city, pictures, attributes, weight, free)| {
            let mut l = Listing { title, price, description, pictures, attributes, ..Listing::default() };
            l.seller_address.city = city;
            l.shipping.weight = weight;
            l.shipping.free_shipping = free;
            l
        })
}

fn a_profile() -> impl Strategy<Value = ProfileWire> {
    (
        "[a-zA-Z áé]{0,60}",
        proptest::collection::vec(("[A-Z]{2}[0-9]{0,3}", 0u8..4), 0..8),
        0u32..200,
        proptest::collection::vec(("Quito|Guayaquil|Cuenca", any::<bool>()), 0..3),
        proptest::option::of(0u8..24),
    )
        .prop_map(|(name, rules, min_chars, same_day, cutoff_hour)| ProfileWire {
            name,
            rules,
            limits: LimitsWire { description_min_chars: min_chars, ..LimitsWire::default() },
            same_day,
            cutoff_hour,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_sealed_listing_opens_as_it_travelled(l in a_listing()) {
        prop_assert_eq!(listing::open(&listing::seal(&l)), Ok(listing::as_travelled(&l)));
    }

    #[test]
    fn a_sealed_profile_opens_and_is_stored_unchanged(p in a_profile()) {
        prop_assert_eq!(ProfileWire::open(&p.seal()), Ok(p.clone()));
        prop_assert_eq!(ProfileWire::from_stored(&p.to_stored()), Some(p.clone()));
        let reply = open_fragment(&format!("#perfil={}", p.seal())).to_reply(|_| String::new());
        prop_assert!(matches!(read_reply(&reply), listo::core::share::reply::Reply::Profile(q) if q == p));
    }

    #[test]
    fn any_text_is_refused_or_read_never_a_panic(s in any::<String>(), base in "[A-Za-z0-9_-]{0,300}") {
        let _ = listing::open(&s);
        let _ = ProfileWire::open(&s);
        let _ = ProfileWire::from_stored(&s);
        let _ = ProfileWire::from_stored(&base);
        let _ = envelope::open(Kind::Listing, &base);
        let _ = read_reply(&s);
        let _ = open_fragment(&format!("#compartido={base}"));
        let _ = open_fragment(&s);
    }

    /// A link cut anywhere, or with one character changed, is refused with a message.
    #[test]
    fn damaged_links_are_refused(l in a_listing(), cut in 0.0f64..1.0, at in 0.0f64..1.0, with in "[A-Za-z0-9_-]") {
        let sealed = listing::seal(&l);
        let n = sealed.len();
        let short = &sealed[..((n as f64 * cut) as usize).min(n - 1)];
        let refused = matches!(open_fragment(&format!("#compartido={short}")), Opened::Failed(_));
        prop_assert!(refused);
        let i = ((n as f64 * at) as usize).min(n - 1);
        let mut changed: Vec<char> = sealed.chars().collect();
        let c = with.chars().next().unwrap();
        if changed[i] != c && i + 1 < n {
            changed[i] = c;
            let changed: String = changed.into_iter().collect();
            prop_assert!(listing::open(&changed).is_err(), "accepted a change at {}", i);
        }
    }

    #[test]
    fn the_qr_code_never_exceeds_the_limit(l in a_listing()) {
        let link = |l: &Listing| format!("https://listo.example/#compartido={}", listing::seal(l));
        match qr::for_listing(&l, link) {
            qr::ListingQr::Whole(q) | qr::ListingQr::Shortened { qr: q, .. } => prop_assert!(q.version <= qr::MAX_VERSION),
            qr::ListingQr::TooLong { chars } => prop_assert!(chars > 0),
        }
    }
}
