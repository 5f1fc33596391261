//! Edit distance for place names, made cheap enough to run against every known name on every
//! keystroke: a letter-count lower bound rejects most names in a few dozen additions, and the
//! distance itself stops as soon as it exceeds the bound the caller can accept.

/// How many times each folded letter, digit and space occurs (anything else shares one slot).
/// Its difference with another name's is a lower bound of their edit distance: an insertion,
/// deletion or substitution changes at most one count each way, a transposition none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LetterBag {
    counts: [u8; 38],
    /// The sum of `counts`.
    total: u32,
    /// Which letters occur, one bit each, with all digits sharing one bit (and space one, the
    /// other chars one): 29 bits, so two such sets fit in a word and are compared at once.
    letters: u32,
}

/// The slot of a char in a [`LetterBag`]: one per folded letter, digit and space, and
/// [`OTHER`] for anything else.
fn slot(c: char) -> usize {
    match c {
        'a'..='z' => c as usize - 'a' as usize,
        '0'..='9' => 26 + (c as usize - '0' as usize),
        ' ' => 36,
        _ => OTHER,
    }
}

/// The slot every other char shares.
const OTHER: usize = 37;

/// How many bits [`LetterBag::letters`] uses.
pub const LETTER_BITS: usize = 29;

/// A slot's bit in [`LetterBag::letters`]: letters keep theirs, the ten digits share one.
fn letter_bit(slot: usize) -> usize {
    match slot {
        0..=25 => slot,
        26..=35 => 26,
        36 => 27,
        _ => 28,
    }
}

impl LetterBag {
    pub fn of(chars: &[char]) -> LetterBag {
        let mut bag = [0u8; 38];
        let mut letters = 0u32;
        for c in chars {
            let slot = slot(*c);
            if let Some(n) = bag.get_mut(slot) {
                *n = n.saturating_add(1);
                letters |= 1 << letter_bit(slot);
            }
        }
        let total = bag.iter().map(|n| u32::from(*n)).sum();
        LetterBag { counts: bag, total, letters }
    }

    /// Which letters occur, one bit each (see the field): the argument of [`LetterBag::letters_apart`].
    pub fn letters(&self) -> u32 {
        self.letters
    }

    /// Whether two names with these letters (see [`LetterBag::letters`]) are surely more than
    /// `max` edits apart: each letter one name has and the other lacks costs an edit. Both
    /// differences are counted in one pass over one word: baseline x86-64 has no popcount
    /// instruction, and this runs for nearly every known name on every search.
    pub fn letters_apart(a: u32, b: u32, max: usize) -> bool {
        let v = u64::from(a & !b) | (u64::from(b & !a) << 32);
        // Bits set per byte, then per 32-bit half (bytes 3 and 7 of the product).
        let v = v - ((v >> 1) & 0x5555_5555_5555_5555);
        let v = (v & 0x3333_3333_3333_3333) + ((v >> 2) & 0x3333_3333_3333_3333);
        let v = (v + (v >> 4)) & 0x0f0f_0f0f_0f0f_0f0f;
        let sums = v.wrapping_mul(0x0101_0101);
        let (only_a, only_b) = ((sums >> 24) & 0xff, sums >> 56);
        only_a.max(only_b) > max as u64
    }

    /// Whether the two names are surely more than `max` edits apart: the letter sets are
    /// compared before the counts.
    pub fn exceeds(&self, other: &LetterBag, max: usize) -> bool {
        LetterBag::letters_apart(self.letters, other.letters, max) || self.lower_bound(other) > max
    }

    /// A lower bound of the edit distance between the two names: the greater of the letters
    /// one has in excess and the letters it lacks. Their sum is the sum of absolute count
    /// differences and their difference is that of the totals, so the greater is computed from
    /// one straight sum (vector code) and the totals.
    pub fn lower_bound(&self, other: &LetterBag) -> usize {
        let differences: u32 = self.counts.iter().zip(other.counts.iter()).map(|(a, b)| u32::from(a.abs_diff(*b))).sum();
        ((differences + self.total.abs_diff(other.total)) / 2) as usize
    }
}

/// A name prepared for [`Pattern::distance_within`]: for each letter slot, the positions of the
/// name where it occurs, one bit each. Built once per typed name, then compared with every
/// candidate name.
pub struct Pattern<'a> {
    chars: &'a [char],
    /// `positions[slot]`: bit `i` is set when `chars[i]` is in `slot` (not used for [`OTHER`]).
    positions: [u64; OTHER],
}

impl<'a> Pattern<'a> {
    pub fn new(chars: &'a [char]) -> Pattern<'a> {
        let mut positions = [0u64; OTHER];
        for (i, c) in chars.iter().enumerate().take(64) {
            if let Some(p) = positions.get_mut(slot(*c)) {
                *p |= 1 << i;
            }
        }
        Pattern { chars, positions }
    }

    /// Where `c` occurs in the pattern, one bit per position.
    fn positions_of(&self, c: char) -> u64 {
        match self.positions.get(slot(c)) {
            Some(p) => *p,
            // Letters outside the table are rare: found by reading the pattern.
            None => self.chars.iter().take(64).enumerate().filter(|(_, p)| **p == c).fold(0, |m, (i, _)| m | 1 << i),
        }
    }

    /// The optimal-string-alignment distance between the pattern and `text` when it is at most
    /// `max`, else `None` (as [`bounded_distance`]). Patterns of up to 64 chars use Hyyrö's
    /// bit-parallel algorithm (one column of the table per machine word, a few operations per
    /// char of `text`); longer ones fall back to [`bounded_distance`].
    pub fn distance_within(&self, text: &[char], max: usize, rows: &mut Vec<usize>) -> Option<usize> {
        let m = self.chars.len();
        if m.abs_diff(text.len()) > max {
            return None;
        }
        if m == 0 || m > 64 {
            return bounded_distance(self.chars, text, max, rows);
        }
        let last = 1u64 << (m - 1);
        // Vertical deltas of the current column (+1 / -1 between rows), starting from column 0
        // (0, 1, 2, …, m): all +1. Bits above `m` hold garbage that never flows down.
        let (mut vp, mut vn) = (!0u64, 0u64);
        let (mut previous_d0, mut previous_pm) = (0u64, 0u64);
        let mut distance = m;
        for &t in text {
            let pm = self.positions_of(t);
            // A transposition: pattern[i] = text[j-1] and pattern[i-1] = text[j].
            let tr = ((!previous_d0 & pm) << 1) & previous_pm;
            let d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | tr;
            let hp = vn | !(d0 | vp);
            let hn = d0 & vp;
            if hp & last != 0 {
                distance += 1;
            } else if hn & last != 0 {
                distance -= 1;
            }
            // The first row is 0, 1, 2, …: its horizontal delta is always +1.
            let x = (hp << 1) | 1;
            vn = x & d0;
            vp = (hn << 1) | !(x | d0);
            (previous_d0, previous_pm) = (d0, pm);
        }
        (distance <= max).then_some(distance)
    }
}

/// Edit distance with adjacent transpositions (optimal string alignment), on chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    bounded_distance(&a, &b, usize::MAX, &mut Vec::new()).unwrap_or(usize::MAX)
}

/// The optimal-string-alignment distance between `a` and `b` when it is at most `max`, else
/// `None`. Only the diagonal band `|i - j| ≤ max` is computed (a cell outside it is over `max`
/// anyway, and a cell within `max` is reached only through cells within it), and the work
/// stops as soon as two consecutive rows are both over `max`. `rows` is reused between calls
/// so scoring many names allocates once.
pub fn bounded_distance(a: &[char], b: &[char], max: usize, rows: &mut Vec<usize>) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Stands for any value over `max` outside the band; adding to it stays over `max`.
    let over = max.saturating_add(1).min(usize::MAX / 2);
    let width = b.len() + 1;
    rows.clear();
    rows.resize(3 * width, over);
    let (older_row, rest) = rows.split_at_mut(width);
    let (prev_row, cur_row) = rest.split_at_mut(width);
    let (mut older, mut prev, mut cur) = (older_row, prev_row, cur_row);
    for (j, cell) in prev.iter_mut().take(width.min(over.saturating_add(1))).enumerate() {
        *cell = j;
    }
    let mut prev_min = 0usize;
    for i in 1..=a.len() {
        let ai = a.get(i - 1).copied();
        let ai_before = i.checked_sub(2).and_then(|k| a.get(k)).copied();
        let lo = i.saturating_sub(max).max(1);
        let hi = i.saturating_add(max).min(b.len());
        // The cell left of the band: the true first column, or "over" inside the table.
        let mut left = if lo == 1 { i.min(over) } else { over };
        set(cur, lo - 1, left);
        let mut row_min = left;
        let mut diag = get(prev, lo - 1);
        for j in lo..=hi {
            let bj = b.get(j - 1).copied();
            let up = get(prev, j);
            let mut best = (up + 1).min(left + 1).min(diag + usize::from(ai != bj));
            if i > 1 && j > 1 && ai == b.get(j - 2).copied() && ai_before == bj {
                best = best.min(get(older, j - 2) + 1);
            }
            let best = best.min(over);
            set(cur, j, best);
            row_min = row_min.min(best);
            (left, diag) = (best, up);
        }
        // The cell right of the band, read by the next row: over `max` (the rows are reused).
        if hi < b.len() {
            set(cur, hi + 1, over);
        }
        // Every later cell comes from this row (+0 or +1) or the previous one (+1).
        if row_min > max && prev_min >= max {
            return None;
        }
        prev_min = row_min;
        (older, prev, cur) = (prev, cur, older);
    }
    Some(get(prev, b.len())).filter(|d| *d <= max)
}

fn get(row: &[usize], at: usize) -> usize {
    row.get(at).copied().unwrap_or(usize::MAX / 2)
}

fn set(row: &mut [usize], at: usize, value: usize) {
    if let Some(cell) = row.get_mut(at) {
        *cell = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain full-table distance, to check the bounded one against.
    fn reference(a: &[char], b: &[char]) -> usize {
        let w = b.len() + 1;
        let mut d = vec![0usize; (a.len() + 1) * w];
        for (j, cell) in d.iter_mut().take(w).enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            d[i * w] = i;
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * w + j - 2] + 1);
                }
                d[i * w + j] = best;
            }
        }
        d[a.len() * w + b.len()]
    }

    #[test]
    fn counts_transpositions_once() {
        assert_eq!(edit_distance("quito", "quito"), 0);
        assert_eq!(edit_distance("qiuto", "quito"), 1);
        assert_eq!(edit_distance("guayakil", "guayaquil"), 2);
        assert_eq!(edit_distance("", "loja"), 4);
        assert_eq!(edit_distance("buenos aires", "banos"), 8);
        // Optimal string alignment, not unrestricted Damerau: "ca" → "abc" is 3 edits, not 2.
        assert_eq!(edit_distance("ca", "abc"), 3);
        let within = |a: &str, b: &str, max| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            Pattern::new(&a).distance_within(&b, max, &mut Vec::new())
        };
        assert_eq!(within("guayakil", "guayaquil", 2), Some(2));
        assert_eq!(within("guayakil", "guayaquil", 1), None);
        assert_eq!(within("qiuto", "quito", 3), Some(1));
        assert_eq!(within("ca", "abc", 3), Some(3));
        assert_eq!(within("cumbayá", "cumbaya", 1), Some(1));
    }

    proptest! {
        #[test]
        fn bounded_agrees_with_the_full_table(a in "[abcq ]{0,12}", b in "[abcq ]{0,12}", max in 0usize..14) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let full = reference(&a, &b);
            let bounded = bounded_distance(&a, &b, max, &mut Vec::new());
            prop_assert_eq!(bounded, Some(full).filter(|d| *d <= max));
            let (bag_a, bag_b) = (LetterBag::of(&a), LetterBag::of(&b));
            prop_assert!(bag_a.lower_bound(&bag_b) <= full);
            prop_assert!(!bag_a.exceeds(&bag_b, full));
            prop_assert!(!LetterBag::letters_apart(bag_a.letters(), bag_b.letters(), full));
        }

        #[test]
        fn letter_checks_agree_with_their_definitions(a in "[a-z0-9 éß]{0,300}", b in "[a-z0-9 éß]{0,40}") {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let (bag_a, bag_b) = (LetterBag::of(&a), LetterBag::of(&b));
            // The greater of the two one-sided sums of count differences.
            let extra: u32 = bag_a.counts.iter().zip(&bag_b.counts).map(|(x, y)| u32::from(x.saturating_sub(*y))).sum();
            let lacking: u32 = bag_a.counts.iter().zip(&bag_b.counts).map(|(x, y)| u32::from(y.saturating_sub(*x))).sum();
            prop_assert_eq!(bag_a.lower_bound(&bag_b), extra.max(lacking) as usize);
            // The letter sets: digits share a bit, space and the rest have one each.
            let set = |x: &[char]| x.iter().map(|c| letter_bit(slot(*c))).collect::<std::collections::BTreeSet<_>>();
            let (set_a, set_b) = (set(&a), set(&b));
            let apart = set_a.difference(&set_b).count().max(set_b.difference(&set_a).count());
            for max in 0..8 {
                prop_assert_eq!(LetterBag::letters_apart(bag_a.letters(), bag_b.letters(), max), apart > max);
            }
        }

        #[test]
        fn bit_parallel_agrees_with_the_full_table(a in "[abcqé1 ]{0,12}|[ab]{60,70}", b in "[abcqé1 ]{0,12}|[ab]{55,70}", max in 0usize..14) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let full = reference(&a, &b);
            prop_assert_eq!(Pattern::new(&a).distance_within(&b, max, &mut Vec::new()), Some(full).filter(|d| *d <= max));
            prop_assert_eq!(Pattern::new(&b).distance_within(&a, max, &mut Vec::new()), Some(full).filter(|d| *d <= max));
        }

        #[test]
        fn never_panics_on_any_text(a in "\\PC{0,20}", b in "\\PC{0,20}", max in 0usize..30) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let _ = bounded_distance(&a, &b, max, &mut Vec::new());
            let _ = Pattern::new(&a).distance_within(&b, max, &mut Vec::new());
            let _ = LetterBag::of(&a).lower_bound(&LetterBag::of(&b));
        }
    }
}
