//! The contact patterns (see `contact.rs`), matched with [`super::scan`]. Each finder gives the
//! spans `regex` gave for the pattern in its comment; `contact.rs` tests both on random text.

use super::scan::{boundary, find_all, is_space, is_word, literal, seq, Step};

/// `[\s.\-()]`: what may separate the digits of a phone.
static SEP: Step = Step::Class(|b| is_space(b) || matches!(b, b'.' | b'-' | b'(' | b')'));
static LPAREN: Step = Step::Byte(b'(');
static RPAREN: Step = Step::Byte(b')');
static ZERO: Step = Step::Byte(b'0');
static SPACE: Step = Step::Class(is_space);
static S: Step = Step::Byte(b's');
static P: Step = Step::Byte(b'p');

fn digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// `(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b`
pub fn emails(t: &[u8]) -> Vec<(usize, usize)> {
    let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let domain = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    find_all(t, |t, i| {
        if !boundary(t, i) || !t.get(i).is_some_and(|&b| local(b)) {
            return None;
        }
        let at = i + t[i..].iter().take_while(|&&b| local(b)).count();
        if t.get(at) != Some(&b'@') {
            return None;
        }
        let start = at + 1;
        let end = start + t[start..].iter().take_while(|&&b| domain(b)).count();
        // The last dot first (greedy), as long as the labels before it are not empty.
        (start..end).rev().filter(|&p| t[p] == b'.').find_map(|p| {
            let labels = &t[start..p];
            if labels.is_empty() || labels.split(|&b| b == b'.').any(<[u8]>::is_empty) {
                return None;
            }
            let e = p + 1 + t[p + 1..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
            (e - (p + 1) >= 2 && boundary(t, e)).then_some((e, (i, e)))
        })
    })
}

const TLDS: [&str; 11] = ["com", "ec", "net", "org", "info", "shop", "store", "online", "site", "link", "ly"];

/// `(?i)(?:\bhttps?://|\bwww\.)\S+|\bwa\.me/\S*|\b[a-z0-9\-]+\.(?:com|ec|net|org|info|shop|store|online|site|link|ly)(?:\.[a-z]{2})?(?:/\S*)?\b`
pub fn links(t: &[u8]) -> Vec<(usize, usize)> {
    let non_space_end = |t: &[u8], from: usize| from + t[from..].iter().take_while(|&&b| !is_space(b)).count();
    find_all(t, |t, i| {
        if !boundary(t, i) {
            return None;
        }
        let scheme = literal(t, i, "http").and_then(|e| literal(t, e, "s://").or_else(|| literal(t, e, "://")));
        for start in [scheme, literal(t, i, "www.")].into_iter().flatten() {
            let e = non_space_end(t, start);
            if e > start {
                return Some((e, (i, e)));
            }
        }
        if let Some(start) = literal(t, i, "wa.me/") {
            let e = non_space_end(t, start);
            return Some((e, (i, e)));
        }
        let label_end = i + t[i..].iter().take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-').count();
        if label_end == i || t.get(label_end) != Some(&b'.') {
            return None;
        }
        for tld in TLDS {
            let Some(q) = literal(t, label_end + 1, tld) else { continue };
            let country = t.get(q) == Some(&b'.') && t.get(q + 1..q + 3).is_some_and(|s| s.iter().all(u8::is_ascii_alphabetic));
            for q2 in [country.then_some(q + 3), Some(q)].into_iter().flatten() {
                if t.get(q2) == Some(&b'/') {
                    let e = non_space_end(t, q2 + 1);
                    if let Some(e2) = (q2 + 1..=e).rev().find(|&e2| boundary(t, e2)) {
                        return Some((e2, (i, e2)));
                    }
                }
                if boundary(t, q2) {
                    return Some((q2, (i, q2)));
                }
            }
        }
        None
    })
}

/// The digits of a phone after its prefix: `count` times `{sep}[0-9]`, then `\b`.
fn digits(steps: &mut Vec<Step>, count: usize) {
    for _ in 0..count {
        steps.extend([Step::Opt(&SEP), Step::Opt(&SEP), Step::Class(digit)]);
    }
}

/// `(?:\+?\b593{sep}\(?0?\)?{sep}F|\b0F)(?:{sep}[0-9]){N}\b` with `sep = [\s.\-()]{0,2}`, for
/// the first digit class `F` and `N` more digits (mobiles: `9`, 8; landlines: `[2-7]`, 7).
pub fn phones(t: &[u8], first: fn(u8) -> bool, more: usize) -> Vec<(usize, usize)> {
    let mut international = vec![Step::Opt(&SEP), Step::Opt(&SEP), Step::Opt(&LPAREN), Step::Opt(&ZERO), Step::Opt(&RPAREN)];
    international.extend([Step::Opt(&SEP), Step::Opt(&SEP), Step::Class(first)]);
    digits(&mut international, more);
    let mut national = vec![Step::Class(first)];
    digits(&mut national, more);
    find_all(t, |t, i| {
        let end = |e: usize| boundary(t, e).then_some(e);
        let s = if t.get(i) == Some(&b'+') { i + 1 } else { i };
        if boundary(t, s) {
            if let Some(after) = literal(t, s, "593") {
                if let Some(e) = seq(t, after, &international, &mut |e| end(e)) {
                    return Some((e, (i, e)));
                }
            }
        }
        if boundary(t, i) {
            if let Some(after) = literal(t, i, "0") {
                if let Some(e) = seq(t, after, &national, &mut |e| end(e)) {
                    return Some((e, (i, e)));
                }
            }
        }
        None
    })
}

fn word_steps(word: &str) -> Vec<Step> {
    word.bytes().map(Step::Byte).collect()
}

/// `(?i)\b(?:A|B|…)\b` for alternatives given as steps.
fn words(t: &[u8], alternatives: &[Vec<Step>]) -> Vec<(usize, usize)> {
    find_all(t, |t, i| {
        if !boundary(t, i) {
            return None;
        }
        alternatives.iter().find_map(|steps| seq(t, i, steps, &mut |e| boundary(t, e).then_some((e, (i, e)))))
    })
}

/// `(?i)\b(?:whats?\s?app?|watsapp?|wasap|whasap|wsp|wpp|telegram)\b`
pub fn messaging(t: &[u8]) -> Vec<(usize, usize)> {
    let mut whatsapp = word_steps("what");
    whatsapp.extend([Step::Opt(&S), Step::Opt(&SPACE), Step::Byte(b'a'), Step::Byte(b'p'), Step::Opt(&P)]);
    let mut watsapp = word_steps("watsap");
    watsapp.push(Step::Opt(&P));
    let alternatives = [whatsapp, watsapp, word_steps("wasap"), word_steps("whasap"), word_steps("wsp"), word_steps("wpp"), word_steps("telegram")];
    words(t, &alternatives)
}

/// `(?i)\b(?:facebook|instagram|tik\s?tok|twitter)\b`
pub fn social(t: &[u8]) -> Vec<(usize, usize)> {
    let mut tiktok = word_steps("tik");
    tiktok.push(Step::Opt(&SPACE));
    tiktok.extend(word_steps("tok"));
    words(t, &[word_steps("facebook"), word_steps("instagram"), tiktok, word_steps("twitter")])
}

/// `(?:^|[\s(\[:])(@[A-Za-z0-9_][A-Za-z0-9_.]{2,})`, reporting the handle (group 1).
pub fn handles(t: &[u8]) -> Vec<(usize, usize)> {
    find_all(t, |t, i| {
        let at = if i == 0 && t.first() == Some(&b'@') {
            0
        } else if t.get(i).is_some_and(|&b| is_space(b) || matches!(b, b'(' | b'[' | b':')) && t.get(i + 1) == Some(&b'@') {
            i + 1
        } else {
            return None;
        };
        if !t.get(at + 1).is_some_and(|&b| is_word(b)) {
            return None;
        }
        let rest = t[at + 2..].iter().take_while(|&&b| is_word(b) || b == b'.').count();
        (rest >= 2).then_some((at + 2 + rest, (at, at + 2 + rest)))
    })
}
