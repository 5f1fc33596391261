//! The catalog data file: the category tree and the lexicon in one text, with a checksum.
//!
//! The app's first load does not carry this data (about 70 KB brotli): it fetches the file after
//! the first render, under a content-hashed name, and keeps it for offline use. The file is made
//! by `build.rs` (which includes this module by path, so both sides share one format), and the
//! native build embeds the very same text (`Catalog::embedded`), so the format is tested natively.
//!
//! Format: a header line `#listo-catalog 1 <bytes> <fnv64-hex>` that covers everything after the
//! header's newline; then the compact tree; then a line [`LEXICON_MARK`]; then the lexicon.

/// The first word of the header.
pub const MAGIC: &str = "#listo-catalog";
/// The format version (a newer file is refused with a clear message, not misread).
pub const VERSION: u32 = 1;
/// The line that separates the tree from the lexicon (a `#` line, so the tree reader skips it).
pub const LEXICON_MARK: &str = "#%lexicon";

/// FNV-1a, 64 bits: a checksum against truncated or corrupted downloads, not a security hash
/// (the file comes from the app's own origin, and the service worker keeps it).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Writes the data file for a compact tree and a lexicon text.
pub fn write(tree: &str, lexicon: &str) -> String {
    let mut body = String::with_capacity(tree.len() + lexicon.len() + 16);
    body.push_str(tree.trim_end());
    body.push('\n');
    body.push_str(LEXICON_MARK);
    body.push('\n');
    body.push_str(lexicon);
    format!("{MAGIC} {VERSION} {} {:016x}\n{body}", body.len(), fnv1a64(body.as_bytes()))
}

/// Why a data file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not a catalog file at all (an HTML error page, an empty response).
    NotCatalog,
    /// A format version this build does not read.
    Version,
    /// Shorter or longer than the header says: the download was cut.
    Truncated,
    /// The right length but the wrong checksum: corrupted.
    Corrupt,
}

/// Checks the header and returns `(tree, lexicon)`. Never panics, whatever the bytes.
pub fn read(text: &str) -> Result<(&str, &str), DataError> {
    let (header, body) = text.split_once('\n').ok_or(DataError::NotCatalog)?;
    let mut parts = header.split(' ');
    if parts.next() != Some(MAGIC) {
        return Err(DataError::NotCatalog);
    }
    let version = parts.next().and_then(|v| v.parse::<u32>().ok()).ok_or(DataError::NotCatalog)?;
    if version != VERSION {
        return Err(DataError::Version);
    }
    let len = parts.next().and_then(|v| v.parse::<usize>().ok()).ok_or(DataError::NotCatalog)?;
    let hash = parts.next().and_then(|v| u64::from_str_radix(v, 16).ok()).ok_or(DataError::NotCatalog)?;
    if body.len() != len {
        return Err(DataError::Truncated);
    }
    if fnv1a64(body.as_bytes()) != hash {
        return Err(DataError::Corrupt);
    }
    let mark = format!("\n{LEXICON_MARK}\n");
    let at = body.find(&mark).ok_or(DataError::Corrupt)?;
    Ok((&body[..at + 1], &body[at + mark.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_damage() {
        let file = write("#site MEC\n1 2\n1A\n2B\n", "1 casa\n");
        assert_eq!(read(&file), Ok(("#site MEC\n1 2\n1A\n2B\n", "1 casa\n")));
        // Cut short, one byte changed, not a catalog, a future version.
        assert_eq!(read(&file[..file.len() - 2]), Err(DataError::Truncated));
        assert_eq!(read(&file.replace("casa", "cosa")), Err(DataError::Corrupt));
        assert_eq!(read("<!doctype html><html>"), Err(DataError::NotCatalog));
        assert_eq!(read(""), Err(DataError::NotCatalog));
        assert_eq!(read(&file.replacen(" 1 ", " 2 ", 1)), Err(DataError::Version));
    }

    #[test]
    fn fnv_matches_the_published_test_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
