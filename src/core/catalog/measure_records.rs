//! A second, independent measurement set: the titles of the full listing records
//! (`../shared/data/listings-mla-2015-dev.jsonl`, 2013–2015). No lexicon batch has read them, so
//! on the older kind of title they forecast titles never seen better than the dev set's check
//! half, whose 2015 titles the early batches read. Only records whose category id is still in
//! today's tree can be scored (the others count as skipped), and a record whose title is also in
//! the dev titles is left out, so the two sets do not overlap.

use super::measure::Labelled;
use std::collections::HashSet;

/// The records' labelled titles, without those in `exclude` (compared trimmed and in lower
/// case). A line that is not a JSON object with a string `title` and `category_id` is counted in
/// the second value, not measured.
pub fn labelled_from_records<'a>(jsonl: &str, exclude: impl IntoIterator<Item = &'a str>) -> (Vec<Labelled>, usize) {
    let key = |t: &str| t.trim().to_lowercase();
    let exclude: HashSet<String> = exclude.into_iter().map(key).collect();
    let mut bad = 0;
    let mut out = Vec::new();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => {
                bad += 1;
                continue;
            }
        };
        let (Some(title), Some(id)) = (v.get("title").and_then(|t| t.as_str()), v.get("category_id").and_then(|c| c.as_str())) else {
            bad += 1;
            continue;
        };
        if !exclude.contains(&key(title)) {
            out.push(Labelled { title: title.to_string(), category_id: id.to_string(), source: "2015".into() });
        }
    }
    (out, bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::measure::measure_rows;
    use crate::core::catalog::Catalog;

    #[test]
    fn reads_records_skips_overlap_bad_lines_and_unknown_ids() {
        let jsonl = concat!(
            r#"{"title": "Celular Samsung Galaxy A15 128gb", "category_id": "MLA1055", "price": 1}"#,
            "\n",
            r#"{"title": "  FUNDA silicona para celular ", "category_id": "MLA1055"}"#,
            "\n",
            r#"{"title": "Zapatillas running", "category_id": "MLA999999999"}"#,
            "\nnot json\n",
            r#"{"title": 5, "category_id": "MLA1055"}"#,
            "\n\n"
        );
        let (rows, bad) = labelled_from_records(jsonl, ["funda silicona para celular"]);
        assert_eq!(bad, 2);
        let titles: Vec<&str> = rows.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["Celular Samsung Galaxy A15 128gb", "Zapatillas running"]);
        let m = measure_rows(&Catalog::embedded(), rows.iter()).expect("one scorable title");
        assert_eq!((m.titles, m.skipped, m.top1), (1, 1, 1.0));
        assert_eq!(m.slice("2015").map(|s| s.titles), Some(1));
    }
}
