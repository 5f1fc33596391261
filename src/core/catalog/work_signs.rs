//! Signs that a title names a work (a book, a record) rather than a product.
//!
//! Bookshops list books the way library catalogues file them: the leading article moved to the
//! end of the title ("Señor De Los Anillos, El - Tolkien", "Tunel,el - Sabato").
//! A Spanish product title never ends a phrase with an article: it is a list of nouns and specs.
//! Such a title often holds a word that is also a product ("zapatos" in "Zapatos Rojos, Los"),
//! so the sign must weigh more than one unknown word does (see
//! [`super::tuning::Tuning::inverted_article`]).

use super::normalize::for_each_word;
use super::tuning::Tuning;

/// The printed-books fallback's score for a title (the part the classifier reads):
/// [`Tuning::fallback_score`] per sign of a work (each word the index does not know, each
/// article, a " - ", each word that joins sentences, an opening article), plus
/// [`Tuning::inverted_article`] for a title filed as catalogues file books.
pub fn fallback_score(title: &str, unknown: usize, tuning: &Tuning) -> f32 {
    let signs = unknown
        + article_count(title)
        + usize::from(title.contains(" - ")) * tuning.dash_signs
        + sentence_words(title) * tuning.sentence_word
        + usize::from(leading_article(title)) * tuning.leading_article
        + usize::from(author_after_dash(title)) * tuning.author_signs;
    let filed = if inverted_article(title) { tuning.inverted_article } else { 0.0 };
    tuning.fallback_score * signs.max(1) as f32 + filed
}

/// How many articles ("el", "la", "los", "las", "un", "una", "the") a text has: titles of works
/// are phrases ("El Señor de los Anillos"), product titles are lists of nouns and specs.
pub fn article_count(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, |_, w| n += usize::from(matches!(w, "el" | "la" | "los" | "las" | "lo" | "un" | "una" | "unos" | "unas" | "the" | "le" | "les")));
    n
}

/// Whether `text` opens with a definite article ("El Principito", "Los Pilares De La Tierra"):
/// a seller names the product first, a work's title is a phrase.
pub fn leading_article(text: &str) -> bool {
    let mut first = None;
    for_each_word(text, |_, w| {
        if first.is_none() {
            first = Some(matches!(w, "el" | "la" | "los" | "las"));
        }
    });
    first.unwrap_or(false)
}

/// Whether a part of `text` (the whole text, or a part between dashes) ends with an article
/// after a word: "Casa De Los Espiritus, La - Allende". Not after "para", "y",
/// "de" or "con": "Perfume Para Ella Y Para El" is a gift for him.
pub fn inverted_article(text: &str) -> bool {
    text.split(['-', '–', '—', '(', ')', '/']).any(|part| {
        // The part's last two words, folded.
        let (mut before, mut last) = (String::new(), String::new());
        for_each_word(part, |_, w| before = std::mem::replace(&mut last, w.to_string()));
        matches!(last.as_str(), "el" | "la" | "los" | "las")
            && !before.is_empty()
            && !matches!(before.as_str(), "para" | "p" | "y" | "e" | "de" | "del" | "con" | "a" | "en" | "por" | "sin" | "and" | "for" | "of")
    })
}

/// Given names that seldom name a product, to read an author after a dash: bookshops write the
/// author after the title ("Canción De Cuna - Barbara Wood"), and a seller writes brands, sizes
/// and places there ("- Envío Gratis", "- Zona Sur"). Left out for their product or place
/// senses: rosa, luz, paz, blanca, flor, sol, estrella, alba, gloria, mercedes, victoria,
/// carolina (Carolina Herrera), aurora (bicycles), eva (goma eva), diana (a target), norma (a
/// standard), julio and domingo (dates), tomás (a socket), marcos (frames), león, santiago and
/// salvador (places), hugo, calvin, tommy, ralph, paco, oscar, daniel (Daniel Wellington), john
/// (John Deere), george (George Foreman), patrick (appliances), jean, jack, ray, philip (makers
/// and products). One string, not a slice of strings: it is linked into three wasm modules, and
/// a slice's table of pointers cost more there than the names.
const GIVEN_NAMES: &str = "\
    adolfo adriana agatha agustin agustina alberto alejandra alejandro alfonso alfredo \
    alicia alvaro ana andrea andres anne antonio armando arturo augusto barbara beatriz \
    benito bernardo camilo carlos carmen cecilia cesar charles claudia cristian cristina \
    dario david delia diego eduardo edward elena elias elizabeth elsa elvira emilio emily \
    enrique ernest ernesto esteban eugenio ezequiel fabian federico felipe fermin fernando \
    florencia francisco franz friedrich gabriel gabriela gerardo gonzalo graciela griselda \
    guillermo gustavo hector henry hernan horacio ignacio ines irene isaac isabel isidoro \
    jaime james jane javier jeronimo joaquin jorge jose josefina joseph juan julia julian \
    karl laura leonardo leopoldo liliana lorena lorenzo lucas lucia luis manuel marcela \
    marcelo margaret maria mariana mariano mario marta mary mateo mauricio michael miguel \
    monica natalia nicolas norberto octavio ofelia olga osvaldo pablo patricia patricio \
    paula pedro peter rafael ramiro ramon raquel raul ricardo richard robert roberto rodolfo \
    rodrigo ruben sandra sarah sebastian sergio sigmund silvia silvio sofia soledad stephen \
    susana teresa thomas ulises umberto valeria veronica vicente virginia viviana walter \
    william ximena";

/// Whether a part of `text` after a dash or a slash is a person's name: two to four words
/// without digits, the first a given name of [`GIVEN_NAMES`] ("Canción De Cuna - Barbara Wood",
/// "A Golpe De Calcetín / Francisco Hinojosa"). The first part is the title itself, never read.
pub fn author_after_dash(text: &str) -> bool {
    text.split(['-', '–', '—', '/']).skip(1).any(|part| {
        let (mut n, mut first_is_name, mut digits) = (0, false, false);
        for_each_word(part, |_, w| {
            if n == 0 {
                first_is_name = GIVEN_NAMES.split_ascii_whitespace().any(|name| name == w);
            }
            digits |= w.chars().any(|c| c.is_ascii_digit());
            n += 1;
        });
        first_is_name && !digits && (2..=4).contains(&n)
    })
}

/// Words that join a sentence and seldom a list of nouns: titles of works are phrases ("Camino
/// Desde La Orilla", "Lo Que El Viento Se Llevo"), product titles list the product, its brand
/// and specs. Left out for their product uses: "como" ("como nuevo"), "no" ("no frost"), "se"
/// ("se vende"), "hasta" ("hasta 10 kg"), "contra" ("contra golpes"), "mi" ("Mi Band"), "tu" and
/// "sus" ("para tu auto", "con sus accesorios").
const SENTENCE_WORDS: &[&str] = &[
    "que", "entre", "sobre", "desde", "hacia", "cuando", "donde", "nunca", "siempre", "pero", "mucho", "muchos",
    "nuestro", "nuestra", "yo", "ni", "ante", "tras", "segun", "sino", "aunque", "porque", "quien",
    "cual", "aquel", "nada", "algo", "alguien", "fue", "era", "soy", "eres", "somos",
];

/// How many of [`SENTENCE_WORDS`] a text has.
pub fn sentence_words(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, |_, w| n += usize::from(SENTENCE_WORDS.contains(&w)));
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_article_is_a_sign_of_a_book() {
        assert!(inverted_article("Señor De Los Anillos, El - Tolkien"));
        assert!(inverted_article("Tunel,el - Sabato, Ernesto"));
        assert!(inverted_article("Historia De Una Escalera La"));
    }

    #[test]
    fn an_opening_article_is_read_from_the_first_word() {
        assert!(leading_article("El Principito - Saint Exupery"));
        assert!(leading_article("  «Los Pilares De La Tierra» Follett"));
        assert!(!leading_article("Elefante De Peluche"));
        assert!(!leading_article("Funda La Casa De Papel"));
        assert!(!leading_article(""));
    }

    #[test]
    fn given_names_are_sorted_and_folded() {
        let names: Vec<&str> = GIVEN_NAMES.split_ascii_whitespace().collect();
        assert!(names.len() > 150);
        assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
        assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_lowercase())), "folded as titles are");
    }

    #[test]
    fn a_name_after_a_dash_is_an_author() {
        assert!(author_after_dash("Canción De Cuna - Barbara Wood"));
        assert!(author_after_dash("A Golpe De Calcetín / Francisco Hinojosa"));
        assert!(!author_after_dash("Rayuela -- Julio Cortázar"), "julio is left out: a month");
        assert!(!author_after_dash("Barbara Wood Canción De Cuna"), "the first part is the title");
        assert!(!author_after_dash("Zapatillas Nike - Envío Gratis"));
        assert!(!author_after_dash("Remera - Maria 2015"), "a part with digits is no name");
        assert!(!author_after_dash("Cuna - Maria"), "a given name alone is no author");
        assert!(!author_after_dash("Libro - Maria Elena Walsh Y Otros Autores Del Sur"), "too long for a name");
        assert!(!author_after_dash(""));
    }

    #[test]
    fn product_titles_are_not_books() {
        assert!(!inverted_article("Perfume Para Ella Y Para El"));
        assert!(!inverted_article("Regalo Para El"));
        // Bands are filed so too ("Beatles, The"), and a record is no book.
        assert!(!inverted_article("Abbey Road - Beatles, The"));
        assert!(!inverted_article("El Señor De Los Anillos - Tolkien"));
        assert!(!inverted_article("Remera Los Simpsons Talle L"));
        assert!(!inverted_article("La"));
        assert!(!inverted_article(""));
        assert!(!inverted_article("- - -"));
    }

    #[test]
    fn articles_are_counted_and_nails_are_not_articles() {
        assert_eq!(article_count("El Señor de los Anillos"), 2);
        assert_eq!(article_count("Lámpara para uñas"), 0);
    }

    #[test]
    fn words_that_join_sentences_are_counted() {
        assert_eq!(sentence_words("Lo Que El Viento Se Llevó"), 1);
        assert_eq!(sentence_words("Cuando Nietzsche Lloró, Entre Otros"), 2);
        assert_eq!(sentence_words("Zapatillas Nike Air Talle 42 Como Nuevas"), 0);
        assert_eq!(sentence_words("Heladera No Frost Se Vende Hasta El Viernes"), 0);
        assert_eq!(sentence_words(""), 0);
    }
}
