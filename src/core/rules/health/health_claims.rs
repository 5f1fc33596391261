use super::patterns::{CLAIMS, CLAIM_VERBS, DISEASES};
use super::regulated;
use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::words::{remove_spans, Words};
use crate::{declare_rule, tr};
use std::ops::Range;

declare_rule! {
    /// ## Why
    /// A food, a supplement or a cosmetic is not a medicine: in Ecuador it may not claim to
    /// cure, prevent or treat a disease, nor promise weight loss or "no side effects". ARCSA
    /// and Mercado Libre signed an agreement to remove listings of slimming products, sexual
    /// enhancers, multivitamins and "miracle" products; listings with such claims are the ones
    /// moderated. The rule applies to supplements, food and cosmetics (by category, or by the
    /// title's words when there is no category) and looks at the title and the description.
    ///
    /// Words are matched whole, without case or accents: "cura", "curar", "milagroso",
    /// "adelgaza 10 kilos", "quema grasa", "sin efectos secundarios", "aprobado por la FDA",
    /// and a verb followed by a disease ("elimina la diabetes", "combate la gastritis").
    /// The fix removes the words; the seller must read what is left.
    ///
    /// ## Bad example
    /// `Té verde adelgazante quema grasa, cura la gastritis`
    ///
    /// ## Good example
    /// `Té verde Hornimans caja 25 sobres`
    ///
    /// ## Source
    /// ARCSA (Agencia Nacional de Regulación, Control y Vigilancia Sanitaria): foods, supplements
    /// and cosmetics need a Notificación Sanitaria and are not medicines [doc: ARCSA]; ARCSA and
    /// Mercado Libre agreement targeting slimming products, sexual enhancers, multivitamins and
    /// "miracle" products [3p: pharmabiz] (reference/listing-rules.md, "Ecuador regulation").
    /// The word list is Listo's: a moderation risk, not a list published by Mercado Libre.
    pub HealthClaims {
        code: "HE001",
        name: "health-claims",
        family: Health,
        severity: Warning,
        message: ("La publicación promete efectos de salud", "The listing makes health claims"),
        help: (
            "Un suplemento, alimento o cosmético no puede decir que cura, adelgaza o no tiene efectos secundarios: quita esas frases y describe qué contiene y cómo se usa.",
            "A supplement, food or cosmetic may not say it cures, slims or has no side effects: remove those phrases and describe what it contains and how it is used.",
        ),
    }
}

/// Words after a verb within which a disease makes a claim ("elimina por completo la diabetes").
const VERB_REACH: usize = 4;

/// The health claims among `words`: word index ranges, in order, not overlapping.
pub fn find_claims(words: &Words) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words.word(i);
        let mut hit: Option<Range<usize>> = None;
        if CLAIM_VERBS.contains(&word) {
            hit = (i + 1..(i + 1 + VERB_REACH).min(words.len())).find(|&k| DISEASES.contains(&words.word(k))).map(|k| i..k + 1);
        }
        if hit.is_none() {
            hit = CLAIMS.iter().find(|p| p.first() == Some(&word) && words.phrase_at(i, p)).map(|p| i..i + p.len());
        }
        match hit {
            Some(mut r) => {
                r.end = extend(words, r.clone());
                i = r.end;
                found.push(r);
            }
            None => i += 1,
        }
    }
    found
}

/// Takes in what completes a claim: "adelgaza 10 kilos", "aprobado por la FDA".
fn extend(words: &Words, r: Range<usize>) -> usize {
    let last = words.word(r.end - 1);
    let next = |k: usize| words.word(r.end + k);
    match last {
        "adelgaza" | "peso" | "adelgazar" if next(0).chars().all(|c| c.is_ascii_digit()) && !next(0).is_empty() => {
            if matches!(next(1), "kilos" | "kg" | "libras" | "lbs" | "tallas") {
                r.end + 2
            } else {
                r.end + 1
            }
        }
        "por" if !next(0).is_empty() => {
            if matches!(next(0), "la" | "el" | "los" | "las") && !next(1).is_empty() {
                r.end + 2
            } else {
                r.end + 1
            }
        }
        _ => r.end,
    }
}

/// The claims in `text`, quoted as typed, and `text` without them: without the words in a
/// title, without the whole sentences in a description (removing words from a sentence leaves
/// it broken: "Adelgaza 10 kilos y cura la artritis" would become "y").
fn claims_in(text: &str, whole_sentences: bool) -> Option<(Vec<&str>, String)> {
    let words = Words::of(text);
    let spans: Vec<(usize, usize)> = find_claims(&words).into_iter().filter_map(|r| words.original_span(r)).collect();
    if spans.is_empty() {
        return None;
    }
    let quoted = spans.iter().filter_map(|(s, e)| text.get(*s..*e)).collect();
    let removed = if whole_sentences { spans.iter().map(|&span| sentence_around(text, span)).collect() } else { spans };
    Some((quoted, remove_spans(text, &removed)))
}

/// The byte span of the sentence holding `span`: from after the previous `.`, `!`, `?` or line
/// break to the next one, included.
fn sentence_around(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = text.get(..start).and_then(|t| t.rfind(is_end)).map_or(0, |i| i + 1);
    let to = text.get(end..).and_then(|t| t.find(is_end)).map_or(text.len(), |i| end + i + 1);
    (from, to.min(text.len()))
}

impl Rule for HealthClaims {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let l = cx.listing;
        if (l.title.trim().is_empty() && l.description.trim().is_empty()) || regulated(cx).is_none() {
            return;
        }
        for (field, text) in [("title", &l.title), ("description", &l.description)] {
            let Some((quoted, without)) = claims_in(text, field == "description") else { continue };
            let es = quoted.iter().map(|q| format!("«{q}»")).collect::<Vec<_>>().join(", ");
            let en = quoted.iter().map(|q| format!("“{q}”")).collect::<Vec<_>>().join(", ");
            out.report(field)
                .message(tr!("Promesas de salud que Mercado Libre y ARCSA moderan: {es}", "Health claims that Mercado Libre and ARCSA moderate: {en}"))
                .fix(Fix {
                    label: tr!("Quitar {es}", "Remove {en}"),
                    applicability: Applicability::NeedsReview,
                    edits: vec![Edit { field: field.into(), value: without }],
                });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let words = Words::of(text);
        find_claims(&words).into_iter().map(|r| r.map(|i| words.word(i)).collect::<Vec<_>>().join(" ")).collect()
    }

    #[test]
    fn the_issue_examples_are_found() {
        assert_eq!(found("Té que cura todo"), vec!["cura"]);
        assert_eq!(found("Cápsulas que eliminan la diabetes"), vec!["eliminan la diabetes"]);
        assert_eq!(found("Adelgaza 10 kilos en un mes"), vec!["adelgaza 10 kilos"]);
        assert_eq!(found("100% natural, sin efectos secundarios"), vec!["sin efectos secundarios"]);
        assert_eq!(found("Aprobado por la FDA"), vec!["aprobado por la fda"]);
        assert_eq!(found("Quemador de grasa milagroso"), vec!["quemador de grasa", "milagroso"]);
    }

    #[test]
    fn a_description_loses_whole_sentences() {
        let (quoted, without) = claims_in("Colágeno en polvo. Adelgaza y cura la artritis. Sabor fresa.", true).unwrap();
        assert_eq!(quoted, vec!["Adelgaza", "cura la artritis"]);
        assert_eq!(without, "Colágeno en polvo. Sabor fresa.");
    }

    #[test]
    fn plain_descriptions_are_not_claims() {
        assert!(found("Colágeno hidrolizado 300 g sabor fresa").is_empty());
        assert!(found("Crema hidratante para piel seca 200 ml").is_empty());
        assert!(found("Trata tu piel con cuidado").is_empty());
        assert!(found("Procura guardar en lugar fresco").is_empty());
    }
}
