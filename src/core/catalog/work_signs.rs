//! Signs that a title names a work (a book, a record) rather than a product.
//!
//! Bookshops list books the way library catalogues file them: the leading article moved to the
//! end of the title ("Señor De Los Anillos, El - Tolkien", "Heraldos Negros,los - Vallejo").
//! A Spanish product title never ends a phrase with an article: it is a list of nouns and specs.
//! Such a title often holds a word that is also a product ("hornos" in "Batalla De Los Hornos,
//! La"), so the sign must weigh more than one unknown word does (see
//! [`super::tuning::Tuning::inverted_article`]).

use crate::core::fold::fold;

/// Whether a part of `text` (the whole text, or a part between dashes) ends with an article
/// after a word: "Medallon De Los Lancaster, El - Velasco". Not after "para", "y",
/// "de" or "con": "Perfume Para Ella Y Para El" is a gift for him.
pub fn inverted_article(text: &str) -> bool {
    text.split(['-', '–', '—', '(', ')', '/']).any(|part| {
        let folded = fold(part);
        let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        match words.as_slice() {
            [.., before, last] => {
                matches!(*last, "el" | "la" | "los" | "las") && !matches!(*before, "para" | "p" | "y" | "e" | "de" | "del" | "con" | "a" | "en" | "por" | "sin" | "and" | "for" | "of")
            }
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_article_is_a_sign_of_a_book() {
        assert!(inverted_article("Señor De Los Anillos, El - Tolkien"));
        assert!(inverted_article("Heraldos Negros,los - Vallejo, Cesar"));
        assert!(inverted_article("Historia De Una Escalera La"));
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
}
