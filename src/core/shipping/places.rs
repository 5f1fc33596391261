//! Provinces, cities and metro areas, and matching what sellers type against them: accents and
//! case never matter ("cumbaya" is Cumbayá), extra words are dropped ("Quito norte",
//! "Cumbayá, Quito"), and small typos are corrected ("guayakil") or answered with the closest
//! names.

use super::profile::{Metro, Region};
use crate::core::fold::fold;
use serde::{Deserialize, Serialize};

/// A province, its destination region and its main cities (the first is the capital).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Province {
    pub name: String,
    /// A region id from the profile's `regions`.
    pub region: String,
    pub cities: Vec<String>,
}

/// One known name: a city (or a province, `city == None`).
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    key: String,
    /// `key` as chars, for edit distances without re-decoding.
    chars: Vec<char>,
    province: usize,
    city: Option<usize>,
}

/// Folded names, sorted for binary search, with each city's metro area.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceIndex {
    entries: Vec<Entry>,
    /// `(province, city) → metro index`, sorted.
    metro_of: Vec<((usize, usize), usize)>,
}

/// How the origin was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Nothing typed.
    Missing,
    /// Found, ignoring accents, case and extra words.
    Exact,
    /// Found after correcting a typo; the seller should confirm.
    Corrected,
    /// Only the province is known (a province name, or the state with an unknown city).
    ProvinceOnly,
    /// Not found; see the suggestions.
    Unknown,
}

/// The seller's origin, as recognised.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OriginMatch {
    pub kind: MatchKind,
    /// What the seller typed in `seller_address.city`.
    pub input: String,
    pub city: Option<String>,
    pub province: Option<String>,
    pub region: Option<String>,
    /// The metro area (by name) when the city is in one.
    pub metro: Option<String>,
    /// The closest known names, best first, when not recognised exactly.
    pub suggestions: Vec<String>,
}

/// Lower case, no accents, letters and digits separated by single spaces.
pub fn normalize(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Edit distance with adjacent transpositions (optimal string alignment), on chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edit_distance_chars(&a, &b, &mut Vec::new())
}

/// [`edit_distance`] on decoded chars, reusing `rows` as its table.
fn edit_distance_chars(a: &[char], b: &[char], rows: &mut Vec<usize>) -> usize {
    let width = b.len() + 1;
    rows.clear();
    rows.resize((a.len() + 1) * width, 0);
    let at = |i: usize, j: usize| i * width + j;
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[at(i, 0)] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[at(i - 1, j)] + 1).min(rows[at(i, j - 1)] + 1).min(rows[at(i - 1, j - 1)] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[at(i - 2, j - 2)] + 1);
            }
            rows[at(i, j)] = best;
        }
    }
    rows[at(a.len(), b.len())]
}

/// Typos tolerated for a name of this many letters.
fn tolerance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=5 => 1,
        6..=10 => 2,
        _ => 3,
    }
}

/// Words that say nothing about the place ("Quito, Ecuador", "ciudad de Loja").
const FILLER: &[&str] = &["ecuador", "ciudad", "de", "dm", "canton", "parroquia", "provincia", "sector"];

impl PlaceIndex {
    /// Builds the index; fails on a metro city, region or duplicate name the data does not define.
    pub fn build(provinces: &[Province], metros: &[Metro], regions: &[Region]) -> Result<PlaceIndex, String> {
        let mut entries = Vec::new();
        for (p, province) in provinces.iter().enumerate() {
            if !regions.iter().any(|r| r.id == province.region) {
                return Err(format!("provincia «{}»: región desconocida «{}» / unknown region", province.name, province.region));
            }
            if province.cities.is_empty() {
                return Err(format!("provincia «{}»: sin ciudades / no cities", province.name));
            }
            for (c, city) in province.cities.iter().enumerate() {
                let key = normalize(city);
                entries.push(Entry { chars: key.chars().collect(), key, province: p, city: Some(c) });
            }
        }
        let mut cities_sorted: Vec<&Entry> = entries.iter().collect();
        cities_sorted.sort_by(|a, b| a.key.cmp(&b.key));
        if let Some(pair) = cities_sorted.windows(2).find(|w| w[0].key == w[1].key) {
            return Err(format!("ciudad repetida «{}» / duplicate city", pair[0].key));
        }
        for (p, province) in provinces.iter().enumerate() {
            let key = normalize(&province.name);
            if !entries.iter().any(|e| e.key == key) {
                entries.push(Entry { chars: key.chars().collect(), key, province: p, city: None });
            }
        }
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        let mut metro_of = Vec::new();
        for (m, metro) in metros.iter().enumerate() {
            for city in &metro.cities {
                let key = normalize(city);
                let found = entries.iter().find(|e| e.key == key && e.city.is_some());
                let Some(Entry { province, city: Some(c), .. }) = found else {
                    return Err(format!(
                        "área metropolitana «{}»: la ciudad «{city}» no está en ninguna provincia / city not listed under any province",
                        metro.name
                    ));
                };
                metro_of.push(((*province, *c), m));
            }
        }
        metro_of.sort();
        Ok(PlaceIndex { entries, metro_of })
    }

    fn exact(&self, key: &str) -> Option<&Entry> {
        self.entries.binary_search_by(|e| e.key.as_str().cmp(key)).ok().and_then(|i| self.entries.get(i))
    }

    /// The longest run of leading words that names a place: "quito norte" → Quito.
    fn exact_prefix(&self, normalized: &str) -> Option<&Entry> {
        let mut words: Vec<&str> = normalized.split(' ').collect();
        while words.first().is_some_and(|w| FILLER.contains(w)) {
            words.remove(0);
        }
        (1..=words.len()).rev().find_map(|n| self.exact(&words[..n].join(" ")))
    }

    /// Names within a typo or two of `key` or of its leading words ("portovejo manbi" →
    /// Portoviejo), closest first, with the distance minus the tolerance (≤ 0: a likely typo).
    fn closest(&self, key: &str, limit: usize, province: Option<usize>) -> Vec<(isize, &Entry)> {
        let words: Vec<&str> = key.split(' ').collect();
        let candidates: Vec<(Vec<char>, isize)> = (1..=words.len().min(4))
            .rev()
            .map(|n| {
                let chars: Vec<char> = words.get(..n).unwrap_or_default().join(" ").chars().collect();
                let tol = tolerance(chars.len()) as isize;
                (chars, tol)
            })
            .collect();
        let mut rows = Vec::new();
        let mut scored: Vec<(isize, &Entry)> = self
            .entries
            .iter()
            .filter(|e| province.is_none_or(|p| e.province == p))
            .filter_map(|e| {
                candidates
                    .iter()
                    .filter(|(c, tol)| e.chars.len().abs_diff(c.len()) as isize <= tol + 1)
                    .map(|(c, tol)| edit_distance_chars(c, &e.chars, &mut rows) as isize - tol)
                    .min()
                    .filter(|score| *score <= 1)
                    .map(|score| (score, e))
            })
            .collect();
        scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.key.cmp(&b.1.key)));
        scored.truncate(limit);
        scored
    }

    /// Recognises `city` (with `state` as a hint), against `provinces` and `metros`.
    pub fn find(&self, city: &str, state: &str, provinces: &[Province], metros: &[Metro]) -> OriginMatch {
        let describe = |kind: MatchKind, entry: Option<&Entry>, suggestions: Vec<String>| {
            let province = entry.and_then(|e| provinces.get(e.province));
            let city_name = entry.and_then(|e| province.zip(e.city).and_then(|(p, c)| p.cities.get(c)));
            let metro = entry
                .and_then(|e| e.city.map(|c| (e.province, c)))
                .and_then(|pc| self.metro_of.binary_search_by(|(k, _)| k.cmp(&pc)).ok())
                .and_then(|i| self.metro_of.get(i))
                .and_then(|(_, m)| metros.get(*m));
            OriginMatch {
                kind,
                input: city.trim().to_string(),
                city: city_name.cloned(),
                province: province.map(|p| p.name.clone()),
                region: province.map(|p| p.region.clone()),
                metro: metro.map(|m| m.name.clone()),
                suggestions,
            }
        };
        let state_entry = Some(normalize(state)).filter(|s| !s.is_empty()).and_then(|s| self.exact_prefix(&s));
        let normalized = normalize(city);
        if let Some(entry) = self.exact(&normalized) {
            let kind = if entry.city.is_some() { MatchKind::Exact } else { MatchKind::ProvinceOnly };
            return describe(kind, Some(entry), Vec::new());
        }
        if normalized.is_empty() {
            return match state_entry {
                Some(e) => describe(MatchKind::ProvinceOnly, Some(&Entry { city: None, ..e.clone() }), Vec::new()),
                None => describe(MatchKind::Missing, None, Vec::new()),
            };
        }
        // "Cumbayá, Quito": the first part is the most specific.
        let parts = city.split([',', '-', '/', '(', ')', ';']).map(normalize).filter(|p| !p.is_empty());
        for part in parts.clone() {
            if let Some(entry) = self.exact_prefix(&part) {
                let kind = if entry.city.is_some() { MatchKind::Exact } else { MatchKind::ProvinceOnly };
                return describe(kind, Some(entry), Vec::new());
            }
        }
        let first = parts.clone().next().unwrap_or_default();
        let hint = state_entry.map(|e| e.province);
        let mut near = hint.map(|p| self.closest(&first, 3, Some(p))).unwrap_or_default();
        if near.is_empty() {
            near = self.closest(&first, 3, None);
        }
        let names = |near: &[(isize, &Entry)]| -> Vec<String> {
            let mut names: Vec<String> = Vec::new();
            for (_, e) in near {
                let name = match e.city {
                    Some(c) => provinces.get(e.province).and_then(|p| p.cities.get(c)).cloned(),
                    None => provinces.get(e.province).map(|p| p.name.clone()),
                };
                if let Some(name) = name.filter(|n| !names.contains(n)) {
                    names.push(name);
                }
            }
            names
        };
        let suggestions = names(&near);
        let clear_best = match near.as_slice() {
            [(d, e), rest @ ..] if *d <= 0 && rest.first().is_none_or(|(d2, _)| d2 > d) => Some(*e),
            _ => None,
        };
        match (clear_best, state_entry) {
            (Some(e), _) if e.city.is_some() => describe(MatchKind::Corrected, Some(e), suggestions),
            (Some(e), _) => describe(MatchKind::ProvinceOnly, Some(e), suggestions),
            (None, Some(e)) => describe(MatchKind::ProvinceOnly, Some(&Entry { city: None, ..e.clone() }), suggestions),
            (None, None) => describe(MatchKind::Unknown, None, suggestions),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipping::ShippingProfile;

    fn find(city: &str, state: &str) -> OriginMatch {
        let p = ShippingProfile::default();
        p.places.find(city, state, &p.data.provinces, &p.data.metros)
    }

    #[test]
    fn accents_case_and_extra_words_do_not_matter() {
        let cases = [
            ("cumbaya", "Cumbayá", "Pichincha", Some("Quito")),
            ("CUMBAYÁ", "Cumbayá", "Pichincha", Some("Quito")),
            ("Sangolqui", "Sangolquí", "Pichincha", Some("Quito")),
            ("Quito norte", "Quito", "Pichincha", Some("Quito")),
            ("Tumbaco, Quito", "Tumbaco", "Pichincha", Some("Quito")),
            ("Samborondon", "Samborondón", "Guayas", Some("Guayaquil")),
            ("duran", "Durán", "Guayas", Some("Guayaquil")),
            ("Puerto Ayora", "Puerto Ayora", "Galápagos", None),
            ("Cuenca, Ecuador", "Cuenca", "Azuay", None),
            ("ciudad de Loja", "Loja", "Loja", None),
            ("Lago Agrio", "Lago Agrio", "Sucumbíos", None),
        ];
        for (input, city, province, metro) in cases {
            let m = find(input, "");
            assert_eq!(m.kind, MatchKind::Exact, "{input}");
            assert_eq!(m.city.as_deref(), Some(city), "{input}");
            assert_eq!(m.province.as_deref(), Some(province), "{input}");
            assert_eq!(m.metro.as_deref(), metro, "{input}");
        }
    }

    #[test]
    fn typos_are_corrected_when_one_name_is_clearly_closest() {
        let cases = [("guayakil", "Guayaquil"), ("Cumbaya", "Cumbayá"), ("Riobanba", "Riobamba"), ("Latacunag", "Latacunga"), ("Sangolki", "Sangolquí"), ("ambto", "Ambato")];
        for (input, city) in cases {
            let m = find(input, "");
            assert!(matches!(m.kind, MatchKind::Corrected | MatchKind::Exact), "{input}: {m:?}");
            assert_eq!(m.city.as_deref(), Some(city), "{input}");
        }
        assert_eq!(find("guayakil", "").suggestions.first().map(String::as_str), Some("Guayaquil"));
    }

    #[test]
    fn province_names_and_states_give_the_province_only() {
        let m = find("Galapagos", "");
        assert_eq!(m.kind, MatchKind::ProvinceOnly);
        assert_eq!(m.province.as_deref(), Some("Galápagos"));
        assert_eq!(m.region.as_deref(), Some("galapagos"));
        let m = find("", "pichincha");
        assert_eq!(m.kind, MatchKind::ProvinceOnly);
        assert_eq!(m.city, None);
        let m = find("Xyzzyplace", "Azuay");
        assert_eq!(m.kind, MatchKind::ProvinceOnly);
        assert_eq!(m.province.as_deref(), Some("Azuay"));
    }

    #[test]
    fn unknown_and_missing() {
        assert_eq!(find("", "").kind, MatchKind::Missing);
        let m = find("Springfield", "");
        assert_eq!(m.kind, MatchKind::Unknown);
        assert_eq!(m.city, None);
        let m = find("Quitoo Tumbacoo", "");
        assert!(m.suggestions.len() <= 3);
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("quito", "quito"), 0);
        assert_eq!(edit_distance("qiuto", "quito"), 1);
        assert_eq!(edit_distance("guayakil", "guayaquil"), 2);
        assert_eq!(edit_distance("", "loja"), 4);
    }
}
