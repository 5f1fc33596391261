//! Provinces, cities and metro areas, and matching what sellers type against them: accents and
//! case never matter ("cumbaya" is Cumbayá), extra words are dropped ("Quito norte",
//! "Cumbayá, Quito"), and small typos are corrected ("guayakil") or answered with the closest
//! names.

use super::distance::{LetterBag, Pattern};
use super::letter_columns::LetterColumns;
use super::sketch::Sketches;
use super::profile::{Metro, Region};
use crate::core::fold::fold_char;
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
    /// `key`'s letter counts, to skip names that cannot be within the distance sought.
    bag: LetterBag,
    province: usize,
    city: Option<usize>,
}

impl Entry {
    fn new(key: String, province: usize, city: Option<usize>) -> Entry {
        let chars: Vec<char> = key.chars().collect();
        Entry { bag: LetterBag::of(&chars), chars, key, province, city }
    }
}

/// Folded names, sorted for binary search, with each city's metro area.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceIndex {
    entries: Vec<Entry>,
    /// `(province, city) → metro index`, sorted.
    metro_of: Vec<((usize, usize), usize)>,
    /// Entry indexes ordered by name length, so a search reads only names of a length within
    /// its bound of the typed one.
    by_len: Vec<usize>,
    /// The letters of each name of `by_len` (same order, see [`LetterBag::letters`]), checked
    /// 64 names at a time: a search's first and cheapest check, which rejects most names.
    letters_by_len: LetterColumns,
    /// `len_start[n]`: where names of `n` letters start in `by_len`.
    len_start: Vec<usize>,
    /// Sketches of the names: a typed name or prefix that is no known name (as most typed
    /// foreign places) is turned away before the binary search.
    sketches: Sketches,
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
}

/// Lower case, no accents, letters and digits separated by single spaces. One pass, with no
/// intermediate folded copy: every evaluation normalizes the title, city and state.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // A separator was seen since the last letter or digit kept.
    let mut gap = false;
    let mut keep = |c: char, out: &mut String| {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            keep(c.to_ascii_lowercase(), &mut out);
        } else {
            for f in fold_char(c) {
                keep(f, &mut out);
            }
        }
    }
    out
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
                entries.push(Entry::new(key, p, Some(c)));
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
                entries.push(Entry::new(key, p, None));
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
        let mut by_len: Vec<usize> = (0..entries.len()).collect();
        by_len.sort_by_key(|i| entries.get(*i).map_or(0, |e| e.chars.len()));
        let longest = entries.iter().map(|e| e.chars.len()).max().unwrap_or(0);
        let len_start = (0..=longest + 1).map(|n| entries.iter().filter(|e| e.chars.len() < n).count()).collect();
        let letters_by_len = LetterColumns::new(by_len.iter().map(|i| entries.get(*i).map_or(0, |e| e.bag.letters())));
        let sketches = Sketches::of(entries.iter().map(|e| e.key.as_str()));
        Ok(PlaceIndex { entries, metro_of, by_len, letters_by_len, len_start, sketches })
    }

    /// The names whose length is in `shortest..=longest` and whose letters are within `max`
    /// edits of `letters` (see [`LetterColumns::near`]): their entry indexes.
    fn near(&self, letters: u32, max: usize, shortest: usize, longest: usize) -> impl Iterator<Item = usize> + '_ {
        let at = |n: usize| self.len_start.get(n).copied().unwrap_or(self.by_len.len());
        let (start, end) = (at(shortest), at(longest.saturating_add(1)));
        self.letters_by_len.near(letters, max, start..end.max(start)).filter_map(|p| self.by_len.get(p).copied())
    }

    fn exact(&self, key: &str) -> Option<&Entry> {
        if !self.sketches.may_have(key) {
            return None;
        }
        self.entries.binary_search_by(|e| e.key.as_str().cmp(key)).ok().and_then(|i| self.entries.get(i))
    }

    /// The longest run of leading words that names a place: "quito norte" → Quito.
    /// Slices the normalized text (words are single-space separated) rather than joining words.
    fn exact_prefix(&self, normalized: &str) -> Option<&Entry> {
        let mut rest = normalized;
        while let Some(tail) = rest.split_once(' ').filter(|(w, _)| FILLER.contains(w)).map(|(_, t)| t) {
            rest = tail;
        }
        if rest.is_empty() || FILLER.contains(&rest) {
            return None;
        }
        let shorter = rest.rmatch_indices(' ').filter_map(|(i, _)| rest.get(..i));
        std::iter::once(rest).chain(shorter).find_map(|prefix| self.exact(prefix))
    }

    /// Every known name (in `province` when given) within `max(run length)` edits of a leading
    /// run of the typed name, with its exact distance, run by run. Cheap checks first: length,
    /// letter sets (64 names at a time), letter counts.
    fn distances(&self, typed: &Typed, max: impl Fn(usize) -> usize, province: Option<usize>) -> Vec<Near> {
        let mut rows = Vec::new();
        let mut found = Vec::new();
        for (i, run) in typed.runs.iter().enumerate() {
            let chars = typed.chars(run);
            let (len, bound) = (chars.len(), max(chars.len()));
            let pattern = Pattern::new(chars);
            // Most names fail on their letters alone: checked before anything else is read.
            for k in self.near(run.bag.letters(), bound, len.saturating_sub(bound), len.saturating_add(bound)) {
                let Some(e) = self.entries.get(k) else { continue };
                if province.is_some_and(|p| e.province != p) {
                    continue;
                }
                // The letter sets passed above: now the letter counts.
                if e.chars.len().abs_diff(len) > bound || run.bag.lower_bound(&e.bag) > bound {
                    continue;
                }
                if let Some(distance) = pattern.distance_within(&e.chars, bound, &mut rows) {
                    found.push(Near { run: i, entry: k, distance });
                }
            }
        }
        found
    }

    /// Of the names `found` (see [`PlaceIndex::distances`], with bounds at least `max`'s), those
    /// within `max(run length)` edits of some run and in `province` when given, each once with
    /// its closest run (the earlier, longer one on a tie): `(distance, run index, entry)`,
    /// closest first.
    fn select<'a>(&'a self, found: &[Near], typed: &Typed, max: impl Fn(usize) -> usize, province: Option<usize>) -> Vec<(usize, usize, &'a Entry)> {
        // `(entry index, least distance so far, run that gave it)`: few, so searched linearly.
        let mut best: Vec<(usize, usize, usize)> = Vec::new();
        for near in found {
            let Some(e) = self.entries.get(near.entry) else { continue };
            let within = typed.runs.get(near.run).is_some_and(|r| near.distance <= max(typed.chars(r).len()));
            if !within || province.is_some_and(|p| e.province != p) {
                continue;
            }
            match best.iter_mut().find(|(k, _, _)| *k == near.entry) {
                // A later (shorter) run must do strictly better to replace an earlier one.
                Some(b) if near.distance < b.1 => *b = (near.entry, near.distance, near.run),
                Some(_) => {}
                None => best.push((near.entry, near.distance, near.run)),
            }
        }
        let mut found: Vec<(usize, usize, &Entry)> =
            best.into_iter().filter_map(|(k, d, i)| self.entries.get(k).map(|e| (d, i, e))).collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.key.cmp(&b.2.key)));
        found
    }

    /// Scores every known name (in `province` when given) against the leading runs of the typed
    /// name: [`PlaceIndex::select`] of [`PlaceIndex::distances`].
    fn scan<'a>(&'a self, typed: &Typed, max: impl Fn(usize) -> usize, province: Option<usize>) -> Vec<(usize, usize, &'a Entry)> {
        let found = self.distances(typed, &max, province);
        self.select(&found, typed, &max, province)
    }

    /// Whether the words after a corrected run still fit a place name: none, filler
    /// ("Ecuador"), or a known name typed exactly or nearly ("portovejo manbi").
        fn rest_is_a_place(&self, rest: &str) -> bool {
        if rest.split(' ').all(|w| w.is_empty() || FILLER.contains(&w)) || self.exact_prefix(rest).is_some() {
            return true;
        }
        !self.scan(&runs(rest), correction_bound, None).is_empty()
    }

    /// The one name a typo of `key` plausibly stands for: within the correction bound (a few
    /// edits, never more than one in four letters), with the words after it still a place,
    /// and no other name as close. "guayakil" is Guayaquil; "buenos aires" is nothing.
    /// The correction among the names `found` within [`closest_bound`] (or at least
    /// [`correction_bound`]) of `typed`'s runs: see [`PlaceIndex::find`].
    fn correction(&self, typed: &Typed, found: &[Near], province: Option<usize>) -> Option<&Entry> {
        let ranked = self.select(found, typed, correction_bound, province);
        let mut plausible = ranked.into_iter().filter(|(_, i, _)| typed.runs.get(*i).is_some_and(|r| self.rest_is_a_place(r.rest)));
        let (d, _, best) = plausible.next()?;
        plausible.next().is_none_or(|(d2, _, _)| d2 > d).then_some(best)
    }

    /// Up to `limit` known names closest to the typed name (within a typo or two of it or of
    /// its leading words), best first, among the names `found` within [`closest_bound`]. Not a
    /// correction: only a list the seller can pick from.
    fn closest(&self, typed: &Typed, found: &[Near], limit: usize, province: Option<usize>) -> Vec<&Entry> {
        let mut ranked: Vec<(isize, &Entry)> = self
            .select(found, typed, closest_bound, province)
            .into_iter()
            .map(|(d, i, e)| (d as isize - typed.runs.get(i).map_or(0, |r| tolerance(typed.chars(r).len())) as isize, e))
            .collect();
        ranked.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.key.cmp(&b.1.key)));
        ranked.into_iter().take(limit).map(|(_, e)| e).collect()
    }

    /// The names of the closest known places (those in the `hint` province first), each once.
    fn closest_names(&self, typed: &Typed, found: &[Near], hint: Option<usize>, provinces: &[Province]) -> Vec<String> {
        let mut near = hint.map(|p| self.closest(typed, found, 3, Some(p))).unwrap_or_default();
        if near.is_empty() {
            near = self.closest(typed, found, 3, None);
        }
        let mut names: Vec<String> = Vec::new();
        for e in near {
            let name = match e.city {
                Some(c) => provinces.get(e.province).and_then(|p| p.cities.get(c)).cloned(),
                None => provinces.get(e.province).map(|p| p.name.clone()),
            };
            if let Some(name) = name.filter(|n| !names.contains(n)) {
                names.push(name);
            }
        }
        names
    }

    /// The closest known names to what the seller typed (the state narrows them first), for a
    /// message listing them. [`PlaceIndex::find_and_suggest`] also gives them, in the same search
    /// as the typo correction, for a city it cannot recognise.
    pub fn suggestions(&self, city: &str, state: &str, provinces: &[Province]) -> Vec<String> {
        let first = city.split(SEPARATORS).map(normalize).find(|p| !p.is_empty()).unwrap_or_default();
        if first.is_empty() {
            return Vec::new();
        }
        let hint = Some(normalize(state)).filter(|s| !s.is_empty()).and_then(|s| self.exact_prefix(&s)).map(|e| e.province);
        let typed = runs(&first);
        let found = self.distances(&typed, closest_bound, None);
        self.closest_names(&typed, &found, hint, provinces)
    }

    /// Recognises `city` (with `state` as a hint), against `provinces` and `metros`.
    pub fn find(&self, city: &str, state: &str, provinces: &[Province], metros: &[Metro]) -> OriginMatch {
        self.recognise(city, state, provinces, metros, false).0
    }

    /// [`PlaceIndex::find`], and when the city had to be searched for and was not recognised
    /// (kind unknown, or only the province), its [`PlaceIndex::suggestions`] too: both come from
    /// one search of the typed name, whose bound for the closest names is the wider one.
    pub fn find_and_suggest(&self, city: &str, state: &str, provinces: &[Province], metros: &[Metro]) -> (OriginMatch, Option<Vec<String>>) {
        self.recognise(city, state, provinces, metros, true)
    }

    fn recognise(&self, city: &str, state: &str, provinces: &[Province], metros: &[Metro], suggest: bool) -> (OriginMatch, Option<Vec<String>>) {
        let describe = |kind: MatchKind, entry: Option<&Entry>, city_known: bool| {
            let province = entry.and_then(|e| provinces.get(e.province));
            let city_index = entry.and_then(|e| e.city).filter(|_| city_known);
            let city_name = province.zip(city_index).and_then(|(p, c)| p.cities.get(c));
            let metro = entry
                .zip(city_index)
                .map(|(e, c)| (e.province, c))
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
            }
        };
        let recognised = |entry: &Entry| {
            let kind = if entry.city.is_some() { MatchKind::Exact } else { MatchKind::ProvinceOnly };
            (describe(kind, Some(entry), true), None)
        };
        let state_entry = Some(normalize(state)).filter(|s| !s.is_empty()).and_then(|s| self.exact_prefix(&s));
        let normalized = normalize(city);
        if let Some(entry) = self.exact(&normalized) {
            return recognised(entry);
        }
        if normalized.is_empty() {
            return match state_entry {
                Some(e) => (describe(MatchKind::ProvinceOnly, Some(e), false), None),
                None => (describe(MatchKind::Missing, None, false), None),
            };
        }
        // "Cumbayá, Quito": the first part is the most specific. Without separators the one
        // part is the whole name, already normalized.
        let parts: Vec<String> = if city.contains(SEPARATORS) {
            city.split(SEPARATORS).map(normalize).filter(|p| !p.is_empty()).collect()
        } else {
            vec![normalized]
        };
        if let Some(entry) = parts.iter().find_map(|part| self.exact_prefix(part)) {
            return recognised(entry);
        }
        let first = parts.into_iter().next().unwrap_or_default();
        let hint = state_entry.map(|e| e.province);
        let typed = runs(&first);
        let found = if suggest { self.distances(&typed, closest_bound, None) } else { self.distances(&typed, correction_bound, None) };
        let guess = hint.and_then(|p| self.correction(&typed, &found, Some(p))).or_else(|| self.correction(&typed, &found, None));
        let found_match = match (guess, state_entry) {
            (Some(e), _) => describe(MatchKind::Corrected, Some(e), true),
            (None, Some(e)) => describe(MatchKind::ProvinceOnly, Some(e), false),
            (None, None) => describe(MatchKind::Unknown, None, false),
        };
        let names = (suggest && found_match.kind != MatchKind::Corrected).then(|| self.closest_names(&typed, &found, hint, provinces));
        (found_match, names)
    }
}

/// What separates the parts of a typed place ("Cumbayá, Quito", "Quito - Pichincha").
const SEPARATORS: [char; 6] = [',', '-', '/', '(', ')', ';'];

/// One leading run of a typed name's words, and the words after it.
struct Run<'k> {
    /// Its length in chars: the run is the first `len` chars of [`Typed::chars`].
    len: usize,
    bag: LetterBag,
    rest: &'k str,
}

/// A typed name's leading runs, longest first. Each run is a prefix of the longest one, so
/// they share its chars.
struct Typed<'k> {
    chars: Vec<char>,
    runs: Vec<Run<'k>>,
}

impl Typed<'_> {
    fn chars(&self, run: &Run) -> &[char] {
        self.chars.get(..run.len).unwrap_or_default()
    }
}

/// The leading runs of up to four words of a [`normalize`]d name (words single-spaced), longest
/// first, filler words dropped from the front: "portovejo manbi" → "portovejo manbi",
/// "portovejo" (rest "manbi"). The runs and rests are slices of `key`, not copies.
fn runs(key: &str) -> Typed<'_> {
    // Byte spans of the first five words after the filler: four runs, and where the rest starts.
    let mut spans = [(0usize, 0usize); 5];
    let mut count = 0;
    let mut offset = 0;
    for word in key.split(' ') {
        let start = offset;
        offset += word.len() + 1;
        if word.is_empty() || (count == 0 && FILLER.contains(&word)) {
            continue;
        }
        let Some(span) = spans.get_mut(count) else { break };
        *span = (start, start + word.len());
        count += 1;
    }
    let words = count.min(4);
    let begin = spans.first().map_or(0, |s| s.0);
    let end = spans.get(words.wrapping_sub(1)).map_or(begin, |s| s.1);
    let chars: Vec<char> = key.get(begin..end).unwrap_or_default().chars().collect();
    let runs = (1..=words)
        .rev()
        .map(|n| {
            let run_end = spans.get(n - 1).map_or(begin, |s| s.1);
            let len = key.get(begin..run_end).map_or(0, |r| r.chars().count());
            let rest = if n < count { spans.get(n).and_then(|s| key.get(s.0..)).unwrap_or_default() } else { "" };
            Run { len, bag: LetterBag::of(chars.get(..len).unwrap_or_default()), rest }
        })
        .collect();
    Typed { chars, runs }
}

/// A known name within a search's bound of a run of the typed name.
#[derive(Clone, Copy, Debug)]
struct Near {
    /// The run (index in [`Typed::runs`]).
    run: usize,
    /// The name (index in [`PlaceIndex`]'s entries).
    entry: usize,
    distance: usize,
}

/// Edits within which a name is listed among the closest to a run of `len` letters: the typo
/// tolerance and one more.
fn closest_bound(len: usize) -> usize {
    tolerance(len) + 1
}

/// Edits accepted when correcting a name of `len` letters: the typo tolerance, and never more
/// than one edit per four letters, so a correction stays plausible ("buenos" is not "baños").
fn correction_bound(len: usize) -> usize {
    tolerance(len).min(len / 4)
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

    fn suggest(city: &str, state: &str) -> Vec<String> {
        let p = ShippingProfile::default();
        p.places.suggestions(city, state, &p.data.provinces)
    }

    #[test]
    fn typos_are_corrected_when_one_name_is_clearly_closest() {
        let cases = [
            ("guayakil", "Guayaquil"),
            ("Riobanba", "Riobamba"),
            ("Latacunag", "Latacunga"),
            ("Sangolki", "Sangolquí"),
            ("ambto", "Ambato"),
            ("Portovejo Manbi", "Portoviejo"),
        ];
        for (input, city) in cases {
            let m = find(input, "");
            assert_eq!(m.kind, MatchKind::Corrected, "{input}: {m:?}");
            assert_eq!(m.city.as_deref(), Some(city), "{input}");
        }
        assert_eq!(suggest("guayakil", "").first().map(String::as_str), Some("Guayaquil"));
    }

    #[test]
    fn a_correction_must_be_close_to_the_whole_typed_name() {
        // "buenos" is two edits from "banos", but "Buenos Aires" is no typo of Baños.
        for input in ["Buenos Aires", "Capital Federal", "Rosario", "Buenos", "Cordoba", "La Plata"] {
            let m = find(input, "");
            assert_eq!(m.kind, MatchKind::Unknown, "{input}: {m:?}");
            assert_eq!(m.city, None, "{input}");
        }
        // Still listed as the closest known names, for the seller to choose from.
        assert!(suggest("Buenos Aires", "").len() <= 3);
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
        assert_eq!(m.city, None);
        // A state that is also a city's name names the province, not the city.
        let m = find("", "Loja");
        assert_eq!((m.kind, m.city), (MatchKind::ProvinceOnly, None));
    }

    #[test]
    fn every_known_name_is_found_through_its_sketch() {
        let p = ShippingProfile::default();
        for e in &p.places.entries {
            assert_eq!(p.places.exact(&e.key).map(|found| &found.key), Some(&e.key));
        }
    }

    #[test]
    fn unknown_and_missing() {
        assert_eq!(find("", "").kind, MatchKind::Missing);
        let m = find("Springfield", "");
        assert_eq!(m.kind, MatchKind::Unknown);
        assert_eq!(m.city, None);
        assert!(suggest("Quitoo Tumbacoo", "").len() <= 3);
        assert!(suggest("", "").is_empty());
        assert_eq!(suggest("Quitoo", "").first().map(String::as_str), Some("Quito"));
    }

    proptest::proptest! {
        #[test]
        fn normalize_agrees_with_folding_then_splitting(s in "\\PC{0,40}|[a-zA-Z0-9áÁéÉñÑüÜİẞß ,.()-]{0,30}") {
            let folded = crate::core::fold::fold(&s);
            let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(normalize(&s), words.join(" "));
        }

        #[test]
        fn runs_are_the_leading_words_joined(s in "((de|ciudad|quito|san|a|bb|ñu) ){0,7}") {
            let key = normalize(&s);
            let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).skip_while(|w| FILLER.contains(w)).collect();
            let typed = runs(&key);
            proptest::prop_assert_eq!(typed.runs.len(), words.len().min(4));
            for (run, n) in typed.runs.iter().zip((1..=words.len().min(4)).rev()) {
                let joined: Vec<char> = words[..n].join(" ").chars().collect();
                proptest::prop_assert_eq!(typed.chars(run), joined.as_slice());
                proptest::prop_assert_eq!(run.rest, words[n..].join(" "));
                proptest::prop_assert_eq!(run.bag, LetterBag::of(&joined));
            }
        }

        #[test]
        fn matching_never_panics(city in "\\PC{0,30}", state in "\\PC{0,12}") {
            let m = find(&city, &state);
            proptest::prop_assert!(m.kind != MatchKind::Corrected || m.province.is_some());
            let _ = suggest(&city, &state);
        }
    }
}
