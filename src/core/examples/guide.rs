//! "Guía de 10 reglas": the cheat-sheet a trainer prints for participants, ten habits that keep
//! a listing at Profesional, each naming the rule codes that check it (a test checks that every
//! code exists). Written for the workshop module's printable page; Spanish first, English second.

use crate::core::text::Text;

/// One habit of the cheat-sheet.
pub struct Habit {
    pub title: Text,
    pub detail: Text,
    /// The rules that check it.
    pub codes: &'static [&'static str],
}

fn habit(title: (&str, &str), detail: (&str, &str), codes: &'static [&'static str]) -> Habit {
    Habit { title: Text::new(title.0, title.1), detail: Text::new(detail.0, detail.1), codes }
}

/// The ten habits, in the order of a listing's form.
pub fn habits() -> Vec<Habit> {
    vec![
        habit(
            ("Título: producto + marca + modelo + dato clave", "Title: product + brand + model + key fact"),
            ("Hasta 60 caracteres, al menos 3 palabras. «Celular Samsung Galaxy A15 128 GB».", "Up to 60 characters, at least 3 words. “Celular Samsung Galaxy A15 128 GB”."),
            &["TI001", "TI002", "TI003", "TI008", "TI009"],
        ),
        habit(
            ("Nada de teléfonos, correos ni redes", "No phone numbers, emails or social media"),
            ("Ni en el título ni en la descripción: las preguntas se responden en Mercado Libre.", "Neither in the title nor in the description: questions are answered on Mercado Libre."),
            &["TI006", "DE003"],
        ),
        habit(
            ("Sin «oferta», «envío gratis» ni «descuento»", "No “sale”, “free shipping” or “discount”"),
            ("El título describe el producto; el precio y el envío ya se muestran aparte.", "The title describes the product; price and shipping are shown separately."),
            &["TI005"],
        ),
        habit(
            ("Sin MAYÚSCULAS, emojis ni signos repetidos", "No ALL CAPS, emojis or repeated marks"),
            ("Escribe como en un catálogo: se lee mejor y no parece spam.", "Write as in a catalogue: it reads better and does not look like spam."),
            &["TI004", "TI007"],
        ),
        habit(
            ("La categoría correcta, con sus datos", "The right category, with its data"),
            ("Elige la categoría más específica y llena lo que pide: talla, color, peso neto…", "Pick the most specific category and fill what it asks: size, colour, net weight…"),
            &["CA001", "CA003", "CA004", "CA005"],
        ),
        habit(
            ("Tres fotos o más, de 1200 px, portada en blanco", "Three pictures or more, 1200 px, cover on white"),
            ("En JPG o PNG y de menos de 10 MB. Nunca menos de 500 px.", "As JPG or PNG and under 10 MB. Never under 500 px."),
            &["PI002", "PI003", "PI005", "PI006", "PI007"],
        ),
        habit(
            ("Descripción en texto simple que responda dudas", "A plain-text description that answers questions"),
            ("Medidas, materiales, qué incluye. Sin HTML y sin copiar el título.", "Size, materials, what is included. No HTML and no copy of the title."),
            &["DE001", "DE002", "DE004", "DE005"],
        ),
        habit(
            ("Garantía: quién la da y por cuánto tiempo", "Warranty: who gives it and for how long"),
            ("«Garantía del vendedor: 6 meses». Sin garantía el comprador desconfía.", "“Seller warranty: 6 months”. Without one, buyers hesitate."),
            &["WA001", "WA002", "WA003"],
        ),
        habit(
            ("Paquete pesado y medido con la caja; ciudad bien escrita", "Package weighed and measured boxed; city spelt right"),
            ("Con eso Listo dice si va en el día, por courier o a Galápagos.", "With that Listo says whether it goes same day, by courier or to Galápagos."),
            &["SH001", "SH002", "SH004", "SH006", "SH007"],
        ),
        habit(
            ("Salud: nada «cura»; Notificación Sanitaria de ARCSA", "Health: nothing “cures”; ARCSA Notificación Sanitaria"),
            ("Suplementos y cosméticos sin promesas de salud y con su notificación.", "Supplements and cosmetics without health claims and with their notification."),
            &["HE001", "HE002", "HE003"],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::registry;

    #[test]
    fn ten_habits_each_checked_by_rules_that_exist() {
        let codes: Vec<&str> = registry::metas().iter().map(|m| m.code).collect();
        let habits = habits();
        assert_eq!(habits.len(), 10);
        for h in &habits {
            assert!(!h.codes.is_empty(), "{}", h.title.es);
            for c in h.codes {
                assert!(codes.contains(c), "{c} is not a rule");
            }
            assert!(!h.title.en.is_empty() && !h.detail.en.is_empty() && h.title.es != h.title.en);
        }
    }
}
