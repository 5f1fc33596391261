//! Batch 21 (issue 15): titles invented for the weakest 2015 departments (health, industry and
//! office, toys, stationery and crafts, antiques and collections, books, tools, building), as
//! Argentine sellers wrote them in 2013–2015 and Ecuadorian sellers write them today; not
//! measurement data. Every title of the tests whose names say titles reach their branch went
//! to another department or leaf with the lexicon and scorer of 4547ccc (before batch 21); the
//! guards were right then and must stay right. The last two tests are the opening-article sign
//! of a work (`Tuning::leading_article`).

#[path = "support/leaf.rs"]
mod leaf;
use leaf::{assert_off_their_leaf_with, assert_on_their_leaf, assert_under_their_branch};
use listo::core::catalog::classify::Tuning;

/// A snoring guard, glucose strips, a curing lamp, an ozone generator; a vinyl cutter's blade,
/// a screen-printing press, a lit sign, a vending machine, a traffic cone, a forklift.
#[test]
fn health_industry_and_trade_reach_their_branch() {
    assert_under_their_branch(&[
        ("Lampara De Fotocurado Led Inalambrica", "Salud y Equipamiento Médico > Equipamiento Médico > Equipamiento Odontológico"),
        ("Tiras Reactivas One Touch Ultra X 50", "Salud y Equipamiento Médico > Equipamiento Médico > Equipos de Monitoreo > Medidores de Glucosa"),
        ("Centrifuga De Laboratorio 12 Tubos", "Salud y Equipamiento Médico > Equipamiento Médico > Máquinas Centrífugas"),
        ("Ozonizador Purificador Agua Alimentos", "Salud y Equipamiento Médico > Equipamiento Médico > Oxigenoterapia > Ozonizadores"),
        ("Piedras Calientes Basalto Masaje X 20", "Salud y Equipamiento Médico > Masajes > Piedras para Masajes"),
        ("Purificador De Aire Filtro Hepa", "Salud y Equipamiento Médico > Cuidado de la Salud > Tratamientos Respiratorios > Purificadores de Aire"),
        ("Planos De Casa Prefabricada Proyecto", "Industrias y Oficinas > Arquitectura y Diseño > Planos"),
        ("Maquina Expendedora De Golosinas Snacks", "Industrias y Oficinas > Equipamiento para Comercios > Máquinas Expendedoras"),
        ("Cafetera Express Industrial 2 Grupos", "Industrias y Oficinas > Gastronomía y Hotelería > Cafeteras"),
        ("Carro Pancho Completo Con Baño Maria", "Industrias y Oficinas > Gastronomía y Hotelería"),
        ("Cuchilla Para Plotter Roland", "Industrias y Oficinas > Gráfica e Impresión > Cuchillas para Plotters"),
        ("Pulpo Serigrafico 4 Colores 4 Estaciones", "Industrias y Oficinas > Gráfica e Impresión > Serigrafía"),
        ("Cartel Luminoso Led Programable", "Industrias y Oficinas > Publicidad y Promoción > Carteles Luminosos"),
        ("Plancha Industrial A Vapor Con Caldera", "Industrias y Oficinas > Textil y Calzado > Lavado y Planchado"),
        ("Cono De Transito Reflectivo 70cm", "Industrias y Oficinas > Seguridad Laboral > Señalización"),
    ]);
}

/// Modelling dough, a playhouse, a toy robot, foam darts, bath ducks, a balance bike; a
/// resin mould, rubber bands, shoe laces, "papel glacé".
#[test]
fn toys_stationery_and_crafts_reach_their_branch() {
    assert_under_their_branch(&[
        ("Dardos De Espuma Repuesto X 50", "Juegos y Juguetes > Armas y Lanzadores de Juguete"),
        ("Masa Para Modelar Infantil 12 Colores", "Juegos y Juguetes > Arte y Manualidades > Masas y Plastilina"),
        ("Casita De Plastico Para Jardin Niños", "Juegos y Juguetes > Casas y Carpas para Niños"),
        ("Robot Transformable Control Remoto", "Juegos y Juguetes > Electrónicos para Niños"),
        ("Walkie Talkie Infantil Alcance 100m", "Juegos y Juguetes > Electrónicos para Niños > Walkie Talkies"),
        ("Bateria Infantil Con Banqueta", "Juegos y Juguetes > Instrumentos Musicales"),
        ("Colchoneta Inflable Flamenco Pileta", "Juegos y Juguetes > Juegos de Agua y Playa > Inflables para Piscina"),
        ("Cama Elastica 3 Metros Con Red", "Juegos y Juguetes > Juegos de Plaza y Aire Libre > Camas Elásticas"),
        ("Bloques Para Armar Rasti 200 Piezas", "Juegos y Juguetes > Juguetes de Construcción"),
        ("Juguete De Arrastre Perrito Madera", "Juegos y Juguetes > Juguetes para Bebés > Juegos de Arrastre"),
        ("Patos De Goma Para Baño X 3", "Juegos y Juguetes > Juguetes para Bebés > Juguetes para el Baño"),
        ("Mesa Y Sillas Infantil Plastico", "Juegos y Juguetes > Mesas y Sillas para Niños"),
        ("Bicicleta Rodado 16 Infantil Rueditas", "Juegos y Juguetes > Vehículos Montables para Niños > Bicicletas"),
        ("Camicleta Sin Pedales Madera", "Juegos y Juguetes > Vehículos Montables para Niños > Camicletas"),
        ("Play Mobil Granja Set", "Juegos y Juguetes"),
        ("Mate De Ceramica Para Pintar Bizcocho X 10", "Arte, Librería y Mercería > Arte y Manualidades > Adornos y Objetos para Pintar"),
        ("Molde De Silicona Para Resina Letras", "Arte, Librería y Mercería > Arte y Manualidades > Artesanía en Resina"),
        ("Gomitas Elasticas Bolsa 500 G", "Arte, Librería y Mercería > Librería > Banditas Elásticas"),
        ("Cordones Para Zapatillas Planos 120 Cm", "Arte, Librería y Mercería > Mercería > Cordones para Calzado"),
        ("Papel Glace Metalizado", "Arte, Librería y Mercería > Librería"),
    ]);
}

/// An old biscuit tin, a pocket watch, tattoo needles and inks, a dowsing pendulum, a
/// crypto miner; law codes, course books, a street guide, a sales catalogue.
#[test]
fn antiques_books_and_other_categories_reach_their_branch() {
    assert_under_their_branch(&[
        ("Lata Antigua Galletitas Bagley", "Antigüedades y Colecciones > Antigüedades > Latas y Botellas"),
        ("Reloj De Bolsillo Antiguo Plata", "Joyas y Relojes"),
        ("Pendulo De Cuarzo Radiestesia", "Otras categorías > Esoterismo > Péndulos"),
        ("Tintas Para Tatuar Intenze Set", "Otras categorías > Insumos para Tatuajes > Tintas"),
        ("Agujas Para Tatuar X 50 Descartables", "Otras categorías > Insumos para Tatuajes > Agujas"),
        ("Asic Antminer S9 Mineria Bitcoin", "Otras categorías > Criptomonedas"),
        ("Anatomia Humana Latarjet 4ta Edicion", "Libros, Revistas y Comics"),
        ("El Señor De Los Anillos Trilogia Minotauro", "Libros, Revistas y Comics"),
        ("Los Juegos Del Hambre Saga Completa", "Libros, Revistas y Comics"),
        ("Guia Filcar Buenos Aires 2014", "Libros, Revistas y Comics"),
        ("Catalogo Avon Campaña 15", "Libros, Revistas y Comics"),
        ("Cuadernillo Ingles Kids Oxford Activity Book", "Libros, Revistas y Comics"),
        ("Codigo Penal Argentino Comentado 2015", "Libros, Revistas y Comics"),
    ]);
}

/// A kitchen cupboard, carbon brushes and an armature for a grinder, a band saw, a
/// socket set; a photocell, a sealant silicone; a radio tuner.
#[test]
fn home_tools_building_and_electronics_reach_their_branch() {
    assert_under_their_branch(&[
        ("Alacena 3 Puertas 1.20 Blanca", "Hogar, Muebles y Jardín"),
        ("Carbones Para Amoladora Bosch Par", "Herramientas > Accesorios para Herramientas > Escobillas de Carbón"),
        ("Inducido Amoladora Black Decker", "Herramientas > Accesorios para Herramientas > Inducidos"),
        ("Sierra Sin Fin Carpintera 14 Pulgadas", "Herramientas > Herramientas Industriales > Sierras Sin Fin"),
        ("Juego De Tubos 1/2 Con Criquet", "Herramientas > Herramientas Manuales"),
        ("Fotocelula 10a Para Alumbrado", "Construcción > Electricidad > Fotocontroles"),
        ("Silicona Neutra Transparente 280ml", "Construcción > Materiales de Obra > Adhesivos y Selladores"),
        ("Sintonizador Tuner Yamaha", "Electrónica, Audio y Video > Audio > Sintonizadores"),
    ]);
}

/// The words' other senses, right before batch 21: charcoal, a cake, a gourd, shoes, concrete
/// blocks, an adult's bicycle, a home coffee maker, a leather belt, biscuits, printer ink,
/// disposable gloves, a car battery, a robot vacuum.
#[test]
fn other_senses_stay_where_they_were() {
    assert_under_their_branch(&[
        ("Carbon Vegetal Quebracho 5kg", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Hornos, Parrillas y Accesorios"),
        ("Bolsa De Carbon Para Asado 4kg", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Hornos, Parrillas y Accesorios"),
        ("Torta Bizcocho De Chocolate", "Alimentos y Bebidas"),
        ("Mate Imperial Calabaza Virola Alpaca", "Hogar, Muebles y Jardín > Bazar y Cocina > Café, Té y Mate"),
        ("Mate De Ceramica Pintado A Mano", "Hogar, Muebles y Jardín > Bazar y Cocina > Café, Té y Mate"),
        ("Zapatillas Nike Air Max", "Ropa y Accesorios > Calzado > Zapatillas"),
        ("Bloques De Cemento 15x20x40", "Construcción > Materiales de Obra"),
        ("Bicicleta Mountain Bike Rodado 29", "Deportes y Fitness > Ciclismo > Bicicletas"),
        ("Cafetera Express Oster 15 Bar", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Cocina > Cafeteras"),
        ("Cinturon De Cuero Hombre", "Ropa y Accesorios > Accesorios de Moda > Cinturones"),
        ("Galletitas Bagley Surtidas 400g", "Alimentos y Bebidas > Almacén > Galletitas"),
        ("Tinta Epson 664 Negra", "Computación > Impresión"),
        ("Guantes De Nitrilo Descartables X 100", "Salud y Equipamiento Médico"),
        ("Bateria Para Auto 12x65", "Accesorios para Vehículos"),
        ("Robot Aspiradora Xiaomi", "Electrodomésticos y Aires Ac."),
        ("Auto A Control Remoto 4x4", "Juegos y Juguetes > Vehículos de Juguete > Vehículos a Control Remoto"),
    ]);
}

/// A work's title is a phrase that opens with an article; a seller opens with the product's
/// noun. Both went to the product their title names ("casa", "tierra") before the sign.
#[test]
fn a_book_that_opens_with_an_article_is_a_book() {
    let cases = [
        ("La Casa De Los Espiritus Isabel Allende", "Libros, Revistas y Comics > Libros Físicos"),
        // Spelt with one t, as sellers often write it: "Follett" is an author the lexicon knows
        // since batch 22, which puts the title right without the sign.
        ("Los Pilares De La Tierra Ken Follet", "Libros, Revistas y Comics > Libros Físicos"),
    ];
    assert_on_their_leaf(&cases);
    assert_off_their_leaf_with(Tuning { leading_article: 0, ..Tuning::default() }, "the opening article", &cases);
}

/// Products sold under a brand or a character whose name opens with an article keep their
/// department: the sign (8 of 0.35) is below a product word's weight.
#[test]
fn a_product_that_opens_with_an_article_keeps_its_department() {
    assert_under_their_branch(&[
        ("La Serenisima Leche Entera Larga Vida 1 Litro", "Alimentos y Bebidas"),
        ("La Roche Posay Effaclar Duo 40ml", "Belleza y Cuidado Personal"),
        ("La Martina Remera Polo Hombre", "Ropa y Accesorios"),
        ("Las Marias Yerba Mate Taragui 1kg", "Alimentos y Bebidas"),
        ("La Campagnola Pure De Tomate 520g", "Alimentos y Bebidas"),
        ("Los Simpsons Muñeco Homero Figura 30cm", "Juegos y Juguetes"),
        ("La Sirenita Disfraz Ariel Nena", "Souvenirs, Cotillón y Fiestas"),
        ("El Chavo Del 8 Peluche Grande", "Juegos y Juguetes"),
        ("La Casa De Papel Buzo Canguro Unisex", "Ropa y Accesorios"),
        ("El Principito Taza Ceramica Personalizada", "Hogar, Muebles y Jardín"),
        ("La Gioconda Cuadro Canvas 60x90", "Hogar, Muebles y Jardín"),
        ("Las Tortugas Ninja Muñecos Set 4", "Juegos y Juguetes"),
        ("La Mejor Freidora De Aire 5 Litros", "Electrodomésticos y Aires Ac."),
        ("El Celular Samsung A54 Liberado", "Celulares y Teléfonos"),
        ("Las Zapatillas Nike Air Max Originales", "Ropa y Accesorios"),
    ]);
}
