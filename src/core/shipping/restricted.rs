//! Goods a mode does not carry, found by keywords of the title or by category id, each with the
//! reason the seller sees. Keywords match whole words, accents and case aside, and a singular
//! keyword also matches its plural ("aerosol" finds "aerosoles").

use super::places::normalize;
use super::profile::Mode;
use super::sketch::Sketches;
use crate::core::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One kind of restricted goods.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Restriction {
    /// Stable id, e.g. "lithium_battery".
    pub id: String,
    pub name: Text,
    /// Words or phrases of the title that identify the goods.
    pub keywords: Vec<String>,
    /// Category ids, or prefixes of them, that identify the goods.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Words that cancel a keyword match ("sin alcohol" for perfumes).
    #[serde(default)]
    pub unless: Vec<String>,
    /// Keywords count only as one of the title's first two words, where Spanish titles name the
    /// product ("Queso fresco…"), not in what a product is for ("Yogurtera… para yogur").
    #[serde(default)]
    pub title_start: bool,
    /// The modes that refuse these goods.
    pub modes: Vec<Mode>,
    pub reason: Text,
    pub source: String,
}

/// A restriction that applies to the listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RestrictedHit {
    pub id: String,
    pub name: Text,
    pub modes: Vec<Mode>,
    pub reason: Text,
    /// "title" or "category_id".
    pub field: String,
    /// The keyword or category that matched.
    pub matched: String,
}

/// Keywords split into folded words once, when the profile loads, and found by their first
/// word so a title is scanned once rather than once per keyword.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestrictionIndex {
    keywords: Vec<Vec<Vec<String>>>,
    unless: Vec<Vec<Vec<String>>>,
    /// First word of a keyword → (restriction, keyword) indexes, sorted by [`by_length`]: a
    /// title's words are looked up three times each (singular forms too) on every evaluation,
    /// and comparing lengths first settles most comparisons without reading the words.
    by_first_word: Vec<(String, Vec<(usize, usize)>)>,
    /// Sketches of those first words: most title words are turned away by one test.
    sketches: Sketches,
}

/// Shorter words first, then alphabetical: the order of [`RestrictionIndex::by_first_word`].
fn by_length(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

fn split_all(phrases: &[String]) -> Vec<Vec<String>> {
    phrases
        .iter()
        .map(|k| normalize(k).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>())
        .filter(|k| !k.is_empty())
        .collect()
}

/// `word` is `key` or its Spanish plural.
fn same_word(word: &str, key: &str) -> bool {
    match word.strip_prefix(key) {
        Some(rest) => rest.is_empty() || rest == "s" || rest == "es",
        None => false,
    }
}

/// Where the phrase starts in `words`, if it occurs.
pub(crate) fn find_phrase(words: &[&str], phrase: &[String]) -> Option<usize> {
    if phrase.is_empty() || phrase.len() > words.len() {
        return None;
    }
    (0..=words.len() - phrase.len()).find(|&i| words.iter().skip(i).zip(phrase).all(|(w, k)| same_word(w, k)))
}

impl RestrictionIndex {
    pub fn build(restrictions: &[Restriction]) -> RestrictionIndex {
        let keywords: Vec<Vec<Vec<String>>> = restrictions.iter().map(|r| split_all(&r.keywords)).collect();
        // Grouped in a map (each first word once, keywords in order), then sorted for lookups.
        let mut grouped: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
        for (r, phrases) in keywords.iter().enumerate() {
            for (k, phrase) in phrases.iter().enumerate() {
                if let Some(first) = phrase.first() {
                    grouped.entry(first.clone()).or_default().push((r, k));
                }
            }
        }
        let mut by_first_word: Vec<(String, Vec<(usize, usize)>)> = grouped.into_iter().collect();
        by_first_word.sort_by(|a, b| by_length(&a.0, &b.0));
        let sketches = Sketches::of(by_first_word.iter().map(|(w, _)| w.as_str()));
        RestrictionIndex { keywords, unless: restrictions.iter().map(|r| split_all(&r.unless)).collect(), by_first_word, sketches }
    }

    /// The keywords whose first word is `word`.
    fn starting_with(&self, word: &str) -> &[(usize, usize)] {
        if !self.sketches.may_have(word) {
            return &[];
        }
        match self.by_first_word.binary_search_by(|(w, _)| by_length(w, word)) {
            Ok(i) => self.by_first_word.get(i).map(|(_, k)| k.as_slice()).unwrap_or_default(),
            Err(_) => &[],
        }
    }

    /// For each restriction, the first keyword of it the title contains.
    fn keyword_hits(&self, restrictions: &[Restriction], title_words: &[&str]) -> BTreeMap<usize, usize> {
        let mut hits = BTreeMap::new();
        for (i, word) in title_words.iter().enumerate() {
            let singular = [Some(*word), word.strip_suffix('s'), word.strip_suffix("es")];
            for stem in singular.into_iter().flatten() {
                for &(r, k) in self.starting_with(stem) {
                    let Some(phrase) = self.keywords.get(r).and_then(|p| p.get(k)) else { continue };
                    if i > 1 && restrictions.get(r).is_some_and(|r| r.title_start) {
                        continue;
                    }
                    let rest = title_words.get(i..).unwrap_or_default();
                    if find_phrase(rest.get(..phrase.len()).unwrap_or_default(), phrase) == Some(0) {
                        hits.entry(r).or_insert(k);
                    }
                }
            }
        }
        hits
    }

    /// The restrictions that apply to a title (already split into normalized words) and category.
    pub fn matches(&self, restrictions: &[Restriction], title_words: &[&str], category_id: &str) -> Vec<RestrictedHit> {
        let category = category_id.trim();
        let keyword_hits = self.keyword_hits(restrictions, title_words);
        let mut hits = Vec::new();
        for (i, r) in restrictions.iter().enumerate() {
            let hit = |field: &str, matched: String| RestrictedHit {
                id: r.id.clone(),
                name: r.name.clone(),
                modes: r.modes.clone(),
                reason: r.reason.clone(),
                field: field.to_string(),
                matched,
            };
            if !category.is_empty() {
                if let Some(c) = r.categories.iter().find(|c| !c.is_empty() && category.starts_with(c.as_str())) {
                    hits.push(hit("category_id", c.clone()));
                    continue;
                }
            }
            let Some(k) = keyword_hits.get(&i).and_then(|k| self.keywords.get(i)?.get(*k)) else { continue };
            let cancelled = self.unless.get(i).is_some_and(|u| u.iter().any(|p| find_phrase(title_words, p).is_some()));
            if !cancelled {
                hits.push(hit("title", k.join(" ")));
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipping::ShippingProfile;

    fn ids(title: &str, category: &str) -> Vec<String> {
        let p = ShippingProfile::default();
        let n = normalize(title);
        let words: Vec<&str> = n.split(' ').collect();
        p.restricted.matches(&p.data.restricted, &words, category).into_iter().map(|h| h.id).collect()
    }

    #[test]
    fn keywords_match_whole_words_and_plurals() {
        assert!(ids("Pack 4 Baterías de Litio 18650 recargables", "").contains(&"lithium_battery".to_string()));
        assert!(ids("Pintura en aerosoles colores varios", "").contains(&"aerosol".to_string()));
        assert!(ids("Perfume Dama Eau de Parfum 100 ml", "").contains(&"alcohol_perfume".to_string()));
        assert!(ids("Semillas de tomate cherry orgánicas", "").contains(&"plants_seeds".to_string()));
        assert!(ids("Cachorro pastor alemán", "").contains(&"live_animal".to_string()));
        assert!(ids("Torta de chocolate para 12 personas", "").contains(&"perishable".to_string()));
        // Whole words only, and cancelling words win.
        assert!(ids("Plantilla ortopédica para zapato", "").is_empty());
        assert!(ids("Perfume sin alcohol para bebé", "").is_empty());
        assert!(ids("Mouse inalámbrico Logitech", "").is_empty());
        // Perishables count only where the title names the product.
        assert!(ids("Queso fresco de hoja 1 kg", "").contains(&"perishable".to_string()));
        assert!(ids("Yogurtera eléctrica 7 frascos para yogur", "").is_empty());
    }

    #[test]
    fn every_first_word_is_found_through_its_sketch() {
        let p = ShippingProfile::default();
        let index = &p.restricted;
        for (word, keywords) in &index.by_first_word {
            assert_eq!(index.starting_with(word), keywords.as_slice(), "{word}");
        }
        assert!(index.starting_with("").is_empty() && index.starting_with("zzzz-not-a-keyword").is_empty());
    }

    #[test]
    fn categories_match_by_prefix() {
        assert_eq!(ids("Producto", "MEC1271"), vec!["alcohol_perfume".to_string()]);
        assert!(ids("Producto", "MEC1055").is_empty());
    }
}
