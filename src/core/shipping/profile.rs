//! The shipping profile: every number and list the shipping evaluation uses, as data. Mercado
//! Libre publishes no Ecuador-specific package limits, so each limit says where it comes from:
//! an analogue documented for another country, or an assumption. The UI shows which is which,
//! and a trainer can load an edited profile (JSON, unknown keys rejected so a typo is seen).

use super::evaluate::PromiseTexts;
use super::places::{OriginMatch, PlaceIndex, Province};
use super::plausible::{MinimumPackage, PlausibleIndex};
use super::restricted::{Restriction, RestrictionIndex};
use crate::core::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;

/// The default profile, embedded so the app works offline (see `default_profile.json`).
const DEFAULT_JSON: &str = include_str!("default_profile.json");
/// The same default as postcard bytes: what [`ShippingProfile::default`] reads, so the app needs
/// no JSON decoder for the profile. Generated from the JSON (`LISTO_REGEN=1 cargo test --test
/// shipping_profile_gen`); that test fails when the two disagree.
const DEFAULT_BIN: &[u8] = include_bytes!("default_profile.bin");

/// How much a number can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Documented by Mercado Libre for Ecuador.
    Documented,
    /// Documented by Mercado Libre for another country, used here as the default.
    Analogue,
    /// No public source: an editable default the UI must present as such.
    Assumption,
}

/// A number with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub value: f64,
    pub basis: Basis,
    /// Where the number comes from, or why it was chosen.
    pub source: String,
}

impl Limit {
    pub fn is_assumption(&self) -> bool {
        self.basis == Basis::Assumption
    }
}

/// Package limits of one mode; a limit left out does not apply.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ModeLimits {
    /// On the billable weight (the greater of actual and volumetric), in grams.
    pub max_weight_g: Option<Limit>,
    /// Longest side, cm.
    pub max_side_cm: Option<Limit>,
    /// Length + width + height, cm.
    pub max_sum_of_sides_cm: Option<Limit>,
    /// Longest side + 2 × each of the other two, cm.
    pub max_length_plus_girth_cm: Option<Limit>,
}

/// The three modes the evaluation knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    SameDay,
    Courier,
    Galapagos,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::SameDay, Mode::Courier, Mode::Galapagos];

    pub fn label(self) -> Text {
        match self {
            Mode::SameDay => Text::new("Envío en el día", "Same-day delivery"),
            Mode::Courier => Text::new("Courier nacional", "National courier"),
            Mode::Galapagos => Text::new("Envío a Galápagos", "Shipping to Galápagos"),
        }
    }
}

/// A metro area where same-day delivery may run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metro {
    pub name: String,
    /// Whether Mercado Libre offers same day here now (Quito yes; Guayaquil announced).
    pub same_day: bool,
    /// City names, each listed under a province.
    pub cities: Vec<String>,
}

/// Same day: origin and destination in the same enabled metro area, ordered before the cut-off.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SameDay {
    /// Local hour (0–23) before which an order leaves the same day.
    pub cutoff_hour: Limit,
    pub limits: ModeLimits,
}

/// National courier to the rest of the mainland.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Courier {
    pub limits: ModeLimits,
}

/// Shipping to the Galápagos islands (special regime).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Galapagos {
    pub limits: ModeLimits,
    /// Delivery time in days, lower and upper bound.
    pub days_min: Limit,
    pub days_max: Limit,
}

/// A destination region and how long the courier takes there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Short id used by provinces: "costa", "sierra", "amazonia", "galapagos".
    pub id: String,
    pub name: Text,
    /// Courier delivery time in hours; absent for regions the courier does not serve.
    #[serde(default)]
    pub courier_hours: Option<Limit>,
}

/// When a box is "far too big" for what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OversizedBox {
    /// Volumetric weight above this multiple of the actual weight…
    pub ratio: Limit,
    /// …and above it by at least this many grams (small parcels always weigh little).
    pub min_excess_g: Limit,
}

/// The profile as written in JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileData {
    /// Volumetric weight (kg) = L × W × H (cm) / divisor.
    pub volumetric_divisor: Limit,
    pub oversized_box: OversizedBox,
    pub same_day: SameDay,
    pub courier: Courier,
    pub galapagos: Galapagos,
    pub regions: Vec<Region>,
    /// The 24 provinces; each one's first city is its capital.
    pub provinces: Vec<Province>,
    pub metros: Vec<Metro>,
    pub restricted: Vec<Restriction>,
    pub plausible: Vec<MinimumPackage>,
}

/// A validated profile with its lookup indexes built. Serializes as [`ProfileData`].
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(try_from = "ProfileData", into = "ProfileData")]
pub struct ShippingProfile {
    pub data: ProfileData,
    pub(crate) places: PlaceIndex,
    pub(crate) restricted: RestrictionIndex,
    pub(crate) plausible: PlausibleIndex,
    /// Texts that depend only on the profile, written once.
    pub(crate) texts: PromiseTexts,
    /// Recent origin lookups (see [`OriginCache`]).
    origins: OriginCache,
}

/// How many distinct origins [`OriginCache`] keeps before starting over.
const ORIGIN_CACHE_SIZE: usize = 64;

/// Recent origin lookups and closest-name lists. A seller's listings, and a bulk check of them,
/// repeat the same origin city, and fuzzy-matching a city the profile does not know is the
/// costliest part of an evaluation. Small and bounded; a clone starts empty.
#[derive(Default)]
struct OriginCache {
    found: Mutex<HashMap<(String, String), OriginMatch>>,
    closest: Mutex<HashMap<(String, String), Vec<String>>>,
}

impl Clone for OriginCache {
    fn clone(&self) -> Self {
        OriginCache::default()
    }
}

impl std::fmt::Debug for OriginCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OriginCache")
    }
}

/// Looks `key` up in `map`, computing and keeping it when absent. A poisoned lock (a panic
/// elsewhere) only skips the cache.
fn cached<T: Clone>(map: &Mutex<HashMap<(String, String), T>>, key: (&str, &str), compute: impl FnOnce() -> T) -> T {
    let key = (key.0.to_string(), key.1.to_string());
    if let Some(hit) = map.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return hit;
    }
    let value = compute();
    keep(map, key, value.clone());
    value
}

/// Keeps `value` for `key` in `map`, starting over when it is full.
fn keep<T>(map: &Mutex<HashMap<(String, String), T>>, key: (String, String), value: T) {
    if let Ok(mut m) = map.lock() {
        if m.len() >= ORIGIN_CACHE_SIZE {
            m.clear();
        }
        m.insert(key, value);
    }
}

impl From<ShippingProfile> for ProfileData {
    fn from(p: ShippingProfile) -> ProfileData {
        p.data
    }
}

impl TryFrom<ProfileData> for ShippingProfile {
    type Error = String;

    fn try_from(data: ProfileData) -> Result<ShippingProfile, String> {
        if !(data.volumetric_divisor.value.is_finite() && data.volumetric_divisor.value > 0.0) {
            return Err("volumetric_divisor.value debe ser mayor que 0 / must be greater than 0".into());
        }
        let places = PlaceIndex::build(&data.provinces, &data.metros, &data.regions)?;
        let restricted = RestrictionIndex::build(&data.restricted);
        let plausible = PlausibleIndex::build(&data.plausible);
        let texts = PromiseTexts::build(&data);
        Ok(ShippingProfile { data, places, restricted, plausible, texts, origins: OriginCache::default() })
    }
}

impl ShippingProfile {
    /// Up to three known places closest to what the seller typed as city (the state narrows
    /// them), best first; for messages. Computed when one is shown, unless
    /// [`ShippingProfile::find_origin`] already found them with the city.
    pub fn closest_places(&self, city: &str, state: &str) -> Vec<String> {
        cached(&self.origins.closest, (city, state), || self.places.suggestions(city, state, &self.data.provinces))
    }

    /// Where the seller ships from, matched against the profile's places (cached). A city that
    /// is not recognised gets its closest known names from the same search, kept for
    /// [`ShippingProfile::closest_places`]: the rule that reports the city shows them.
    pub fn find_origin(&self, city: &str, state: &str) -> OriginMatch {
        cached(&self.origins.found, (city, state), || {
            let (found, closest) = self.places.find_and_suggest(city, state, &self.data.provinces, &self.data.metros);
            if let Some(names) = closest {
                keep(&self.origins.closest, (city.to_string(), state.to_string()), names);
            }
            found
        })
    }

    /// Loads a profile from JSON; the error names line and column, or the inconsistency.
    pub fn from_json(text: &str) -> Result<ShippingProfile, String> {
        serde_json::from_str(text).map_err(|e| {
            if e.line() > 0 {
                format!("línea {}, columna {}: {e}", e.line(), e.column())
            } else {
                e.to_string()
            }
        })
    }

    /// The profile as pretty JSON, a starting point for an edited one.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.data).unwrap_or_default()
    }

    pub fn limits(&self, mode: Mode) -> &ModeLimits {
        match mode {
            Mode::SameDay => &self.data.same_day.limits,
            Mode::Courier => &self.data.courier.limits,
            Mode::Galapagos => &self.data.galapagos.limits,
        }
    }
}

impl Default for ShippingProfile {
    /// The embedded default. It is checked by a test, so the empty fallback never happens in a
    /// build that passed its tests; it exists only so that this cannot panic.
    fn default() -> Self {
        postcard::from_bytes::<ProfileData>(DEFAULT_BIN)
            .ok()
            .and_then(|data| ShippingProfile::try_from(data).ok())
            .unwrap_or_else(ShippingProfile::empty)
    }
}

impl ShippingProfile {
    /// The default profile's JSON, the documented starting point for an edited profile.
    pub fn default_json() -> &'static str {
        DEFAULT_JSON
    }

    /// The default profile's data as postcard bytes (see `DEFAULT_BIN`).
    pub fn default_bin() -> &'static [u8] {
        DEFAULT_BIN
    }

    fn empty() -> ShippingProfile {
        let assumption = |value: f64| Limit { value, basis: Basis::Assumption, source: String::new() };
        let data = ProfileData {
            volumetric_divisor: assumption(5000.0),
            oversized_box: OversizedBox { ratio: assumption(3.0), min_excess_g: assumption(1000.0) },
            same_day: SameDay { cutoff_hour: assumption(14.0), limits: ModeLimits::default() },
            courier: Courier { limits: ModeLimits::default() },
            galapagos: Galapagos { limits: ModeLimits::default(), days_min: assumption(5.0), days_max: assumption(10.0) },
            regions: Vec::new(),
            provinces: Vec::new(),
            metros: Vec::new(),
            restricted: Vec::new(),
            plausible: Vec::new(),
        };
        let texts = PromiseTexts::build(&data);
        ShippingProfile { data, places: PlaceIndex::default(), restricted: RestrictionIndex::default(), plausible: PlausibleIndex::default(), texts, origins: OriginCache::default() }
    }
}

#[cfg(test)]
mod origin_cache_tests {
    use super::*;
    use crate::core::shipping::places::MatchKind;

    #[test]
    fn cached_lookups_answer_as_uncached_ones() {
        let p = ShippingProfile::default();
        for (city, state) in [("Cumbayá", ""), ("guayakil", ""), ("Buenos Aires", ""), ("", "Pichincha"), ("Cumbayá", "")] {
            let direct = p.places.find(city, state, &p.data.provinces, &p.data.metros);
            assert_eq!(p.find_origin(city, state), direct, "{city}/{state}");
            assert_eq!(p.find_origin(city, state), direct, "{city}/{state} (cached)");
            assert_eq!(p.closest_places(city, state), p.places.suggestions(city, state, &p.data.provinces));
        }
    }

    proptest::proptest! {
        /// The shared search gives what the two separate ones give.
        #[test]
        fn finding_and_suggesting_together_agrees_with_each_alone(
            city in "(guayakil|quitoo|buenos aires|capital federal|ciudad de |portovejo|manbi|cuenka|[a-z]{1,8})( |, |-)?[a-z ]{0,10}",
            state in "|pichincha|guayas|manabi|capital federal|[a-z]{0,8}",
        ) {
            let p = ShippingProfile::default();
            let (provinces, metros) = (&p.data.provinces, &p.data.metros);
            let (found, closest) = p.places.find_and_suggest(&city, &state, provinces, metros);
            proptest::prop_assert_eq!(&found, &p.places.find(&city, &state, provinces, metros));
            if let Some(names) = closest {
                proptest::prop_assert!(matches!(found.kind, MatchKind::Unknown | MatchKind::ProvinceOnly));
                proptest::prop_assert_eq!(names, p.places.suggestions(&city, &state, provinces));
            }
        }
    }

    #[test]
    fn the_cache_stays_bounded() {
        let p = ShippingProfile::default();
        for i in 0..(3 * ORIGIN_CACHE_SIZE) {
            p.find_origin(&format!("Ciudad {i}"), "");
        }
        assert!(p.origins.found.lock().map(|m| m.len()).unwrap_or(0) <= ORIGIN_CACHE_SIZE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_default_loads_and_round_trips() {
        let profile = ShippingProfile::from_json(DEFAULT_JSON).unwrap();
        assert_eq!(profile.data.provinces.len(), 24);
        assert_eq!(profile.data.volumetric_divisor.value, 5000.0);
        let again = ShippingProfile::from_json(&profile.to_json()).unwrap();
        assert_eq!(again.data, profile.data);
    }

    #[test]
    fn courier_defaults_are_the_mexican_analogue_and_same_day_is_an_assumption() {
        let p = ShippingProfile::default();
        let courier = &p.data.courier.limits;
        assert_eq!(courier.max_side_cm.as_ref().unwrap().value, 150.0);
        assert_eq!(courier.max_length_plus_girth_cm.as_ref().unwrap().value, 330.0);
        assert_eq!(courier.max_weight_g.as_ref().unwrap().value, 30_000.0);
        assert_eq!(courier.max_side_cm.as_ref().unwrap().basis, Basis::Analogue);
        let same_day = &p.data.same_day.limits;
        for limit in [&same_day.max_side_cm, &same_day.max_sum_of_sides_cm, &same_day.max_weight_g] {
            assert!(limit.as_ref().unwrap().is_assumption());
        }
    }

    #[test]
    fn unknown_keys_are_errors_with_position() {
        let text = DEFAULT_JSON.replacen("\"volumetric_divisor\"", "\"volumetric_divisr\"", 1);
        let err = ShippingProfile::from_json(&text).unwrap_err();
        assert!(err.contains("volumetric_divisr") && err.contains("línea"), "{err}");
    }

    #[test]
    fn inconsistent_profiles_are_rejected_with_the_reason() {
        let text = DEFAULT_JSON.replacen("\"Cumbayá\"", "\"Cumbayaa\"", 1);
        let err = ShippingProfile::from_json(&text).unwrap_err();
        assert!(err.contains("Cumbay"), "{err}");
        let zero = DEFAULT_JSON.replacen("\"value\": 5000", "\"value\": 0", 1);
        assert!(ShippingProfile::from_json(&zero).unwrap_err().contains("volumetric_divisor"));
    }
}
