//! Batch 22 (issue 15): a person's name after a dash is a sign of a book
//! (`Tuning::author_signs`), and the mistakes batch 21 noticed and left alone. Titles invented
//! for the batch, not measurement data.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::{assert_off_their_leaf_with, assert_on_their_leaf, assert_under_their_branch};
use listo::core::catalog::classify::Tuning;

/// Bookshops write "Title - Author"; these titles hold a product word ("cocina", "jardín") and
/// went to it before the sign.
const BOOKS_BY_AUTHOR: &[(&str, &str)] = &[
    ("La Cocina Del Alma - Isabel Allende", "Libros Físicos"),
    ("El Jardin De Senderos - Jorge Luis Borges", "Libros Físicos"),
];

#[test]
fn a_name_after_a_dash_makes_a_book() {
    assert_on_their_leaf(BOOKS_BY_AUTHOR);
    assert_off_their_leaf_with(Tuning { author_signs: 0, ..Tuning::default() }, "the author after a dash", BOOKS_BY_AUTHOR);
}

/// Authors the lexicon knows by name since batch 22 (each alone points to printed books): each
/// title went to the product its words name ("Submarino", "Mosqueteros", "Robot", "Plata")
/// with the lexicon of df65d4e.
#[test]
fn books_named_with_an_author_the_lexicon_knows() {
    assert_on_their_leaf(&[
        ("Veinte Mil Leguas De Viaje Submarino Verne", "Libros Físicos"),
        ("Los Tres Mosqueteros Dumas", "Libros Físicos"),
        ("El Arte De Amar Fromm", "Libros Físicos"),
        ("Yo Robot Asimov", "Libros Físicos"),
        ("Plata Quemada Piglia", "Libros Físicos"),
        ("El Beso De La Mujer Araña Puig", "Libros Físicos"),
        ("Asesinato En El Orient Express Agatha Christie", "Libros Físicos"),
    ]);
}

/// Sellers write names after a dash too: makers, artists, artisans, places. The product word
/// must still win.
#[test]
fn products_with_a_name_after_a_dash_stay_products() {
    assert_under_their_branch(&[
        ("Perfume Invictus 100ml - Paco Rabanne", "Belleza y Cuidado Personal > Perfumes"),
        ("Reloj Dama - Daniel Wellington Classic", "Joyas y Relojes > Relojes"),
        ("Zapatillas Jordan Retro - Michael Jordan", "Ropa y Accesorios > Calzado"),
        ("Cd Original - Ricardo Arjona Adentro", "Música, Películas y Series"),
        ("Vinilo - Luis Miguel Romances", "Música, Películas y Series"),
        ("Dvd Concierto - Joaquin Sabina", "Música, Películas y Series"),
        ("Remera Estampada - Juan Pablo Diseños", "Ropa y Accesorios"),
        ("Mate Calabaza Forrado - Artesano Jorge Gomez", "Hogar, Muebles y Jardín"),
        ("Cuchillo Artesanal - Cuchillero Pedro Martinez", "Hogar, Muebles y Jardín"),
        ("Guitarra Criolla - Luthier Antonio Sanchez", "Instrumentos Musicales"),
        ("Torta De Cumpleaños - Pasteleria Sofia", "Alimentos y Bebidas"),
        ("Cartera Cuero - Diseño Isabel Blanco", "Ropa y Accesorios"),
        ("Heladera Patrick No Frost - Local Vicente Lopez", "Electrodomésticos y Aires Ac."),
    ]);
}

/// Left alone by batch 21, mended from what the products are.
#[test]
fn batch_21_leftovers_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cinturón Portaherramientas Cuero Truper", "Cartucheras Portaherramientas"),
        ("Silla De Ruedas Para Perro Talla M", "Perros > Sillas de Ruedas"),
        ("Rizador De Pestañas Revlon", "Arqueador de Pestañas"),
        ("Encrespador De Pestañas Metalico", "Arqueador de Pestañas"),
        ("After Shave Nivea Men 100 Ml", "Productos Post Afeitar"),
    ]);
    // The other senses stay: a leather belt, a person's wheelchair, a hair curler, a beard balm.
    assert_on_their_leaf(&[
        ("Cinturón De Cuero Hombre Hebilla", "Accesorios de Moda > Cinturones"),
        ("Silla De Ruedas Plegable Adulto", "Sillas de Ruedas y Repuestos > Sillas de Ruedas"),
        ("Balsamo Para Barba 60 Ml", "Bálsamos, Aceites y Tónicos"),
    ]);
}
