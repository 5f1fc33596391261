//! A small backtracking matcher for the fixed patterns of the contact and HTML rules. The rules
//! used `regex-lite`; its parser, compiler and engine were about 15 KB brotli of the app's first
//! load for nine patterns over short texts. Each pattern is now a sequence of one-byte steps,
//! matched with regex semantics (leftmost first, greedy, ASCII `\b`), and the old regexes stay
//! as the test oracle: property tests compare both on random text (`contact.rs`,
//! `description_html.rs`).

/// One byte of a pattern.
#[derive(Clone, Copy)]
pub enum Step {
    /// This ASCII byte, case-insensitively.
    Byte(u8),
    /// Any byte of the class.
    Class(fn(u8) -> bool),
    /// As the step it wraps, but may be skipped (tried first, then skipped: greedy).
    Opt(&'static Step),
}

/// `regex`'s ASCII word characters: letters, digits and `_`. Bytes of non-ASCII characters are
/// not word characters, as in `regex-lite`.
pub fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `\s` in `regex-lite`: ASCII whitespace.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// An ASCII word boundary (`\b`) before byte `i`.
pub fn boundary(t: &[u8], i: usize) -> bool {
    let before = i > 0 && t.get(i - 1).is_some_and(|&b| is_word(b));
    let after = t.get(i).is_some_and(|&b| is_word(b));
    before != after
}

fn step_matches(step: Step, b: u8) -> bool {
    match step {
        Step::Byte(c) => b.eq_ignore_ascii_case(&c),
        Step::Class(f) => f(b),
        Step::Opt(inner) => step_matches(*inner, b),
    }
}

/// Matches `steps` at `pos`, greedily with backtracking, then `tail` from where they end.
/// Returns what `tail` returns for the first path (in regex priority order) it accepts.
pub fn seq<T>(t: &[u8], pos: usize, steps: &[Step], tail: &mut dyn FnMut(usize) -> Option<T>) -> Option<T> {
    let Some((&first, rest)) = steps.split_first() else { return tail(pos) };
    if t.get(pos).is_some_and(|&b| step_matches(first, b)) {
        if let Some(found) = seq(t, pos + 1, rest, tail) {
            return Some(found);
        }
    }
    match first {
        Step::Opt(_) => seq(t, pos, rest, tail),
        _ => None,
    }
}

/// The end of `word` matched case-insensitively at `pos`, if it is there.
pub fn literal(t: &[u8], pos: usize, word: &str) -> Option<usize> {
    let end = pos + word.len();
    t.get(pos..end).filter(|s| s.eq_ignore_ascii_case(word.as_bytes())).map(|_| end)
}

/// Every non-overlapping match, leftmost first, as regex's `captures_iter` finds them: `at`
/// gives, for a start, the whole match's end and the span to report (a capture group).
pub fn find_all(t: &[u8], mut at: impl FnMut(&[u8], usize) -> Option<(usize, (usize, usize))>) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match at(t, i) {
            Some((end, span)) => {
                found.push(span);
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_optional_steps_backtrack() {
        static S: Step = Step::Byte(b's');
        let steps = [Step::Byte(b'a'), Step::Opt(&S), Step::Byte(b's')];
        // "as" needs the optional s skipped; "ass" takes it.
        assert_eq!(seq(b"as", 0, &steps, &mut |e| Some(e)), Some(2));
        assert_eq!(seq(b"ASS", 0, &steps, &mut |e| Some(e)), Some(3));
        assert_eq!(seq(b"ax", 0, &steps, &mut |e| Some(e)), None);
        assert!(boundary(b"a b", 1) && !boundary(b"ab", 1) && boundary(b"a", 0) && boundary(b"a", 1));
        assert_eq!(find_all(b"xaxa", |t, i| (t[i] == b'a').then_some((i + 1, (i, i + 1)))), vec![(1, 2), (3, 4)]);
    }
}
