//! Accuracy of the category suggestion on the real development titles (measurement only: read
//! from ../shared/data, never copied). Prints the same report as `listo classify-report` and
//! asserts the measured floors (see the constants: two of issue 4's targets are not yet met).

use listo::core::catalog::measure::{measure, measure_half, Half, Measurement};
use listo::core::catalog::Catalog;
use std::path::Path;

#[test]
fn suggestion_meets_the_accuracy_targets() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/titles-dev.csv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("SKIPPED: {} not found; accuracy not measured", path.display());
        return;
    };
    let m = measure(&Catalog::embedded(), &text).expect("readable CSV");
    println!("{}", m.render());
    assert_eq!(m.titles, 1667);
    assert!(m.top1 >= TOP1, "top-level top-1 {:.3}", m.top1);
    assert!(m.top3 >= TOP3, "top-level top-3 {:.3}", m.top3);
    assert!(m.second_top1 >= SECOND, "second-level top-1 {:.3}", m.second_top1);
    assert!(m.macro_top1 >= MACRO, "macro top-1 {:.3}", m.macro_top1);
}

/// Floors of one half: (top level all, 2015, 2024; second level 2024; leaf top-1 2024; leaf
/// among the three 2024; macro top-1), all on the first suggestion as `listo classify` prints.
struct Floors([f64; 7]);

fn assert_floors(name: &str, m: &Measurement, Floors(f): Floors) {
    let s = |src: &str| m.slice(src).cloned().unwrap_or_default();
    let measured = [s("all").top1, s("2015").top1, s("2024").top1, s("2024").second, s("2024").leaf1, s("2024").leaf3, m.macro_top1];
    let names = ["top level all", "top level 2015", "top level 2024", "second level 2024", "leaf top-1 2024", "leaf top-3 2024", "macro"];
    for ((n, got), floor) in names.iter().zip(measured).zip(f) {
        println!("{name}: {n} {got:.5} (floor {floor:.3})");
        assert!(got >= floor, "{name}: {n} {got:.3} under its floor {floor:.3}");
    }
}

/// The two halves of the development titles (see `measure::half_of`): the tuning half's errors
/// may be read, the check half's never are, so the check half forecasts titles never seen. The
/// floors are the measured figures rounded down to the tenth of a point. Both halves were
/// already read by the lexicon's earlier batches (which fitted the whole development set), so
/// even the check half overstates titles never seen for the 2015 titles; see docs/catalog.md.
#[test]
fn both_halves_hold_their_floors() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/titles-dev.csv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("SKIPPED: {} not found; accuracy not measured", path.display());
        return;
    };
    let catalog = Catalog::embedded();
    let tuning = measure_half(&catalog, &text, Half::Tuning).expect("readable CSV");
    let check = measure_half(&catalog, &text, Half::Check).expect("readable CSV");
    assert_eq!(tuning.titles + check.titles, 1667);
    assert_floors("tuning half", &tuning, TUNING_FLOORS);
    assert_floors("check half", &check, CHECK_FLOORS);
    // When the leaf is unsure and Listo names a branch instead ("elige la más específica"), the
    // true leaf is under it: thresholds chosen on the tuning half (`branch.rs`).
    for (name, m, floor) in [("tuning half", &tuning, 0.96), ("check half", &check, 0.96)] {
        let s = m.slice("2024").cloned().unwrap_or_default();
        println!("{name}: branch named 2024 {:.5}, right {:.5} (floor {floor:.3}), leaf shown {:.5}", s.branch, s.branch_right, s.shown);
        assert!(s.branch_right >= floor, "{name}: branch right on 2024 titles {:.3} under {floor:.3}", s.branch_right);
        assert!(s.branch > 0.05, "{name}: a branch is named for {:.3} of 2024 titles", s.branch);
    }
}

// In batch 25 a yogurt starter culture ("fermento", "iniciador") went from the yogurt makers'
// leaf to food supplements: the tuning half's 2024 top level 0.958 → 0.972 (three titles the
// labels file under supplements), but its 2024 leaf among the three 0.926 → 0.921 (a pack of
// cheese cultures the label files under yogurt makers); the check half's 2024 top level went
// 0.947 → 0.955 and its leaf among the three did not move.
const TUNING_FLOORS: Floors = Floors([0.807, 0.756, 0.972, 0.930, 0.893, 0.921, 0.757]);
// The check half's 2024 leaf top-1 went from 0.861 to 0.857 (one title) in batch 16, when
// phrases began to match with a near word as written (`near::read_near_words`): 94 lexicon
// phrases had never matched. The tuning half also lost one 2024 title (a pre-workout the label
// files under food supplements, now a sports supplement); held-out invented titles gained one.
// In batch 17 a phrase began to fix the sense of its words (`Tuning::phrase_sense`): the check
// half gained 2015 titles (top level 0.798 → 0.802, macro 0.786 → 0.792) and lost one 2024
// title (top level 0.947 → 0.943, second level 0.931 → 0.927, leaf top-1 0.857 → 0.853); the
// tuning half and the held-out invented titles did not move. Its third round of raised phrase
// weights then cost the check half one 2015 title (0.802 → 0.800), not read. In batch 18 a
// phrase read backwards across "con" stopped naming the product (`Tuning::phrase_with`): the
// check half gained one 2024 title back (0.943 → 0.947, 0.927 → 0.931, 0.853 → 0.857); the
// tuning half's first suggestions did not move.
const CHECK_FLOORS: Floors = Floors([0.837, 0.794, 0.955, 0.930, 0.857, 0.918, 0.783]);

// Issue 4's targets are top-1 0.80, top-3 0.92, second level 0.60, macro 0.70. Top-1 and macro
// are met; top-3 (measured 0.911) and second level (0.575) are NOT. (Issue 15's leaf knowledge
// cost 0.5 points of top-1 and 0.4 of top-3 on the whole set, mostly 2015 titles the old lexicon had
// been fitted to, and gained 0.3 of second level; batch 3's department vocabulary gave back
// 0.3 of top-1.) The second level is held
// down by the measurement set labelling most books "Libros, Revistas y Comics > Otros": the
// classifier suggests "Libros Físicos" for books (author names included) and does not imitate
// that label. These floors are the measured levels (rounded down to the half point) so any
// regression fails. Raise them as the classifier improves.
const TOP1: f64 = 0.815;
const TOP3: f64 = 0.91;
const SECOND: f64 = 0.575;
const MACRO: f64 = 0.75;

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

/// Invented titles from Ecuador's best-selling categories (technology, pets, fashion, beauty,
/// supplements) in Ecuadorian wording: the first suggestion must be the leaf a seller would
/// pick. Not measurement data: written for this test.
#[test]
fn best_sellers_land_in_their_leaf() {
    let cases = [
        ("Labial mate larga duración", "Maquillaje > Labios > Labiales"),
        ("Faja colombiana reductora talla M", "Tratamientos de Belleza > Fajas Reductoras"),
        ("Lámpara UV LED para uñas 48W", "Uñas Esculpidas > Cabinas para Uñas"),
        ("Se arrienda departamento 2 habitaciones", "Inmuebles > Departamentos > Alquiler"),
        ("Pantaloneta deportiva hombre", "Ropa Deportiva > Shorts"),
        ("Balanceado Procan adulto 15 kg", "Perros > Alimento, Premios y Suplemento > Alimento"),
        ("Protector solar facial FPS 50", "Protección Solar > Protector Solar"),
        ("Arena sanitaria aglomerante para gatos 10 kg", "Artículos Sanitarios > Piedras Sanitarias"),
        ("Camiseta de fútbol Ecuador", "Fútbol > Ropa y Calzado > Camisetas"),
        ("Bolso de mano para mujer", "Equipaje, Bolsos y Carteras > Carteras"),
        ("Balanceado para perro adulto raza mediana 15 kg", "Perros > Alimento, Premios y Suplemento > Alimento"),
        ("Celular Samsung Galaxy A15 128gb dual sim", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Audífonos inalámbricos bluetooth", "Audio > Auriculares"),
        ("Perfume para hombre 100 ml eau de toilette", "Belleza y Cuidado Personal > Perfumes"),
        ("Creatina monohidratada 300 g sin sabor", "Suplementos y Shakers > Suplementos Deportivos"),
        ("Terno para caballero slim fit", "Ropa y Accesorios > Trajes"),
        ("Jean para hombre corte recto", "Ropa y Accesorios > Pantalones"),
        ("Correa retráctil para perro 5 metros", "Animales y Mascotas > Correas para Mascotas"),
        ("Snacks para perro sabor pollo", "Perros > Alimento, Premios y Suplemento > Golosinas"),
        ("Transportadora para gato", "Gatos > Viaje y Paseo > Bolsas y Transportadoras"),
        // Issue 15's second batch: leaves that had no distinctive word, and a branch named after
        // its main product ("Monitores y Accesorios") that backs off to that product's leaf.
        ("Monitor LG 24 pulgadas IPS Full HD", "Monitores y Accesorios > Monitores"),
        ("Pava eléctrica acero inoxidable 1,7 litros", "Para Cocina > Jarras Eléctricas"),
        ("Módulo pantalla Samsung A12 con marco", "Repuestos de Celulares > Displays y LCD"),
        ("Cápsulas Dolce Gusto cappuccino x 16", "Infusiones > Cápsulas"),
        ("Secador de pelo iónico 2000W", "Artefactos para el Cabello > Secadores de Pelo"),
        ("Chupete de silicona 0-6 meses", "Chupetes y Mordillos > Chupetes"),
        ("Carro montable a batería 12V para niños", "Vehículos Montables para Niños > Vehículos a Batería"),
        ("Nivel láser 360 líneas verdes", "Niveles > Niveles Láser"),
        ("Funda para tablet Samsung Tab A8", "Tablets y Accesorios > Accesorios > Estuches y Fundas"),
        ("Casco de seguridad industrial con rachet", "Protección Personal > Cascos"),
        ("Impresora térmica de tickets 80 mm", "Gráfica e Impresión > Impresoras Térmicas"),
        ("Cargador para laptop Lenovo 65W", "Accesorios para Laptops > Cargadores y Fuentes"),
        // Batch 6: memory cards are sold with what uses them (micro SD: phones; SD: cameras),
        // not under computer storage's catch-all.
        ("Memoria micro SD 64GB clase 10", "Accesorios para Celulares > Memorias"),
        ("Tarjeta de memoria Sandisk 128gb", "Accesorios para Celulares > Memorias"),
        ("Memoria SD Sandisk Extreme 128gb para cámara", "Tarjetas de Memoria y Lectores > Memorias"),
        // Batch 6 audit: pets, fashion, beauty, supplements (invented titles).
        ("Zapatos de cuero hombre formales café", "Calzado > Mocasines y Oxfords"),
        ("Tacos de mujer charol negro 10 cm", "Calzado > Stilletos y Plataformas"),
        ("Leggins deportivos mujer licra push up", "Ropa y Accesorios > Calzas"),
        ("Pipeta antipulgas para perro de 10 a 20 kg", "Animales y Mascotas > Perros > Otros"),
        ("Arena de sílice para gato 3.8 L", "Artículos Sanitarios > Piedras Sanitarias"),
        ("Pañales para perro hembra talla M", "Perros > Estética e Higiene > Pañales"),
        ("Pestañas postizas 3D pelo de visón", "Ojos, Pestañas y Cejas > Extensiones de Pestañas"),
        ("Rasuradora eléctrica para hombre Gillette", "Afeitadoras > Afeitadoras Eléctricas"),
        ("Proteína Whey Gold Standard 5 lb chocolate", "Suplementos y Shakers > Suplementos Deportivos"),
        ("Colágeno hidrolizado en polvo con vitamina C", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        // Batch 6 audit: technology (invented titles).
        ("Playstation 5 Slim Edición Digital 1tb Nueva", "Consolas y Videojuegos > Consolas"),
        ("Tv Box Android 4k Mxq Pro 2gb 16gb", "Electrónica, Audio y Video > Media Streaming"),
        ("Vidrio Templado 9d Full Glue Xiaomi Redmi 12", "Carcasas, Fundas y Protectores > Protectores de Pantalla"),
        ("Power Bank 20000 Mah Xiaomi Carga Rápida", "Accesorios para Celulares > Baterías"),
        ("Xiaomi Redmi Smart Band 8 Pulsera Inteligente", "Smartwatches y Accesorios > Smartwatches"),
        ("Combo Teclado Y Mouse Inalámbrico Genius", "Mouses y Teclados > Kits de Mouse y Teclado"),
        ("Ea Sports Fc 25 Ps5 Disco", "Consolas y Videojuegos > Videojuegos"),
        ("Cámara Canon Eos Rebel T7 Lente 18-55", "Cámaras > Cámaras Digitales"),
        ("Forro Case Silicón iPhone 14 Pro Max Magsafe Transparente", "Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Audífonos Bluetooth Inalámbricos I12 Tws Táctiles", "Audio > Auriculares"),
        // Brands that feed dogs and cats let the species decide; a chair's cushion stays a chair.
        ("Royal Canin Kitten 2 kg alimento para gato", "Gatos > Alimento, Premios y Suplemento > Alimento"),
        ("Silla gamer reclinable con cojín", "Accesorios para PC Gaming > Sillas Gamer"),
        ("Funda de cojín bordada", "Fundas > Fundas para Almohadones"),
        // Batch 6 audit: home, appliances, tools, building (invented titles).
        ("Sábanas 2 plazas 1800 hilos microfibra", "Ropa de Cama > Sábanas"),
        ("Congelador horizontal 200 litros", "Refrigeración > Freezers"),
        ("Calefón a gas 16 litros", "Termotanques y Calefones > Calefones"),
        ("Cinta métrica 5 metros Truper", "Medidores de Longitud > Cintas Métricas"),
        ("Ducha eléctrica Lorenzetti", "Duchadores > Eléctricos"),
        ("Secadora de ropa Whirlpool 20 kg", "Lavado > Secarropas"),
        ("Juego de destornilladores 6 piezas", "Sets de Herramientas > Sets de Destornilladores"),
        ("Tacho de basura con pedal 20 litros", "Almacenamiento y Organización > Cestos de Residuos"),
        // Batch 6 audit: babies, toys, food, sports gear (invented titles).
        ("Pañitos húmedos Huggies x 80 pack de 3", "Higiene y Cuidado del Bebé > Toallitas Húmedas"),
        ("Pijama enterizo para bebe 6-9 meses", "Ropa y Calzado para Bebés > Pijamas"),
        ("Canguro portabebé ergonómico", "Mochilas y Porta Bebés > Mochilas"),
        ("Andadera para bebé con juguetes musical", "Andadores y Vehículos de Bebés > Andadores y Caminadores"),
        ("Asiento de carro para niño booster", "Paseo del Bebé > Huevitos y Sillitas para Autos"),
        ("Guantes de box Everlast 12 oz", "Protección y Defensa > Guantes"),
        ("Carro a control remoto 4x4 recargable escala 1:16", "Vehículos de Juguete > Vehículos a Control Remoto"),
        ("Mochila pañalera impermeable con cambiador", "Artículos de Maternidad > Mochilas y Bolsos Maternales"),
        // "Velador" and "scooter" each name two products; the rest of the title decides.
        ("Velador de madera con 2 cajones", "Muebles para el Hogar > Mesas de Luz"),
        ("Velador LED táctil recargable", "Lámparas > Veladores y Lámparas de Mesa"),
        ("Scooter para niños 3 ruedas con luces", "Vehículos Montables para Niños > Monopatines > De Pie"),
        ("Scooter Yamaha 125cc", "Repuestos Motos y Cuatriciclos > Otros"),
    ];
    assert_on_their_leaf(&cases);
}

/// Invented titles typed the way sellers type on a phone: diminutives (Ecuadorian Spanish is full
/// of them) and one-letter slips of words of eight letters or more (`near.rs`). Each went to a
/// wrong department or leaf before near words were read; the plain word is in the index.
#[test]
fn diminutives_and_slips_land_in_their_leaf() {
    let cases = [
        ("Camita para perrito", "Camas y Cuchas > Camas"),
        ("Collarcito para perrito", "Collares, Correas y Arneses > Collares"),
        ("Vestidito de fiesta para niña", "Ropa y Accesorios > Vestidos"),
        ("Zapatitos de bebe tejidos", "Ropa y Calzado para Bebés > Calzados"),
        ("Sandalitas para niña", "Calzado > Sandalias y Ojotas"),
        ("Cuchillito de cocina", "Cubiertos > Cuchillería"),
        ("Juguetito para gato con plumas", "Gatos > Juguetes"),
        ("Chaquetita de jean para niña", "Abrigos > Camperas, Tapados y Trenchs"),
        ("Licuadra Oster 3 velocidades", "Preparación de Bebidas > Licuadoras"),
        ("Zapatilas deportivas mujer", "Calzado > Zapatillas"),
        ("Bicicelta montañera aro 29", "Ciclismo > Bicicletas"),
        ("Protetor solar facial", "Protección Solar > Protector Solar"),
        ("Refrigeradra Indurama 14 pies", "Refrigeración > Heladeras"),
        ("Audiffonos bluetooth con microfono", "Audio > Auriculares"),
        ("Televisro Samsung 50 pulgadas 4k", "Electrónica, Audio y Video > Televisores"),
        ("Cargadorr original Samsung 25w", "Cargadores y Accesorios > Cargadores"),
    ];
    assert_on_their_leaf(&cases);
}

/// Invented titles from the batch-8 audits (about 3,000 titles written for them in two rounds,
/// about half in the Argentine style of 2013–2015 that the sealed measurement is made of, the
/// rest as an Ecuadorian seller types today), over every department that sells: home and
/// garden, tools, building, appliances, electronics, computing, cameras, phones, toys, industry
/// and office, health, art, vehicles, sports, collections and media, babies, food, beauty and
/// jewellery. Each went to a wrong department or leaf before the audit's edits. Not measurement
/// data: written for this test.
#[test]
fn older_and_everyday_goods_land_in_their_leaf() {
    let cases = [
        ("Tender Para Ropa De Pie Plegable Acero", "Cuidado del Hogar y Lavandería > Accesorios para Lavandería > Tenders"),
        ("Funda De Basura Industrial Negra 100 Unidades", "Cuidado del Hogar y Lavandería > Desechables > Bolsas de Basura"),
        ("Macetero De Ceramica Esmaltada Grande", "Decoración de Exterior > Macetas y Maceteros > Maceteros"),
        ("Moto Guadaña Stihl Fs 280", "Herramientas para Jardín > Desmalezadoras y Bordeadoras > A Combustión"),
        ("Latex Interior Alba 20 Litros Blanco Mate", "Pinturería > Pinturas > Esmaltes y Látex"),
        ("Llave Termica Bipolar 2x20 Sica", "Interruptores y Enchufes > Interruptores > Interruptores Automáticos"),
        ("Licuadora Philips 600w Vaso Vidrio", "Pequeños Electrodomésticos > Para Cocina > Preparación de Bebidas > Licuadoras"),
        ("Caloventor Electrico 2000w Liliana", "Climatización > Estufas y Calefactores > Eléctricos"),
        ("Termotanque Rheem 80 Litros Gas", "Climatización > Termotanques y Calefones > Termotanques"),
        ("Maquina De Coser Singer Facilita", "Pequeños Electrodomésticos > Para Hogar > Máquinas de Coser"),
        ("Calefactor Orbis Tiro Balanceado 5000 Calorias", "Climatización > Estufas y Calefactores > A Gas"),
        ("Caño Termofusion 20mm Acqua System", "Plomería > Conexiones > Tubos"),
        ("Velador De Mesa Con Pantalla De Tela", "Iluminación para el Hogar > Lámparas > Veladores y Lámparas de Mesa"),
        ("Lavavajillas Ariston 12 Cubiertos", "Electrodomésticos y Aires Ac. > Lavado > Lavavajillas"),
        ("Juego De Jardin Hierro Forjado Mesa Y 4 Sillas", "Muebles para Exterior > Mesas y Sets de Muebles > Juegos de Muebles de Jardín"),
        ("Morsa De Banco 5 Pulgadas", "Herramientas > Herramientas Manuales > Morsas"),
        ("Cuchara De Albañil Gherardi", "Herramientas Manuales > Albañilería > Cucharas"),
        // Batch 8 expected the thermos leaf; batch 26 gave the spout its own leaf ("Picos para
        // Termos"), which the tree has for exactly this spare part.
        ("Pico Para Termo Stanley", "Bazar y Cocina > Almacenamiento y Organización > Picos para Termos"),
        ("Blackberry Curve 9320 Personal Whatsapp", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Auricular Manos Libres Samsung Original Blanco", "Accesorios para Celulares > Auriculares y Manos Libres"),
        ("Computadora Portatil Dell Inspiron 15 3000", "Notebooks y Accesorios > Notebooks"),
        ("Mother Asus H81m Socket 1150", "Componentes de PC > Placas > Motherboards"),
        ("Placa De Video Nvidia Gt 610 1gb Ddr3", "Placas > Placas de Video"),
        ("Cd Virgen Verbatim X 50 Unidades", "Discos y Accesorios > Discos Vírgenes"),
        ("Pasta Termica Arctic Mx-4 4gr", "Limpieza y Cuidado de PCs > Pasta Térmica"),
        ("Kindle Paperwhite 16gb Luz Calida", "Tablets y Accesorios > E-readers"),
        ("Equipo De Musica Aiwa Doble Casetera Usado", "Audio > Minicomponentes"),
        ("Soporte Tv Led Lcd 32 A 55 Pulgadas Movil", "Accesorios para TV > Soportes"),
        ("Camara Gopro Hero 12 Black", "Cámaras y Accesorios > Filmadoras y Cámaras de Acción"),
        ("Flash Yongnuo 560 Iv Para Canon Nikon", "Flashes y Accesorios > Flashes para Cámaras"),
        ("Tv Box Xiaomi Mi Box S 4k", "Electrónica, Audio y Video > Media Streaming"),
        ("Lcd 42 Bgh Full Hd", "Electrónica, Audio y Video > Televisores"),
        ("Mouse Optico Usb Logitech M90", "Mouses y Teclados > Mouses"),
        ("Rasti Caja 300 Piezas Ladrillos Para Armar", "Juguetes de Construcción > Bloques y Figuras para Armar"),
        ("Titere De Mano De Tela Animalitos Infantiles", "Títeres y Marionetas > Títeres y Marionetas"),
        ("Avion Planeador Telgopor A Control Remoto 2.4 Ghz", "Aeromodelismo > Aviones"),
        ("Juego De Te Vajilla Juguete Porcelana Niña", "Juguetes de Cocina > Utensilios de Cocina"),
        ("Fotocopiadora Ricoh Aficio 2018 Multifuncion Usada", "Fotocopiadoras y Accesorios > Fotocopiadoras"),
        ("Muletas De Aluminio Regulables Par", "Movilidad > Muletas"),
        ("Medias De Compresion Para Varices Hasta La Rodilla", "Podología > Medias de Compresión"),
        ("Sillon Odontologico Completo Con Lampara Usado", "Equipamiento Odontológico > Sillones Odontológicos"),
        ("Camilla Para Masajes Plegable Portatil Aluminio", "Camillas y Sillas > Camillas para Masajes"),
        ("Bastidor Entelado 40x50 Para Pintura Al Oleo", "Artística y Pintura > Bastidores"),
        ("Teclado Yamaha Psr E363 61 Teclas Sensitivo", "Teclados y Pianos > Teclados Musicales"),
        ("Juego Teg Clasico Yetem Completo", "Juegos de Mesa y Cartas > Juegos de Mesa"),
        ("Pizarra Magnetica Infantil Doble Faz Con Atril", "Atriles, Pizarras y Pizarrones > Pizarras y Pizarrones"),
        ("Tarjetas Para Reloj Control Horario X 100", "Control de Acceso y Asistencia > Controladores de Asistencia"),
        ("Guillotina Para Papel Manual A3 Cuchilla", "Cortadoras de Papel > Manuales"),
        ("Cubiertas Pirelli P400 175/70 R13 Nuevas Oferta", "Neumáticos > Neumáticos de Auto y Camioneta"),
        ("Bomba De Nafta Peugeot 206 1.4 Electrica Completa", "Motor > Bombas > Bombas de Combustible"),
        ("Aceite Elaion F50 5w40 Sintetico 4 Litros", "Lubricantes y Fluidos > Autos y Camionetas > Aceites > Para Motor"),
        ("Tapa De Cilindro Renault Kangoo 1.9 Diesel", "Topes de Cilindros > Tapas de Cilindros"),
        ("Lona Para Camion Acoplado 8x10 Metros", "Accesorios para Línea Pesada > Accesorios de Exterior > Lonas"),
        ("Retrovisor Lateral Kia Rio 2018 Electrico Izquierdo", "Espejos Retrovisores y Vidrios > Espejos Retrovisores Laterales"),
        ("Aceite Para Moto 20w50 4 Tiempos", "Lubricantes y Fluidos > Motos > Aceites > Para Motor"),
        ("Kit Arrastre Yamaha Ybr 125", "Repuestos Motos y Cuatriciclos > Transmisión > Kit de Transmisión"),
        ("Bateria Willard 12x65 Ub620", "Repuestos Autos y Camionetas > Baterías"),
        ("Aros Plata 925 Mujer Con Circones", "Joyas y Bijouterie > Aros"),
        ("Leche Maternizada Nan 1 Lata 800g", "Bebés > Comida para Bebés > Leche Maternizada"),
        ("Butaca Auto Bebe 0 A 18 Kg Reclinable", "Paseo del Bebé > Huevitos y Sillitas para Autos"),
        ("Salame Milan Picado Grueso 1kg", "Frescos > Fiambres"),
        ("Rifle Aire Comprimido 5.5 Gamo", "Tiro Deportivo > Armas de Aire Comprimido"),
        ("Delineador Liquido Negro Maybelline", "Ojos, Pestañas y Cejas > Delineadores de Ojos"),
        ("Pro Plan gato adulto 3 kg", "Gatos > Alimento, Premios y Suplemento > Alimento"),
        ("Zinc 50 mg 100 tabletas", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Pulidora angular Bosch 7 pulgadas", "Herramientas Eléctricas > Corte > Amoladoras"),
        ("Aire Acondicionado Portatil 3500 frigorias", "Climatización > Aires Acondicionados"),
        ("Aros Plata 925 Argollas", "Joyas y Bijouterie > Aros"),
        ("Argollas Plata 925", "Joyas y Bijouterie > Aros"),
        ("Esclava De Plata Hombre Grabada", "Joyas y Bijouterie > Pulseras"),
        ("Rolex Submariner Acero Automatico", "Relojes > Relojes Pulsera"),
        ("Cadena Gruesa Acero Hombre Cubana", "Joyas y Bijouterie > Collares"),
        ("Joggin Frisa Puño Hombre Gris", "Ropa y Accesorios > Pantalones"),
        ("Bombacha De Campo Gaucha Hombre Grafa", "Ropa y Accesorios > Pantalones"),
        ("Malla Enteriza Mujer Reductora", "Ropa y Accesorios > Trajes de Baño"),
        // Batch 8's audit placed it among the babies' health "Otros"; batch 21 gave the bath
        // thermometer its own leaf's words, the more specific place for it.
        ("Termometro Digital Bebe Baño", "Bebés > Artículos de Bebés para Baño > Termómetros para Baño"),
        ("Vitaminas Para Perros Suplemento", "Perros > Alimento, Premios y Suplemento > Suplementos"),
        ("Aro Plata", "Joyas y Bijouterie > Aros"),
        ("Secadora de cabello Remington 2000W", "Artefactos para el Cabello > Secadores de Pelo"),
        ("Espiral para mosquitos Fuyi x 12", "Repelentes > Espirales y Papeles Repelentes"),
        ("Espiral delantero Corsa", "Repuestos Autos y Camionetas > Suspensión y Dirección > Espirales"),
        ("Bomba de agua 1/2 hp periferica", "Construcción > Plomería > Bombas > Bombas Centrífugas"),
        ("Rack Tv Lcd Led 42 Melamina Wengue", "Muebles para el Hogar > Muebles para TV"),
        ("Cucheta Marinera Pino Con Cajones", "Muebles para el Hogar > Camas, Bases y Respaldos > Camas"),
        ("Bombilla Alpaca Pico De Loro", "Mates y Accesorios > Bombillas para Mate"),
        ("Jabon En Polvo Skip Matic 3kg", "Productos de Lavandería > Jabón para Ropa"),
        ("Mampara De Baño Vidrio Templado 1.60", "Baños > Mamparas y Cabinas"),
        ("Cloro Granulado Pileta Clorotec 10 Kg", "Limpieza y Mantenimiento > Cloro para Piletas"),
        // A DVR with four cameras is a kit (batch 10 sends it to the kits leaf; it was the cameras leaf).
        ("Camara Dvr Kit 4 Camaras Cctv", "Sistemas de Monitoreo > Kits de Seguridad"),
        ("Cerca Electrica Kit Completo Energizador", "Seguridad para el Hogar > Seguridad Perimetral > Boyeros Electrificadores"),
        ("Llave De Lavabo Cromada Fv", "Baños > Grifería para Baño > Griferías Convencionales"),
        ("Aromatizante Ambiente Glade Aerosol", "Productos de Limpieza > Aromatizadores"),
        ("Velador Base Ceramica Con Pantalla Tela", "Lámparas > Veladores y Lámparas de Mesa"),
        ("Horno De Barro Para Pizza Usado", "Hornos, Parrillas y Accesorios > Hornos a Leña"),
        ("Raqueta Electrica Mata Mosquitos", "Repelentes > Raquetas Eléctricas"),
        ("Portero Electrico Commax Audio", "Sistemas de Monitoreo > Porteros Eléctricos"),
        ("Alacena 3 Puertas Melamina Cocina", "Muebles de Cocina > Alacenas y Bajo Mesadas"),
        ("Matafuego 1 Kg Abc Con Soporte Para Auto", "Seguridad Vehicular > Matafuegos"),
        ("Kit Cierre Centralizado Gol Trend 4 Puertas", "Seguridad Vehicular > Cierres Centralizados"),
        ("Chaleco Reflectivo Homologado Vtv Amarillo", "Seguridad Vehicular > Chalecos Reflectivos"),
        ("Cadenas Para Nieve Rodado 15 Par", "Seguridad Vehicular > Cadenas para Nieve"),
        ("Aspiradora Para Carro 12v Portatil", "Limpieza de Vehículos > Aspiradoras"),
        ("Franela Microfibra Secado Auto 60x40", "Limpieza de Vehículos > Paños"),
        ("Camilla Para Mecanico Con Ruedas Taller", "Herramientas para Vehículos > Camillas para Mecánicos"),
        ("Espejos Retrovisores Gilera Smash Par Negros", "Repuestos Motos y Cuatriciclos > Espejos"),
        ("Kit Cilindro Honda Wave 110 Standard", "Repuestos Motos y Cuatriciclos > Motor > Cilindros"),
        ("Filtro De Combustible Hino 500 Original", "Repuestos de Línea Pesada > Filtros > Filtros de Combustible"),
        ("Optica Trasera Vw Gol Power 2009 Izquierda", "Repuestos Autos y Camionetas > Iluminación > Faros Traseros"),
        ("Polarizado Para Vidrios Rollo 50cm Humo 20%", "Seguridad Vehicular > Polarizado"),
        ("Tapizados Cuero Ecologico Fiat Palio A Medida", "Accesorios de Interior > Fundas para Asientos"),
        ("Camara Para Cubierta Moto 275 18 Pirelli", "Neumáticos > Cámaras para Neumáticos"),
        ("Bomba De Agua Peugeot 206 1.6 Nafta Skf", "Motor > Bombas > Bombas de Agua"),
        ("Caja Registradora Antigua National A Manivela", "Antigüedades > Registradoras Antiguas"),
        ("Pelota Autografiada Messi Con Certificado", "Antigüedades y Colecciones > Coleccionables de Deportes"),
        ("Box Set Breaking Bad Temporadas 1 A 5 Dvd", "Música, Películas y Series > Series de TV"),
        ("Dvd Concierto Queen Live At Wembley", "Música, Películas y Series > Música"),
        ("Banjo 5 Cuerdas Con Funda", "Instrumentos de Cuerdas > Banjos"),
        ("Monitores De Estudio Krk Rokit 5 Par", "Estudio de Grabación > Monitores de Estudio"),
        ("Banqueta Para Bateria Regulable Acolchada", "Accesorios para Percusión > Banquetas"),
        ("Cartucho Family Game 1000 En 1", "Consolas y Videojuegos > Videojuegos"),
        ("Fuente De Poder Ps3 Slim Repuesto", "Repuestos para Consolas > Para PlayStation > Otros"),
        ("Cadena Shimano 9 Velocidades Hg53", "Ciclismo > Repuestos > Cadenas"),
        ("Discos De Fundicion 5 Kg Agujero 25mm", "Pesas, Discos y Barras > Discos"),
        ("Plataforma Vibratoria 2000w Con Control", "Máquinas Cardiovasculares > Plataformas Vibratorias"),
        ("Cartucho Gas Butano 227g Camping", "Accesorios de Camping > Cartuchos de Gas Butano"),
        ("Cooler Termico 45 Litros Para Playa", "Recipientes Térmicos > Heladeras Térmicas"),
        ("Medias De Futbol Largas Adulto", "Fútbol > Ropa y Calzado > Medias de Fútbol"),
        ("Estufa Halogena 3 Velas Con Turbo", "Estufas y Calefactores > Eléctricos"),
        ("Radiador De Aceite 7 Elementos Electrico", "Estufas y Calefactores > Eléctricos"),
        ("Calentador De Agua A Gas 16 Litros Bosch", "Termotanques y Calefones > Calefones"),
        ("Campana Extractora Spar 60 Cm Acero", "Cocción > Extractores y Purificadores"),
        ("Salamandra A Leña Tromen Usada", "Chimeneas y Salamandras > Salamandras"),
        ("Lavavajillas Drean Dish 15.2", "Lavado > Lavavajillas"),
        ("Bateria Canon Lp-e17 Original", "Cargadores y Baterías > Baterías para Cámaras"),
        ("Home Theatre Philips 5.1 Dvd Usb Hdmi", "Audio > Home Theaters"),
        ("Diskettes 3 1/2 Verbatim Caja X 10", "Almacenamiento > Diskettes"),
        ("Modem 3g Usb Huawei E173 Liberado", "Conectividad y Redes > Modems"),
        ("Case Gamer Con 4 Ventiladores Rgb Vidrio Templado", "Gabinetes de PC y Soportes > Gabinetes"),
        ("Decodificador Tda Noblex Con Hdmi", "Accesorios para TV > Decodificadores para TV"),
        ("Soporte Tv Brazo Movil 14 A 42 Pulgadas", "Accesorios para TV > Soportes"),
        ("Aspiradora Robot Roborock Q7", "Para Hogar > Aspiradoras Robot"),
        ("Purificador De Agua Por Osmosis Inversa 5 Etapas", "Dispensadores y Purificadores > Filtros de Ósmosis Inversa"),
        ("Antiparras Proteccion Transparente 3m Anti Empaño", "Seguridad Laboral > Protección Personal > Anteojos y Antiparras"),
        ("Guantes De Vaqueta Reforzados Par Soldador", "Seguridad Laboral > Protección Personal > Guantes"),
        ("Carro De Supermercado 100 Litros Usado", "Equipamiento para Comercios > Carros de Supermercado"),
        ("Pulseras Tyvek Para Eventos Numeradas X 500", "Identificación para Eventos > Pulseras de Identificación"),
        ("Reloj Control Personal Huella Digital Zkteco", "Control de Acceso y Asistencia > Controladores de Asistencia"),
        ("Autito A Control Remoto 4x4 Recargable Todo Terreno", "Vehículos de Juguete > Vehículos a Control Remoto"),
        ("Cuatriciclo A Bateria Para Niños 12v", "Vehículos Montables para Niños > Vehículos a Batería"),
        ("Mesa De Pool Profesional Paño Verde Con Tacos", "Juegos de Salón > Pool > Mesas"),
        ("Nebulizador A Piston Silfab Para Adultos Y Niños", "Tratamientos Respiratorios > Nebulizadores"),
        ("Tijera De Sastre Profesional 10 Pulgadas", "Mercería > Tijeras de Sastre"),
        ("Goma Eva Plancha Con Brillo X 10 Colores", "Escolar > Papeles Artísticos y Técnicos"),
        ("Soldador De Estaño Tipo Lapiz 60w", "Herramientas Eléctricas > Soldadura > Cautines para Soldar"),
        ("Plancha De Zinc Ondulada 3.66 M", "Materiales de Obra > Chapas"),
        ("Vanitory 60 Cm Con Bacha Y Espejo", "Baños y Sanitarios > Muebles para Baño > Vanitorys"),
        ("Motobomba A Gasolina 2 Pulgadas", "Plomería > Motobombas a Combustión"),
        ("Aguarras Mineral 1 Litro", "Pinturería > Diluyentes y Solventes"),
        ("Casa En Venta 3 Dormitorios Con Patio Y Cochera", "Inmuebles > Casas > Venta > Propiedades Individuales"),
    ];
    assert_on_their_leaf(&cases);
}
