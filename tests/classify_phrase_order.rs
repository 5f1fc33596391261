//! Batch 18 (issue 15): the order of a phrase's words. A phrase matched its two words in either
//! order, so a phone "con cargador" read as "cargador … celular" and went to chargers, and a
//! "carro a batería" (a child's ride-on car) to car batteries. Two fixes:
//! - a phrase read backwards across "con", "sin" or "incluye" (or "c/", "s/", or onto a part
//!   "incluido" follows) names no product
//!   (`Tuning::phrase_with`): what comes with the product is not the product;
//! - a phrase written `a>b` in the lexicon matches only in that order (`Tuning::phrase_order`),
//!   for pairs whose two orders are two products ("silla de ruedas", "ruedas para silla") and
//!   for the parts that a phone's, a laptop's, an appliance's or a vehicle's own titles name as
//!   specs ("pantalla 6.6", "batería 5000 mAh", "filtro hepa"): a spare part's title leads with
//!   the part ("Filtro para aspiradora").
//!
//! The titles are invented seller titles, not measurement data; each test checks that its
//! titles are wrong with its rule switched off, so the rule is what puts them right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::{assert_off_their_leaf_with, assert_on_their_leaf};
use listo::core::catalog::classify::Tuning;

/// A phone, a laptop, a console or a camera sold with its accessories is the product.
#[test]
fn a_product_with_its_accessories_is_the_product() {
    let cases = [
        ("Celular Motorola Moto G54 con cargador y funda", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("iPhone 13 128gb con cargador", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("iPhone 11 64gb sin cargador", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Notebook Lenovo Ideapad con cargador original", "Notebooks y Accesorios > Notebooks"),
        ("Tablet Samsung con teclado y funda", "Tablets y Accesorios > Tablets"),
        ("Cámara Canon T7 con lente 18-55 y bolso", "Cámaras > Cámaras Digitales"),
        ("Coche para bebé con silla para carro", "Paseo del Bebé > Cochecitos para Bebés"),
        // Argentine titles write "c/" and "s/" for "con" and "sin".
        ("Celular Samsung Galaxy J7 Liberado C/cargador Y Funda", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Notebook Lenovo G470 C/cargador Original", "Notebooks y Accesorios > Notebooks"),
        ("Iphone 5s 16gb S/ Cargador", "Celulares y Teléfonos > Celulares y Smartphones"),
        // Or write "incluido" after the part and its specs (batch 19).
        ("iPhone 12 64gb Cargador 20w Incluido", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Iphone 11 128gb Cargador Y Cable Incluidos", "Celulares y Teléfonos > Celulares y Smartphones"),
    ];
    assert_on_their_leaf(&cases);
    assert_off_their_leaf_with(Tuning { phrase_with: false, ..Tuning::default() }, "the \"con\" rule", &cases);
    // A console's controllers are also bound to their order ("control>ps4"): either rule puts
    // these right, and without both they go to gamepads.
    let consoles = [
        ("PS4 Slim 1TB con dos controles y 3 juegos", "Consolas y Videojuegos > Consolas"),
        ("Xbox Series S con control inalámbrico", "Consolas y Videojuegos > Consolas"),
    ];
    assert_on_their_leaf(&consoles);
    assert_off_their_leaf_with(Tuning { phrase_with: false, phrase_order: false, ..Tuning::default() }, "both order rules", &consoles);
}

/// The accessory itself keeps its leaf, whatever comes with it or however the seller orders
/// the words; and a phrase read backwards still fixes its words' sense (a toy doctor's set with
/// a syringe is no syringe).
#[test]
fn accessories_keep_their_leaf() {
    assert_on_their_leaf(&[
        ("Cargador para iPhone con cable lightning", "Cargadores y Accesorios > Cargadores"),
        ("Funda para Samsung A10 con tarjetero", "Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Samsung A54 funda silicona", "Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Control PS4 Dualshock 4 original", "PS4 - PlayStation 4 > Gamepads y Joysticks"),
        ("Funda para tablet Samsung con teclado bluetooth", "Tablets y Accesorios > Accesorios > Estuches y Fundas"),
        ("Lente para cámara Canon 50mm 1.8", "Lentes y Filtros > Lentes"),
        ("Bolso para cámara réflex con correa", "Para Cámaras Fotográficas > Bolsos"),
        ("Filtro para pecera 600 l/h", "Limpieza y Mantenimiento > Filtros"),
        ("Pantalla Samsung A10 original con marco", "Repuestos de Celulares > Displays y LCD"),
        ("Samsung Galaxy A10 pantalla display original", "Repuestos de Celulares > Displays y LCD"),
        ("Batería Samsung A10 original", "Repuestos de Celulares > Baterías"),
        ("Teclado notebook Dell Inspiron 15 español", "Notebooks y Accesorios > Repuestos > Teclados"),
        ("Set médico de juguete con jeringa y termómetro", "Juguetes de Oficios > Otros"),
        ("Subwoofer 12 pulgadas con cajón sellado", "Lunetas y Cajas Acústicas > Cajas Acústicas"),
    ]);
}

/// Pairs whose two orders are two products, and a phone's or a laptop's specs.
#[test]
fn a_phrase_bound_to_its_order_is_not_read_backwards() {
    let cases = [
        ("Ruedas para silla de oficina x5", "Repuestos de Sillas de Oficina > Ruedas"),
        ("Centro de mesa para boda", "Decoración para Fiestas > Centros de Mesa"),
        ("Batería para carro 12v 60ah", "Repuestos Autos y Camionetas > Baterías"),
        ("Escritorio para computadora en L", "Muebles para el Hogar > Escritorios"),
        ("Celular Samsung Galaxy A14 128gb pantalla 6.6 pulgadas", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Xiaomi Redmi Note 12 pantalla amoled 120hz", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Notebook HP 15 teclado numérico pantalla 15.6", "Notebooks y Accesorios > Notebooks"),
        ("Samsung Galaxy A15 128gb batería 5000mah", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Cámara Sony ZV-E10 lente 16-50", "Cámaras > Cámaras Digitales"),
        ("Refrigeradora LG 420 litros filtro de agua", "Refrigeración > Heladeras"),
        ("Aspiradora Electrolux 1600w filtro hepa", "Para Hogar > Aspiradoras"),
        ("Teclado Casio 61 teclas adaptador atril", "Teclados y Pianos > Teclados Musicales"),
        ("Xbox One S 1TB disco duro control inalámbrico", "Consolas y Videojuegos > Consolas"),
        ("Monitor Samsung 24 pulgadas soporte vesa", "Monitores y Accesorios > Monitores"),
        ("Proyector Epson lámpara nueva", "Proyectores y Pantallas > Proyectores"),
        ("Smart TV Samsung 55 control remoto", "Electrónica, Audio y Video > Televisores"),
    ];
    assert_on_their_leaf(&cases);
    assert_off_their_leaf_with(Tuning { phrase_order: false, ..Tuning::default() }, "the bound order", &cases);
    // The order written still reads as before.
    assert_on_their_leaf(&[
        ("Silla de ruedas plegable aluminio", "Sillas de Ruedas y Repuestos > Sillas de Ruedas"),
        ("Mesa de centro para sala madera", "Mesas Ratonas y Auxiliares > Mesas Ratonas"),
        ("Carro a batería para niños 12v", "Vehículos Montables para Niños > Vehículos a Batería"),
        ("Moto a batería para niños 6v", "Vehículos Montables para Niños > Vehículos a Batería"),
        ("Batería para moto 12v", "Repuestos Motos y Cuatriciclos > Baterías"),
        ("Computadora de escritorio Core i5", "PC de Escritorio > PC"),
        ("Guitarra eléctrica con amplificador", "Guitarras > Kits Guitarras y Amplificador"),
        ("Amplificador para guitarra 20w", "Micrófonos y Amplificadores > Amplificadores"),
        ("Piscina inflable 3 metros", "Piletas > Piletas Inflables"),
        ("Inflable para piscina unicornio", "Juegos de Agua y Playa > Inflables para Piscina"),
        ("Carbón para parrilla 5 kg", "Accesorios para Parrillas > Carbón"),
        ("Parrilla a carbón portátil", "Parrillas > A Carbón"),
        ("Vidrio para horno de cocina", "Para Cocinas y Hornos > Vidrios para Puertas"),
        ("Paleta de tenis de mesa", "Ping Pong > Paletas"),
        ("Espiral organizador de cables", "Cables > Mallas Cubre Cables"),
        ("Cable espiral para teléfono", "Accesorios > Cables Telefónicos"),
        ("Filtro para refrigeradora LG", "Filtros > Filtros de Agua"),
        ("Filtro hepa para aspiradora Electrolux", "Para Aspiradoras > Filtros"),
        ("Adaptador para teclado Casio 9v", "Teclados y Pianos > Accesorios > Fuentes de Alimentación"),
        ("Batería para taladro Dewalt 20v", "Accesorios para Herramientas > Baterías"),
        ("Cadena para bicicleta 9 velocidades", "Ciclismo > Repuestos > Cadenas"),
        ("Motor para lavadora Samsung", "Motores > Motores para Lavarropas"),
        ("Control Xbox Series X inalámbrico", "Para Xbox > Xbox Series X/S > Joysticks"),
        ("Soporte para monitor de 27 pulgadas", "Monitores y Accesorios > Soportes"),
        ("Lámpara para proyector Epson", "Piezas de Reposición > Lámparas"),
        ("Control remoto para TV Samsung", "Controles Remotos > Para TV"),
    ]);
}

/// Also in batch 18: the word after "sabor" names a flavour, not the product (it weighs as a
/// word after "para" does), so a chocolate-flavoured whey is a supplement and a chocolate ice
/// cream an ice cream; a protein bar is a supplement, an orthopaedic dog bed a dog's bed. Each
/// went elsewhere before (chocolates, chocolates, weight-lifting bars, hospital beds).
#[test]
fn a_flavour_names_no_product() {
    assert_on_their_leaf(&[
        ("Whey Protein 2 lb sabor chocolate", "Suplementos y Shakers > Suplementos Deportivos"),
        ("Helado sabor chocolate 1 litro", "Congelados > Helados y Postres"),
        ("Barra de proteína sabor chocolate x 12", "Suplementos y Shakers > Suplementos Deportivos"),
        ("Cama ortopédica para perro funda lavable", "Perros > Camas y Cuchas > Camas"),
        // Chocolate itself, a weight-lifting bar and a hospital bed keep their leaves.
        ("Chocolate Toblerone 100 g", "Dulces y Chocolates > Chocolates"),
        ("Barra olímpica 20 kg para pesas", "Pesas, Discos y Barras > Barras"),
        ("Cama ortopédica para paciente con barandas", "Camas y Colchones > Camas Ortopédicas"),
    ]);
    // Batch 19: a flavoured jelly went to stock cubes ("Caldos y Sabores"); a hair "gelatina" is
    // a styling gel.
    assert_on_their_leaf(&[
        ("Gelatina Sabor Fresa Royal 120g", "Premezclas > Premezclas Dulces"),
        ("Gelatina Royal Frutilla 40g X 12", "Premezclas > Premezclas Dulces"),
        ("Gelatina Capilar Para Rizos 500ml", "Cuidado del Cabello > Otros"),
    ]);
}
