//! The letter-set check of a place search, for 64 names at once. Every known name of a near
//! length is checked on every search, and one by one that check was most of a search's work:
//! here each letter has a column of bits, one per name, and a name's counts of letters it
//! lacks and letters it adds are kept as bit planes, so one pass over the letters serves 64
//! names.

use super::distance::LETTER_BITS;
use std::ops::Range;

/// The letter sets of a list of names (see
/// [`LetterBag::letters`](super::distance::LetterBag::letters)), stored as columns: for each 64
/// names, one word per letter with a bit for each name that has it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LetterColumns {
    blocks: Vec<[u64; LETTER_BITS]>,
    len: usize,
}

/// A small count per name for 64 names: bit `i` of `ones`, `twos` and `fours` make name `i`'s
/// count, which stops at 7.
#[derive(Clone, Copy, Default)]
struct Counts {
    ones: u64,
    twos: u64,
    fours: u64,
}

impl Counts {
    /// Adds one to the count of every name whose bit is set.
    fn add(&mut self, names: u64) {
        let names = names & !(self.ones & self.twos & self.fours);
        let to_twos = self.ones & names;
        self.ones ^= names;
        let to_fours = self.twos & to_twos;
        self.twos ^= to_twos;
        self.fours |= to_fours;
    }

    /// The names whose count is over `max` (none when `max` is 7 or more: counts stop at 7).
    fn over(&self, max: usize) -> u64 {
        let (a, b, c) = (self.ones, self.twos, self.fours);
        match max {
            0 => a | b | c,
            1 => b | c,
            2 => c | (b & a),
            3 => c,
            4 => c & (b | a),
            5 => c & b,
            6 => c & b & a,
            _ => 0,
        }
    }
}

impl LetterColumns {
    /// The columns of these letter sets, in order.
    pub fn new(letters: impl IntoIterator<Item = u32>) -> LetterColumns {
        let mut columns = LetterColumns::default();
        for (i, set) in letters.into_iter().enumerate() {
            if i % 64 == 0 {
                columns.blocks.push([0; LETTER_BITS]);
            }
            if let Some(block) = columns.blocks.last_mut() {
                for (bit, column) in block.iter_mut().enumerate() {
                    if set & (1 << bit) != 0 {
                        *column |= 1 << (i % 64);
                    }
                }
            }
            columns.len = i + 1;
        }
        columns
    }

    /// The positions in `range` of the names whose letter set is not surely more than `max`
    /// edits from `letters`: exactly those for which
    /// [`LetterBag::letters_apart`](super::distance::LetterBag::letters_apart) is false when `max`
    /// is under 7, and all of them for a larger `max` (counts stop at 7; such bounds are far
    /// above any a search uses, and its later checks still apply).
    pub fn near(&self, letters: u32, max: usize, range: Range<usize>) -> Near<'_> {
        let range = range.start..range.end.min(self.len);
        Near { columns: self, letters, max, block: range.start / 64, range, base: 0, bits: 0 }
    }

    /// The names of block `b` that are in `range` and near `letters`, one bit each.
    fn near_in_block(&self, b: usize, letters: u32, max: usize, range: &Range<usize>) -> u64 {
        let Some(block) = self.blocks.get(b) else { return 0 };
        let base = b * 64;
        let low = range.start.saturating_sub(base).min(64);
        let high = range.end.saturating_sub(base).min(64);
        let in_range = mask_below(high) & !mask_below(low);
        let (mut lacking, mut adding) = (Counts::default(), Counts::default());
        for (bit, column) in block.iter().enumerate() {
            if letters & (1 << bit) != 0 {
                lacking.add(!column);
            } else {
                adding.add(*column);
            }
        }
        in_range & !(lacking.over(max) | adding.over(max))
    }
}

/// The positions [`LetterColumns::near`] finds, lowest first, one block of 64 at a time.
pub struct Near<'a> {
    columns: &'a LetterColumns,
    letters: u32,
    max: usize,
    range: Range<usize>,
    /// The next block to read.
    block: usize,
    /// The position of bit 0 of `bits`, and the names found in the block read last.
    base: usize,
    bits: u64,
}

impl Iterator for Near<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            if self.block * 64 >= self.range.end {
                return None;
            }
            self.bits = self.columns.near_in_block(self.block, self.letters, self.max, &self.range);
            self.base = self.block * 64;
            self.block += 1;
        }
        let i = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(self.base + i)
    }
}

/// The bits below `n` (all of them when `n` is 64).
fn mask_below(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipping::distance::LetterBag;
    use proptest::prelude::*;

    fn letters(name: &str) -> u32 {
        LetterBag::of(&name.chars().collect::<Vec<_>>()).letters()
    }

    proptest! {
        #[test]
        fn near_is_the_one_by_one_check(
            names in proptest::collection::vec("[a-h0-9 é]{0,10}", 0..150),
            typed in "[a-h0-9 é]{0,10}",
            max in 0usize..9,
            start in 0usize..160,
            width in 0usize..160,
        ) {
            let sets: Vec<u32> = names.iter().map(|n| letters(n)).collect();
            let columns = LetterColumns::new(sets.iter().copied());
            let typed = letters(&typed);
            let range = start..start + width;
            let expected: Vec<usize> = range
                .clone()
                .filter(|&i| sets.get(i).is_some_and(|s| max >= 7 || !LetterBag::letters_apart(typed, *s, max)))
                .collect();
            prop_assert_eq!(columns.near(typed, max, range).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn counts_stop_at_seven() {
        let mut c = Counts::default();
        for n in 0..10u64 {
            for max in 0..8usize {
                let expected = (n.min(7) as usize > max) && max < 7;
                assert_eq!(c.over(max) & 1 == 1, expected, "count {n}, max {max}");
            }
            c.add(1);
        }
    }
}
