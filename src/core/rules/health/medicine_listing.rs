use super::category_path;
use super::patterns::{MEDICINES, PRESCRIPTION};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// In Ecuador a medicine needs an ARCSA Registro Sanitario and is sold in pharmacies;
    /// prescription drugs cannot be sold on the marketplace, and Mercado Libre removes such
    /// listings. The rule reports an error when the title names a medicine or an active
    /// ingredient sold as one (antibiotics, painkillers, sildenafil, misoprostol…), says it
    /// needs a prescription ("bajo receta"), or the category is a medicines category.
    ///
    /// Veterinary products (category under "Animales y Mascotas", regulated by Agrocalidad, not
    /// ARCSA) and books are not checked.
    ///
    /// ## Bad example
    /// `Ibuprofeno 400 mg caja 100 tabletas`
    ///
    /// ## Good example
    /// `Bolsa térmica de gel para dolor muscular reutilizable`
    ///
    /// ## Source
    /// ARCSA: medicines need a Registro Sanitario [doc: ARCSA]; ARCSA and Mercado Libre
    /// agreement on health products [3p: pharmabiz] (reference/listing-rules.md, "Ecuador
    /// regulation"). The list of names is Listo's and is not exhaustive.
    pub MedicineListing {
        code: "HE002",
        name: "medicine-listing",
        family: Health,
        severity: Error,
        message: ("Parece un medicamento: no se puede vender en Mercado Libre", "This looks like a medicine: it cannot be sold on Mercado Libre"),
        help: (
            "Los medicamentos necesitan Registro Sanitario de ARCSA y se venden en farmacias; los de receta no se pueden publicar. Si no es un medicamento, quita ese nombre del título.",
            "Medicines need an ARCSA Registro Sanitario and are sold in pharmacies; prescription drugs cannot be listed. If it is not a medicine, remove that name from the title.",
        ),
    }
}

impl Rule for MedicineListing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let path = category_path(cx);
        if path.starts_with("animales y mascotas") || path.starts_with("libros") {
            return;
        }
        let words = cx.title_words();
        let named = (0..words.len())
            .find(|&i| MEDICINES.contains(&words.word(i)))
            .and_then(|i| words.original_span(i..i + 1))
            .and_then(|(s, e)| cx.listing.title.get(s..e));
        let prescription = PRESCRIPTION.iter().any(|p| words.find_phrase(p).is_some());
        if let Some(name) = named {
            out.report("title").message(tr!(
                "El título nombra un medicamento («{name}»): no se puede vender en Mercado Libre",
                "The title names a medicine (“{name}”): it cannot be sold on Mercado Libre"
            ));
        } else if prescription {
            out.report("title").message(tr!(
                "El título dice que se vende con receta: los medicamentos de receta no se pueden publicar",
                "The title says it needs a prescription: prescription drugs cannot be listed"
            ));
        } else if path.contains("medicamento") {
            out.report("category_id");
        }
    }
}
