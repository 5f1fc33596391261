//! Category suggestion from a title (plus description, brand, attributes): a weighted word index
//! built from the category names and the lexicon. Each word points to categories with a weight; a
//! leaf's score is the sum over its path (top level down to the leaf), so "funda" (a leaf) and
//! "iphone" (its parent's sibling) both count towards the phone top level. Confidence is a softmax
//! over the candidate leaves plus a "none of these" score, so weak evidence gives low confidence.
//! Every suggestion keeps the words that drove it, so a trainer can explain it.

use super::lexicon::LexiconEntry;
use super::near::read_near_words;
use super::normalize::{name_tokens, pair_key, tokens, Token};
use super::work_signs;
use super::tree::Tree;
use rustc_hash::FxHashMap as HashMap;

pub use super::tuning::Tuning;

/// One suggested leaf category.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Node index in the tree.
    pub index: u32,
    pub score: f32,
    /// 0–1.
    pub confidence: f32,
    /// The words (folded, as written) that drove this suggestion, strongest first; empty after
    /// the first [`WITH_WORDS`] suggestions.
    pub because: Vec<String>,
}

/// The ranked suggestions for one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Classification {
    /// Leaves, best first (every candidate, not only three).
    pub ranked: Vec<Suggestion>,
}

/// The word index.
#[derive(Clone, Debug)]
pub struct Classifier {
    index: HashMap<String, Vec<(u32, f32)>>,
    /// Phrases matched only in the order written (the lexicon's `a>b`).
    ordered: rustc_hash::FxHashSet<String>,
    /// The key of each leaf's head word (see [`Tuning::name_head`]).
    leaf_head: HashMap<u32, String>,
    /// For each node, the leaf to suggest when only the node itself matched: its "Otros" child
    /// when it has one, else its first leaf.
    default_leaf: Vec<u32>,
    /// For each node, the ordinal of its top-level ancestor among the top-level categories
    /// (they are few: per-title tallies are small flat arrays indexed by it).
    top_ordinal: Vec<usize>,
    /// Number of top-level categories.
    tops: usize,
    /// "Otras categorías > Otros" when the tree has it.
    catch_all: Option<u32>,
    /// Suggested when no word is known (MEC412445 "Libros Físicos" when the tree has it).
    fallback: Option<u32>,
    tuning: Tuning,
}

/// How much of a text the classifier reads. A title is at most a few hundred characters; a pasted
/// megabyte would otherwise cost the editor seconds per keystroke (docs/limits.md).
pub const MAX_TEXT_CHARS: usize = 1_000;

/// "Libros, Revistas y Comics > Libros Físicos".
const FALLBACK_ID: u32 = 412445;

/// "Otras categorías" (its default leaf is "Otros").
const CATCH_ALL_ID: u32 = 1953;

/// Whether a category name is a catch-all "Otros" / "Otras …".
pub(super) fn is_other(name: &str) -> bool {
    let f = crate::core::fold::fold(name);
    f == "otros" || f == "otras" || f.starts_with("otros ") || f.starts_with("otras ")
}

impl Classifier {
    /// A classifier that knows no word (the pending catalog's): it suggests nothing.
    pub fn empty() -> Classifier {
        Classifier {
            index: HashMap::default(),
            ordered: Default::default(),
            leaf_head: HashMap::default(),
            default_leaf: Vec::new(),
            top_ordinal: Vec::new(),
            tops: 1,
            catch_all: None,
            fallback: None,
            tuning: Tuning::default(),
        }
    }

    pub fn new(tree: &Tree, lexicon: &[LexiconEntry], tuning: Tuning) -> Classifier {
        let mut postings: HashMap<String, Vec<(u32, f32)>> = HashMap::default();
        // Category names: rarer words weigh more.
        // Each name word with its multiplier in that name (after "para", or plain).
        let mut leaf_head: HashMap<u32, String> = HashMap::default();
        let mut name_keys: HashMap<String, Vec<(u32, f32)>> = HashMap::default();
        for (i, node) in tree.nodes().iter().enumerate() {
            let mut seen: Vec<(String, f32)> = Vec::new();
            for (pos, t) in name_tokens(&node.name).into_iter().enumerate() {
                let m = if t.after_para {
                    tuning.name_after_para
                } else {
                    1.0
                };
                if pos == 0 && tree.is_leaf(i as u32) {
                    leaf_head.insert(i as u32, t.key.clone());
                }
                match seen.iter_mut().find(|(k, _)| *k == t.key) {
                    Some(s) => s.1 = s.1.max(m),
                    None => seen.push((t.key, m)),
                }
            }
            for (k, m) in seen {
                name_keys.entry(k).or_default().push((i as u32, m));
            }
        }
        for (k, nodes) in name_keys {
            let w = tuning.name_weight * (1.0 + tuning.spread / nodes.len() as f32).ln();
            postings.entry(k).or_default().extend(nodes.into_iter().map(|(n, m)| (n, w * m)));
        }
        for e in lexicon {
            let Some(node) = tree.index_of(e.id) else { continue };
            for k in &e.keys {
                let list = postings.entry(k.clone()).or_default();
                let w = e.weight * tuning.lexicon_weight;
                match list.iter_mut().find(|(n, _)| *n == node) {
                    Some(p) => p.1 = p.1.max(w),
                    None => list.push((node, w)),
                }
            }
        }
        let ordered = lexicon.iter().flat_map(|e| e.ordered.iter().cloned()).collect();
        let mut default_leaf = vec![0u32; tree.len()];
        for i in (0..tree.len() as u32).rev() {
            let d = if tree.is_leaf(i) {
                i
            } else {
                let children: Vec<u32> = tree.children(i).collect();
                let other = children.iter().copied().find(|&c| tree.node(c).is_some_and(|n| is_other(&n.name)));
                let pick = other.or(children.first().copied()).unwrap_or(i);
                default_leaf.get(pick as usize).copied().unwrap_or(i)
            };
            if let Some(slot) = default_leaf.get_mut(i as usize) {
                *slot = d;
            }
        }
        let fallback = tree.index_of(FALLBACK_ID).map(|i| default_leaf.get(i as usize).copied().unwrap_or(i));
        let catch_all = tree.index_of(CATCH_ALL_ID).map(|i| default_leaf.get(i as usize).copied().unwrap_or(i));
        let top_nodes: Vec<u32> = tree.top_level().collect();
        let top_ordinal = (0..tree.len() as u32).map(|i| tree.ancestor_at(i, 1)).map(|t| top_nodes.iter().position(|n| *n == t).unwrap_or(0)).collect();
        Classifier { index: postings, ordered, leaf_head, default_leaf, top_ordinal, tops: top_nodes.len().max(1), catch_all, fallback, tuning }
    }

    /// Each lookup key's postings (node, weight), for the coverage report.
    pub fn postings(&self) -> impl Iterator<Item = &Vec<(u32, f32)>> + '_ {
        self.index.values()
    }

    /// Number of distinct lookup keys (for the size report).
    pub fn keys(&self) -> usize {
        self.index.len()
    }

    /// Ranks leaf categories for `text`. Only its first [`MAX_TEXT_CHARS`] characters are read.
    pub fn classify(&self, tree: &Tree, text: &str) -> Classification {
        let mut toks = tokens(crate::core::text::prefix_chars(text, MAX_TEXT_CHARS));
        // The key each word had before it was read as a near word, if it was.
        let written = read_near_words(&self.index, &mut toks);
        let near: Vec<bool> = written.iter().map(Option::is_some).collect();
        // Keys with the position of the word that gave them; each key counts once.
        let mut keys: Vec<(String, usize)> = Vec::with_capacity(toks.len() * 2);
        // Positions of the words that are part of a matched phrase, and the top levels each such
        // word's phrases point to (a bit per top-level ordinal; Mercado Libre has 32).
        let mut in_phrase = vec![false; toks.len()];
        let mut phrase_tops = vec![0u64; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            if !keys.iter().any(|(k, _)| *k == t.key) {
                keys.push((t.key.clone(), i));
            }
            for (j, next) in toks.iter().enumerate().skip(i + 1).take(self.tuning.pair_window.max(1)) {
                // A phrase is matched with each word as read and, if it was read as a near word,
                // as written: "bicicleta_estatica" though "estática" is read as "estética".
                let as_written = |k: usize| written.get(k).and_then(Option::as_deref).filter(|_| self.tuning.near_phrases);
                let firsts = [Some(t.key.as_str()), as_written(i)];
                let seconds = [Some(next.key.as_str()), as_written(j)];
                let forms = firsts.iter().flatten().flat_map(|a| seconds.iter().flatten().map(move |b| (*a, *b)));
                for (p, reversed) in forms.flat_map(|(a, b)| [(pair_key(a, b), false), (pair_key(b, a), true)]) {
                    // Most pairs are no phrase: test the index first, so the list stays short.
                    let Some(list) = self.index.get(&p) else { continue };
                    // A phrase bound to its order ("silla>rueda") is not read backwards.
                    if reversed && self.tuning.phrase_order && self.ordered.contains(&p) {
                        continue;
                    }
                    // Read backwards across "con", a phrase still fixes its words' sense, but
                    // names no product: in "Celular con cargador" the charger comes with the phone.
                    let counts = !(reversed && self.tuning.phrase_with && next.after_con && !t.after_con);
                    in_phrase[i] = true;
                    in_phrase[j] = true;
                    let tops = list.iter().fold(0u64, |m, &(node, _)| m | top_bit(self.top_ordinal.get(node as usize).copied().unwrap_or(0)));
                    for at in [i, j] {
                        if let Some(m) = phrase_tops.get_mut(at) {
                            *m |= tops;
                        }
                    }
                    if counts && !keys.iter().any(|(k, _)| *k == p) {
                        keys.push((p, i));
                    }
                }
            }
        }
        // Direct score of each touched node, and which words gave it (word position, weight).
        let mut direct: Direct = HashMap::default();
        // Best weight of each word within each top-level category, at [top ordinal][word position]
        // (0 = the word says nothing there).
        let mut top_words = TopWords { best: vec![0.0; self.tops * toks.len()], words: toks.len() };
        for (k, pos) in &keys {
            let Some(list) = self.index.get(k) else { continue };
            let mut factor = 1.0;
            if *pos == 0 {
                factor *= self.tuning.first_word;
            }
            let part = in_phrase.get(*pos).copied().unwrap_or(false) && toks.get(*pos).is_some_and(|t| t.key == *k);
            if part {
                factor *= self.tuning.phrase_part;
            }
            if near.get(*pos).copied().unwrap_or(false) {
                factor *= self.tuning.near_word;
            }
            // A word after "para" names what the product fits: it says little about the kind of
            // product (the leaf), so it weighs less there, but as much as any word about the
            // department ("Funda para cámara" is sold among camera accessories).
            let leaf_factor = if toks.get(*pos).is_some_and(|t| t.after_para) { factor * self.tuning.after_para } else { factor };
            for &(node, w) in list {
                let top = self.top_ordinal.get(node as usize).copied().unwrap_or(0);
                // A phrase part in a department none of its phrases points to: another sense.
                let other = part && top_bit(top) != 0 && phrase_tops.get(*pos).is_some_and(|m| m & top_bit(top) == 0);
                let sense = if other { self.tuning.phrase_sense } else { 1.0 };
                let (w, tw) = (w * leaf_factor * sense, w * factor * sense);
                let entry = direct.entry(node).or_insert((0.0, Vec::new()));
                entry.0 += w;
                entry.1.push((*pos, w));
                top_words.keep_best(top, *pos, tw);
            }
        }
        let top_score: Vec<f32> = (0..self.tops).map(|t| top_words.of(t).map(|(_, w)| w).sum()).collect();
        let top_score = |node: u32| -> f32 {
            self.top_ordinal.get(node as usize).and_then(|&t| top_score.get(t)).copied().unwrap_or(0.0)
        };
        let mut seen = vec![false; self.default_leaf.len()];
        let mut candidates: Vec<u32> = Vec::new();
        for &node in direct.keys() {
            let leaf = self.default_leaf.get(node as usize).copied().unwrap_or(node);
            if let Some(slot) = seen.get_mut(leaf as usize).filter(|s| !**s) {
                *slot = true;
                candidates.push(leaf);
            }
        }
        // Scores first; the words behind a suggestion are gathered below for the first few only.
        let mut ranked: Vec<Suggestion> = candidates
            .into_iter()
            .map(|leaf| {
                let mut score: f32 = tree.ancestors(leaf).filter_map(|a| direct.get(&a)).map(|(s, _)| s).sum();
                score += self.tuning.top_weight * top_score(leaf);
                if self.leaf_head.get(&leaf).is_some_and(|h| keys.iter().any(|(k, p)| k == h && toks.get(*p).is_some_and(|t| !t.after_para))) {
                    score += self.tuning.name_head;
                }
                Suggestion { index: leaf, score, confidence: 0.0, because: Vec::new() }
            })
            .collect();
        // Unknown words: letters only (model codes and numbers are not evidence of a work).
        // A near word is a guess: it still counts as unknown here (an author's name may be one
        // letter from a product word).
        let unknown = toks
            .iter()
            .zip(&near)
            .filter(|(t, n)| **n || (t.key.len() > 2 && t.key.chars().all(char::is_alphabetic) && !self.index.contains_key(&t.key)))
            .count();
        if !toks.is_empty() {
            if let Some(f) = self.fallback {
                let extra = work_signs::fallback_score(crate::core::text::prefix_chars(text, MAX_TEXT_CHARS), unknown, &self.tuning);
                match ranked.iter_mut().find(|s| s.index == f) {
                    Some(s) => s.score += extra,
                    None => {
                        let score = extra + self.tuning.top_weight * top_score(f);
                        ranked.push(Suggestion { index: f, score, confidence: 0.0, because: Vec::new() })
                    }
                }
            }
        }
        // The catch-all joins only when the words did not already point there. Its low fixed
        // score stays out of the softmax's sum, so it never lowers the other suggestions'
        // confidence; it takes a part of the "none of these" share (its score is below
        // `null_score`), so confidences still sum to at most 1 and its own stays low (at most
        // e^((1 - 8) / 5) ≈ 0.25 with the default tuning): the mismatch rule never proposes it.
        let added_catch_all = match self.catch_all.filter(|c| !toks.is_empty() && !ranked.iter().any(|s| s.index == *c)) {
            Some(c) => {
                ranked.push(Suggestion { index: c, score: self.tuning.catch_all_score, confidence: 0.0, because: Vec::new() });
                Some(c)
            }
            None => None,
        };
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        self.first_word_within_lead(tree, &mut ranked, &direct);
        let t = self.tuning.temperature.max(0.01);
        let is_added = |s: &Suggestion| Some(s.index) == added_catch_all;
        let best = ranked.iter().find(|s| !is_added(s)).map_or(0.0, |s| s.score).max(self.tuning.null_score);
        let none = ((self.tuning.null_score - best) / t).exp();
        let z: f32 = ranked.iter().filter(|s| !is_added(s)).map(|s| ((s.score - best) / t).exp()).sum::<f32>() + none;
        for s in &mut ranked {
            s.confidence = ((s.score - best) / t).exp() / z;
        }
        for s in ranked.iter_mut().take(WITH_WORDS) {
            s.because = self.because(tree, s.index, &toks, &direct, &top_words);
        }
        Classification { ranked }
    }
}

impl Classifier {
    /// Among the leaves of the first suggestion's top level, the first word counts
    /// [`Tuning::first_word_leaf`] times more: Spanish titles name the product first, which tells
    /// siblings apart, while the department stays the one all the words chose.
    fn first_word_within_lead(&self, tree: &Tree, ranked: &mut [Suggestion], direct: &Direct) {
        let Some(lead) = ranked.first().map(|s| self.top_ordinal.get(s.index as usize).copied()) else { return };
        let extra = self.tuning.first_word_leaf - 1.0;
        if extra == 0.0 {
            return;
        }
        for s in ranked.iter_mut().filter(|s| self.top_ordinal.get(s.index as usize).copied() == lead) {
            let first: f32 = tree.ancestors(s.index).filter_map(|a| direct.get(&a)).flat_map(|(_, words)| words.iter()).filter(|(p, _)| *p == 0).map(|(_, w)| w).sum();
            s.score += extra * first;
        }
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
    }

    /// The words behind the suggestion of `leaf`, strongest first: those that point to the leaf
    /// or its ancestors, then those that count only for its top level.
    fn because(&self, tree: &Tree, leaf: u32, toks: &[Token], direct: &Direct, top_words: &TopWords) -> Vec<String> {
        let mut words: Vec<(usize, f32)> = Vec::new();
        for (_, by) in tree.path(leaf).iter().filter_map(|a| direct.get(a)) {
            for &(pos, w) in by {
                match words.iter_mut().find(|(p, _)| *p == pos) {
                    Some(x) => x.1 += w,
                    None => words.push((pos, w)),
                }
            }
        }
        words.sort_by(|a, b| b.1.total_cmp(&a.1));
        let top = self.top_ordinal.get(leaf as usize).copied().unwrap_or(0);
        let mut rest: Vec<(usize, f32)> = top_words.of(top).filter(|(p, _)| !words.iter().any(|(q, _)| q == p)).collect();
        rest.sort_by(|a, b| b.1.total_cmp(&a.1));
        words.extend(rest);
        words.iter().filter_map(|(p, _)| toks.get(*p).map(|t| t.surface.clone())).collect()
    }
}

/// The bit of a top-level ordinal in a set of top levels; none past the 64th (a tree with more
/// top levels than that gets no sense rule for them, never a wrong one).
fn top_bit(top: usize) -> u64 {
    1u64.checked_shl(top as u32).unwrap_or(0)
}

/// Best weight of each word in each top-level category, flat: `best[top * words + position]`.
struct TopWords {
    best: Vec<f32>,
    words: usize,
}

impl TopWords {
    fn keep_best(&mut self, top: usize, pos: usize, w: f32) {
        if let Some(b) = self.best.get_mut(top * self.words + pos) {
            *b = b.max(w);
        }
    }

    /// (word position, best weight) of the words that count for `top`, in title order.
    fn of(&self, top: usize) -> impl Iterator<Item = (usize, f32)> + '_ {
        let row = self.best.get(top * self.words..(top + 1) * self.words).unwrap_or(&[]);
        row.iter().copied().enumerate().filter(|(_, w)| *w > 0.0)
    }
}

/// Per touched node: its direct score and the words that gave it (word position, weight).
type Direct = HashMap<u32, (f32, Vec<(usize, f32)>)>;

/// How many of the best suggestions carry the words behind them (the app and the CLI show three;
/// gathering words for hundreds of weak candidates would triple the time per title).
pub const WITH_WORDS: usize = 10;

impl Classification {
    /// The best `n` leaves.
    pub fn top(&self, n: usize) -> &[Suggestion] {
        &self.ranked[..self.ranked.len().min(n)]
    }

    /// Distinct ancestors at `depth` (1 = top level) in ranked order, with their confidence (the
    /// sum over their leaves).
    pub fn at_depth(&self, tree: &Tree, depth: usize) -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = Vec::new();
        for s in &self.ranked {
            let a = tree.ancestor_at(s.index, depth);
            match out.iter_mut().find(|(i, _)| *i == a) {
                Some(x) => x.1 += s.confidence,
                None => out.push((a, s.confidence)),
            }
        }
        out
    }
}
