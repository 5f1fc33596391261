//! The forecast of one figure for titles never seen, from two samples of different sources.
//!
//! The unseen set mixes 2013–2015 and 2024 titles as the dev titles do. No single sample here
//! forecasts both kinds well:
//! - the check half's 2024 titles forecast modern titles (they generalised: 92.0% dev against 90.1%
//!   unseen before issue 15);
//! - its 2015 titles overstate, because the early batches read them. The records never read
//!   forecast the older titles instead.
//!
//! So the figure for all titles is the two samples mixed in the dev titles' proportion. Its
//! interval says how much a sample of 58 titles can tell, which a single figure hides.

/// A share measured on a sample of titles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub share: f64,
    pub titles: usize,
}

/// A forecast share and the half-width of its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mix {
    pub share: f64,
    pub margin: f64,
}

/// `older` and `newer` mixed with `older_weight` of the set from the older source: the weighted
/// mean, and 1.96 standard errors of it with the two samples independent (normal
/// approximation). `None` when a sample is empty or a share or the weight is not in 0..=1.
pub fn mix(older: Sample, newer: Sample, older_weight: f64) -> Option<Mix> {
    let ok = |x: f64| (0.0..=1.0).contains(&x);
    if older.titles == 0 || newer.titles == 0 || !ok(older.share) || !ok(newer.share) || !ok(older_weight) {
        return None;
    }
    let w = older_weight;
    let var = |s: Sample| s.share * (1.0 - s.share) / s.titles as f64;
    let variance = w * w * var(older) + (1.0 - w) * (1.0 - w) * var(newer);
    Some(Mix { share: w * older.share + (1.0 - w) * newer.share, margin: 1.96 * variance.sqrt() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    #[test]
    fn the_shares_are_mixed_by_weight() {
        let m = mix(Sample { share: 0.69, titles: 58 }, Sample { share: 0.955, titles: 245 }, 0.7235).unwrap();
        assert!(close(m.share, 0.7633), "{m:?}");
        // w²·p(1−p)/n = 0.5235 · 0.2139 / 58; (1−w)²·q(1−q)/m = 0.0765 · 0.0430 / 245.
        assert!(close(m.margin, 0.0864), "{m:?}");
    }

    #[test]
    fn more_titles_give_a_narrower_interval() {
        let new = Sample { share: 0.95, titles: 245 };
        let few = mix(Sample { share: 0.7, titles: 58 }, new, 0.7).unwrap();
        let many = mix(Sample { share: 0.7, titles: 580 }, new, 0.7).unwrap();
        assert!(close(few.share, many.share));
        assert!(many.margin < few.margin / 2.0, "{few:?} {many:?}");
    }

    #[test]
    fn certain_samples_have_no_margin_and_one_source_takes_the_whole_weight() {
        let m = mix(Sample { share: 1.0, titles: 10 }, Sample { share: 0.0, titles: 10 }, 0.25).unwrap();
        assert_eq!(m, Mix { share: 0.25, margin: 0.0 });
        let only_old = mix(Sample { share: 0.6, titles: 100 }, Sample { share: 0.9, titles: 100 }, 1.0).unwrap();
        assert!(close(only_old.share, 0.6) && close(only_old.margin, 1.96 * (0.24f64 / 100.0).sqrt()));
    }

    #[test]
    fn empty_samples_and_shares_out_of_range_give_nothing() {
        let s = Sample { share: 0.5, titles: 10 };
        assert_eq!(mix(Sample { share: 0.5, titles: 0 }, s, 0.5), None);
        assert_eq!(mix(s, Sample { share: 0.5, titles: 0 }, 0.5), None);
        assert_eq!(mix(Sample { share: 1.5, titles: 10 }, s, 0.5), None);
        assert_eq!(mix(s, s, -0.1), None);
        assert_eq!(mix(s, Sample { share: f64::NAN, titles: 10 }, 0.5), None);
    }
}
