//! The classifier's tuning: the weights of each kind of evidence, chosen on the tuning half of
//! the development titles (docs/catalog.md, "Measuring without fooling ourselves").

/// Tuning, measured on the development titles (see the report command).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tuning {
    /// Scale of a category-name word: `name_weight * ln(1 + spread / nodes with the word)`.
    pub name_weight: f32,
    pub spread: f32,
    /// Multiplier of lexicon weights.
    pub lexicon_weight: f32,
    /// Softmax temperature over scores.
    pub temperature: f32,
    /// Score of "none of these" in the softmax.
    pub null_score: f32,
    /// Score of the fallback suggestion (printed books) per word the index does not know and
    /// per article: product titles are mostly words naming the product, its brand and specs,
    /// while titles of works (books above all) are phrases of words no product vocabulary knows.
    pub fallback_score: f32,
    /// How many signs of a work a " - " counts for: titles of works are often "Title - Author".
    pub dash_signs: usize,
    /// Multiplier of the first word: Spanish titles name the product first.
    pub first_word: f32,
    /// Multiplier of words after "para" in the leaf evidence: they name what the product fits
    /// (the department evidence counts them in full).
    pub after_para: f32,
    /// Weight of the top-level evidence: for each word, its best weight anywhere in the leaf's
    /// top-level category, summed (so "pantalla" and "samsung" both count for phones even when
    /// they point to sibling branches).
    pub top_weight: f32,
    /// Score of the catch-all leaf ("Otras categorías > Otros"), offered last so a seller whose
    /// product no vocabulary knows still sees the place Mercado Libre keeps for it.
    pub catch_all_score: f32,
    /// How far apart the two words of a lexicon phrase may be: 1 = adjacent; 3 lets
    /// "collar_perro" match "Collar de cuero para perro" (stopwords are not counted).
    pub pair_window: usize,
    /// Bonus of a leaf whose head, the first word of its name ("Fundas" in "Fundas para
    /// Celulares"), is in the title (not after "para"): the head names what the leaf sells, the
    /// other words qualify it. A bonus on the leaf's score only, not on the department's
    /// evidence: it picks among siblings without pulling titles into other departments.
    pub name_head: f32,
    /// Multiplier of the words after "para" in a category's name ("Celulares" in "Fundas para
    /// Celulares"): they name what the product fits, which the parent usually says already.
    pub name_after_para: f32,
    /// Multiplier of a single word that is part of a matched lexicon phrase ("pava" in "pava
    /// eléctrica"): the phrase says what the product is, the lone word may say something else.
    pub phrase_part: f32,
    /// Further multiplier of the first word among the leaves of the first suggestion's top level
    /// ("Pedales" in "Pedales para bicicleta" picks the pedals leaf over the bicycles one): it
    /// reorders leaves within that department and never changes the department itself.
    pub first_word_leaf: f32,
    /// Multiplier of a word the index knows only as a near word: a diminutive or a one-letter
    /// slip of a known word of eight letters or more ("perrito", "licuadra"; see `near.rs`). A guess counts less than a word
    /// written right.
    pub near_word: f32,
    /// Score added to the fallback (printed books) when a part of the title ends with an
    /// article, as library catalogues file titles ("Tunel, El - Sabato"; see
    /// `work_signs.rs`).
    pub inverted_article: f32,
    /// Signs of a work each word that joins sentences counts for (`work_signs.rs`).
    pub sentence_word: usize,
    /// Signs of a work a title counts for when it opens with "el", "la", "los" or "las"
    /// (`work_signs.rs`): titles of works are phrases ("La Casa De Los Espíritus"), while a
    /// seller's title opens with the product's noun ("Casa Para Perro").
    pub leading_article: usize,
    /// Signs of a work a title counts for when a part after a dash is a person's name
    /// (`work_signs::author_after_dash`): bookshops write "Title - Author".
    pub author_signs: usize,
    /// Whether phrases are also matched with a near word as written (`near::read_near_words`):
    /// a phrase may hold a word the index lacks alone, which is read as another word, so without
    /// this such a phrase never matches (94 of the lexicon's phrases in batch 16).
    pub near_phrases: bool,
    /// Further multiplier of a phrase part's weight in the top-level categories the phrase does
    /// not point to: the phrase fixes the word's sense ("botón" in "botón de encendido" is no
    /// sewing button), so a department word at weight 2 no longer outweighs a leaf's phrase at 1.
    /// 1 = off.
    pub phrase_sense: f32,
    /// Whether the lexicon's phrases written `a>b` are matched only in the order written:
    /// "silla de ruedas" (a wheelchair) and "ruedas para silla" (spare wheels) are two products,
    /// and a phone's own title names its screen as a spec ("Celular … pantalla 6.6"). Off =
    /// every phrase in either order (for measuring).
    pub phrase_order: bool,
    /// Whether a phrase is not read backwards across "con", "sin" or "incluye": "Celular con
    /// cargador" is a phone that comes with its charger, though "cargador celular" is a phrase
    /// of chargers. A phrase in the order written still counts ("Cargador con cable para
    /// celular"). Batch 7 found that weighing every word after "con" less costs more than it
    /// gains; this touches phrases only. Off = as before batch 18 (for measuring).
    pub phrase_with: bool,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning { name_weight: 0.5, spread: 20.0, lexicon_weight: 3.0, temperature: 5.0, null_score: 8.0, fallback_score: 0.35, dash_signs: 2, first_word: 1.5, after_para: 0.5, top_weight: 1.0, catch_all_score: 1.0, pair_window: 6, name_head: 1.0, name_after_para: 0.5, phrase_part: 0.8, first_word_leaf: 1.3, near_word: 0.7, inverted_article: 20.0, sentence_word: 5, leading_article: 8, author_signs: 20, near_phrases: true, phrase_sense: 0.7, phrase_order: true, phrase_with: true }
    }
}
