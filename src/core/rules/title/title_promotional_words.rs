use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::words::{remove_spans, Words};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre does not allow invented badges or promotions in titles: shipping, payment
    /// and discount claims have their own fields and badges, and a title that says "envío
    /// gratis" or "Full" misleads buyers when the listing does not have them. Such titles can be
    /// moderated.
    ///
    /// Words are matched whole, without case or accents, so "FULL" matches but "Fullmoon" does
    /// not, and "Full HD" (a screen resolution) is not a promotion.
    ///
    /// The fix removes the words; the seller should review the title that is left.
    ///
    /// ## Bad example
    /// `Termo Kallpa 750 ml OFERTA envío gratis`
    ///
    /// ## Good example
    /// `Termo de acero Kallpa K750 750 ml azul`
    ///
    /// ## Source
    /// Mercado Libre help, "Fotos en página principal" and title guidelines: no "Full", "más
    /// vendido", "descuento", "envío inmediato", "mismo día", "cuotas", "Mercado Pago"
    /// (reference/listing-rules.md, "Titles"). The other words (oferta, gratis, promoción,
    /// liquidación, remate) are the same kind of promotion.
    pub TitlePromotionalWords {
        code: "TI005",
        name: "title-promotional-words",
        family: Title,
        severity: Warning,
        message: ("El título tiene palabras de promoción", "The title has promotional words"),
        help: (
            "Quita ofertas, envío, cuotas y distintivos del título: Mercado Libre los muestra con sus propias etiquetas.",
            "Remove offers, shipping, instalments and badges from the title: Mercado Libre shows them with its own labels.",
        ),
    }
}

/// Promotional phrases, folded, longest first so "envio gratis" is claimed before "gratis".
const PHRASES: &[&[&str]] = &[
    &["envio", "gratis"],
    &["envio", "gratuito"],
    &["envio", "sin", "cargo"],
    &["envio", "inmediato"],
    &["mismo", "dia"],
    &["mas", "vendido"],
    &["mas", "vendidos"],
    &["mercado", "pago"],
    &["sin", "interes"],
    &["oferta"],
    &["ofertas"],
    &["ofertazo"],
    &["descuento"],
    &["descuentos"],
    &["cuotas"],
    &["full"],
    &["promocion"],
    &["promo"],
    &["liquidacion"],
    &["remate"],
    &["gratis"],
];

/// Words after "full" that make it a specification, not Mercado Libre's Full badge.
const FULL_SPECS: &[&str] = &["hd", "size", "frame", "range", "color", "body", "equipo", "hybrid", "time"];

/// The promotional phrases among `words`: word index ranges, in order. One pass: at each word
/// the longest phrase starting there wins.
pub fn find_promotions(words: &Words) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // Most words start no phrase: compared with the first words before the whole phrases.
        let word = words.word(i);
        let hit = PHRASES.iter().find(|phrase| {
            phrase.first() == Some(&word)
                && words.phrase_at(i, phrase)
                && !(**phrase == ["full"] && FULL_SPECS.contains(&words.word(i + 1)))
        });
        match hit {
            Some(phrase) => {
                found.push(i..i + phrase.len());
                i += phrase.len();
            }
            None => i += 1,
        }
    }
    found
}

impl Rule for TitlePromotionalWords {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let title = &cx.listing.title;
        let words = cx.title_words();
        let spans: Vec<(usize, usize)> = find_promotions(words).into_iter().filter_map(|r| words.original_span(r)).collect();
        if spans.is_empty() {
            return;
        }
        let quoted_es: Vec<String> = spans.iter().filter_map(|(s, e)| title.get(*s..*e)).map(|w| format!("«{w}»")).collect();
        let quoted_en: Vec<String> = spans.iter().filter_map(|(s, e)| title.get(*s..*e)).map(|w| format!("“{w}”")).collect();
        let (es, en) = (quoted_es.join(", "), quoted_en.join(", "));
        out.report("title")
            .message(tr!("El título tiene palabras de promoción: {es}", "The title has promotional words: {en}"))
            .fix(Fix {
                label: tr!("Quitar {es}", "Remove {en}"),
                applicability: Applicability::NeedsReview,
                edits: vec![Edit { field: "title".into(), value: remove_spans(title, &spans) }],
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(title: &str) -> Vec<String> {
        let words = Words::of(title);
        find_promotions(&words).into_iter().map(|r| r.map(|i| words.word(i)).collect::<Vec<_>>().join(" ")).collect()
    }

    #[test]
    fn whole_words_without_accents_or_case() {
        assert_eq!(found("Termo OFERTA Envío Gratis"), vec!["oferta", "envio gratis"]);
        assert_eq!(found("Llega el MISMO DÍA, 12 cuotas"), vec!["mismo dia", "cuotas"]);
        assert!(found("Guitarra Fullmoon ofertante").is_empty());
        assert!(found("Televisor Full HD 32 pulgadas").is_empty());
        assert_eq!(found("Termo Full"), vec!["full"]);
    }
}
