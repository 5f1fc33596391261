//! Batch 25 (issue 15), the lead's fixes: of what batch 24 noticed and left alone, and of the
//! tuning half's errors (a yogurt starter culture); titles invented, not measurement data. Each
//! title of the first test went to another leaf with the lexicon of 4f9102d4 (napkins to toilet
//! paper, a grow tent to the grow kits, a yogurt starter to the yogurt makers); the guards are
//! the words' other senses, right then and still right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn napkins_grow_tents_and_starter_cultures_reach_their_leaf() {
    assert_on_their_leaf(&[
        // "Servilleta" sat at full weight on toilet paper, the department's first pass.
        ("Servilletas De Papel 33x33 Doble Hoja X 50", "Desechables > Servilletas de Papel"),
        ("Servilletas Elite Blancas X 70", "Desechables > Servilletas de Papel"),
        ("Servilletas De Tela Lino X 6", "Mantelería y Platos de Sitio > Servilletas de Tela"),
        // A tent alone has its own leaf; a kit named by the leaf's words has the kits'.
        ("Carpa Cultivo Indoor 120x120 Mylar", "Invernaderos y Carpas > Carpas para Cultivo Indoor"),
        ("Kit Completo Cultivo Interior Led 600w", "Invernaderos y Carpas > Kits para Cultivo Interior"),
        // A starter culture is a probiotic powder sold by the sachet, not the appliance that
        // ferments it: "fermento" sat at the yogurt makers' leaf.
        ("Fermento Para Yogur Natural X 5 Sobres", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Iniciador Yogur Griego Probioticos", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
    ]);
}

#[test]
fn toilet_paper_party_napkins_salt_tents_and_yogurt_makers_stay() {
    assert_on_their_leaf(&[
        ("Papel Higienico Elite Doble Hoja X 4", "Desechables > Papeles Higiénicos"),
        ("Servilletas Cumpleaños Frozen X 20", "Descartables para Fiestas > Servilletas"),
        ("Servilletero De Madera", "Vajilla y Artículos de Servir > Servilleteros"),
        ("Sal Del Himalaya Rosada Fina 1kg", "Salsas y Condimentos > Sal"),
        ("Sales De Baño Aromaticas Lavanda", "Aromaterapia > Sales de baño"),
        ("Carpa Iglu 4 Personas Impermeable", "Equipamiento para Camping > Carpas"),
        ("Yogurtera Electrica Atma 1 Litro", "Preparación de Alimentos > Yogurteras"),
        ("Yogurtera Oster Con 7 Frascos", "Preparación de Alimentos > Yogurteras"),
    ]);
}
