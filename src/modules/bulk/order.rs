//! Which rows the results table shows, and in what order: sorted by one column, filtered by
//! level, rule code and text. Pure (no browser), so it is tested natively; the page keeps its
//! output in a `Memo` and renders only the visible slice of it.

use listo::core::engine::QualityLevel;
use listo::core::fold::fold;
use listo::core::summary::RowResult;

/// A sortable column of the results table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Row,
    Title,
    Category,
    Score,
    Level,
    Errors,
    Warnings,
    Shipping,
}

/// The column and the direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort { column: Column::Row, descending: false }
    }
}

impl Sort {
    /// The sort after choosing `column`: the same column flips direction, another starts
    /// ascending (numbers of problems start with the most).
    pub fn toggled(self, column: Column) -> Sort {
        if self.column == column {
            Sort { column, descending: !self.descending }
        } else {
            Sort { column, descending: matches!(column, Column::Errors | Column::Warnings) }
        }
    }
}

/// What to keep.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub level: Option<QualityLevel>,
    /// An index into `Summary::codes`.
    pub code: Option<u16>,
    /// Words to find in the title or the category (folded: no case, no accents).
    pub text: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.level.is_none() && self.code.is_none() && self.text.trim().is_empty()
    }
}

/// The indexes of `rows` to show, in order. Ties keep file order, so sorting is stable.
pub fn visible(rows: &[RowResult], sort: Sort, filter: &Filter) -> Vec<u32> {
    let needle = fold(filter.text.trim());
    let mut keep: Vec<u32> = (0..rows.len() as u32)
        .filter(|&i| {
            let r = &rows[i as usize];
            filter.level.is_none_or(|l| r.level == l)
                && filter.code.is_none_or(|c| r.codes.contains(&c))
                && (needle.is_empty() || fold(&r.title).contains(&needle) || fold(&r.category_id).contains(&needle) || fold(&r.top_category).contains(&needle))
        })
        .collect();
    match sort.column {
        Column::Title => keep.sort_by_cached_key(|&i| fold(&rows[i as usize].title)),
        Column::Category => keep.sort_by_cached_key(|&i| (fold(&rows[i as usize].top_category), rows[i as usize].category_id.clone())),
        column => keep.sort_by_key(|&i| number(&rows[i as usize], column)),
    }
    if sort.descending {
        // Reverse, but keep file order among equals.
        keep.reverse();
        stable_ties_after_reverse(&mut keep, rows, sort.column);
    }
    keep
}

fn number(r: &RowResult, column: Column) -> u64 {
    match column {
        Column::Row => r.row as u64,
        Column::Score => u64::from(r.score),
        Column::Level => r.level as u64,
        Column::Errors => u64::from(r.errors),
        Column::Warnings => u64::from(r.warnings),
        Column::Shipping => r.eligible_modes() as u64,
        Column::Title | Column::Category => 0,
    }
}

/// After reversing, runs of equal keys are in reverse file order; put each run back in file order.
fn stable_ties_after_reverse(keep: &mut [u32], rows: &[RowResult], column: Column) {
    let key = |i: u32| -> (u64, String) {
        let r = &rows[i as usize];
        match column {
            Column::Title => (0, fold(&r.title)),
            Column::Category => (0, format!("{}\u{0}{}", fold(&r.top_category), r.category_id)),
            c => (number(r, c), String::new()),
        }
    };
    let mut start = 0;
    while start < keep.len() {
        let k = key(keep[start]);
        let mut end = start + 1;
        while end < keep.len() && key(keep[end]) == k {
            end += 1;
        }
        keep[start..end].reverse();
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use listo::core::shipping::Status;

    fn row(row: usize, title: &str, score: u8, level: QualityLevel, errors: u32, codes: &[u16]) -> RowResult {
        RowResult {
            row,
            title: title.into(),
            category_id: String::new(),
            top_category: String::new(),
            score,
            level,
            errors,
            warnings: 0,
            tips: 0,
            shipping: [Status::Unknown; 3],
            codes: codes.to_vec(),
        }
    }

    fn rows() -> Vec<RowResult> {
        vec![
            row(2, "Zapatos de cuero", 40, QualityLevel::Basica, 2, &[0, 1]),
            row(3, "árbol de navidad", 90, QualityLevel::Estandar, 0, &[1]),
            row(4, "Celular Samsung", 100, QualityLevel::Profesional, 0, &[]),
            row(5, "Balanceado", 40, QualityLevel::Basica, 1, &[0]),
        ]
    }

    #[test]
    fn sorts_by_any_column_both_ways_keeping_file_order_among_equals() {
        let r = rows();
        assert_eq!(visible(&r, Sort::default(), &Filter::default()), [0, 1, 2, 3]);
        let by_title = visible(&r, Sort { column: Column::Title, descending: false }, &Filter::default());
        assert_eq!(by_title, [1, 3, 2, 0], "accents and case do not change the order");
        let by_score = visible(&r, Sort { column: Column::Score, descending: false }, &Filter::default());
        assert_eq!(by_score, [0, 3, 1, 2]);
        let by_score_desc = visible(&r, Sort { column: Column::Score, descending: true }, &Filter::default());
        assert_eq!(by_score_desc, [2, 1, 0, 3], "equal scores stay in file order");
        let by_errors = Sort::default().toggled(Column::Errors);
        assert!(by_errors.descending);
        assert_eq!(visible(&r, by_errors, &Filter::default()), [0, 3, 1, 2]);
        assert!(!by_errors.toggled(Column::Errors).descending);
    }

    #[test]
    fn filters_by_level_code_and_text_together() {
        let r = rows();
        let level = Filter { level: Some(QualityLevel::Basica), ..Filter::default() };
        assert_eq!(visible(&r, Sort::default(), &level), [0, 3]);
        let code = Filter { code: Some(1), ..Filter::default() };
        assert_eq!(visible(&r, Sort::default(), &code), [0, 1]);
        let text = Filter { text: "ARBOL".into(), ..Filter::default() };
        assert_eq!(visible(&r, Sort::default(), &text), [1]);
        let both = Filter { level: Some(QualityLevel::Basica), code: Some(1), text: String::new() };
        assert_eq!(visible(&r, Sort::default(), &both), [0]);
        assert!(visible(&r, Sort::default(), &Filter { text: "nada así".into(), ..Filter::default() }).is_empty());
    }
}
