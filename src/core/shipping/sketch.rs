//! A one-test filter for lookups that mostly miss: title words among restricted keywords,
//! typed places among known ones. Each known word sets one bit of 256, chosen by a byte
//! summing up the word (its length, first and last bytes); a word whose bit is clear is surely
//! not known, and only the others are searched for.

/// The sketch bits of a set of words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sketches {
    bits: [u64; 4],
}

/// The byte that stands for `word`.
fn sketch(word: &str) -> u8 {
    let bytes = word.as_bytes();
    let (first, last) = (bytes.first().copied().unwrap_or(0), bytes.last().copied().unwrap_or(0));
    (word.len() as u8).wrapping_mul(37) ^ first ^ last.rotate_left(4)
}

impl Sketches {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Sketches {
        let mut sketches = Sketches::default();
        for word in words {
            let s = sketch(word);
            if let Some(bits) = sketches.bits.get_mut(usize::from(s >> 6)) {
                *bits |= 1 << (s & 63);
            }
        }
        sketches
    }

    /// False when `word` is surely not one of the words; true when it may be.
    pub fn may_have(&self, word: &str) -> bool {
        let s = sketch(word);
        self.bits.get(usize::from(s >> 6)).is_some_and(|bits| bits & (1 << (s & 63)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn every_word_of_the_set_may_be_there(words in proptest::collection::vec("\\PC{0,12}", 0..40)) {
            let sketches = Sketches::of(words.iter().map(String::as_str));
            for w in &words {
                proptest::prop_assert!(sketches.may_have(w));
            }
        }
    }

    #[test]
    fn most_other_words_are_turned_away() {
        let sketches = Sketches::of(["quito", "guayaquil", "cuenca"]);
        let others = ["capital federal", "buenos aires", "rosario", "cordoba", "palermo", "caba"];
        assert!(others.iter().filter(|w| sketches.may_have(w)).count() <= 1);
        assert!(!Sketches::default().may_have("quito"));
    }
}
