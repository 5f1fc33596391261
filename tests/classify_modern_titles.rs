//! Batch 20 (issue 15): titles as sellers write them, today in Ecuador and in 2013–2015 in
//! Argentina, invented for this batch (not measurement data). Every title of the tests whose
//! names say a title reaches or names something went to another leaf or department with the
//! lexicon and code of commit 629744b; the guards (the two tests of other senses) were right
//! then and must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::{assert_on_their_leaf, assert_under_their_branch};

/// A phone maker and a model code, without "celular": the pair names the maker's phone line
/// (`catalog::model_code`), so a motorcycle part or the earphones sold with the phone do not
/// take the title to another department.
#[test]
fn a_maker_and_a_model_code_name_a_phone() {
    assert_on_their_leaf(&[("Moto G7 Power", "Celulares y Smartphones"), ("Moto G7 Plus", "Celulares y Smartphones")]);
    assert_under_their_branch(&[
        ("Samsung J7 Prime Con Audifonos", "Celulares y Teléfonos"),
        ("Samsung S23 Con Audifonos", "Celulares y Teléfonos"),
        ("Samsung Tab S7", "Computación > Tablets y Accesorios"),
    ]);
}

/// Ecuadorian words (terma, interiores, pegante), a line's earbuds, nail clippers written apart,
/// fabrics by the metre, a matte finish, security-camera makers.
#[test]
fn everyday_products_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Galaxy Buds 2 Pro", "Electrónica, Audio y Video > Audio > Auriculares"),
        ("Redmi Buds 4 Active", "Electrónica, Audio y Video > Audio > Auriculares"),
        ("Terma Eléctrica 50 Litros", "Electrodomésticos y Aires Ac. > Climatización > Termotanques y Calefones > Termotanques"),
        ("Terma A Gas 10 Litros", "Electrodomésticos y Aires Ac. > Climatización > Termotanques y Calefones > Calefones"),
        ("Corta Uñas Para Perro", "Animales y Mascotas > Perros > Estética e Higiene > Artículos de Peluquería > Cortaúñas"),
        ("Corta Uñas De Acero", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Instrumentos > Otros"),
        ("Cepillo Deslanador", "Animales y Mascotas > Perros > Estética e Higiene > Artículos de Peluquería > Cepillos y Peines"),
        ("Interiores De Mujer Algodón", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior > Lencería > Bombachas"),
        ("Interiores Hombre Pack 3", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior > Boxers y Slips"),
        ("Tela Gabardina Por Metro", "Arte, Librería y Mercería > Mercería > Rollos de Tela"),
        ("Estuche Escolar Doble Cierre", "Arte, Librería y Mercería > Librería > Escolar > Cartucheras"),
        ("Porcelanato Gris Mate 60x60", "Construcción > Pisos y Revestimientos > Porcelanatos"),
        ("Bondex Pegante Cerámica 25kg", "Construcción > Materiales de Obra > Adhesivos y Selladores > Adhesivos para Pisos y Muros"),
        ("Grifería Para Cocina Monomando", "Construcción > Mobiliario para Cocinas > Griferías Convencionales"),
        ("Kit Cámaras Hikvision 4 Canales", "Hogar, Muebles y Jardín > Seguridad para el Hogar > Sistemas de Monitoreo > Cámaras de Seguridad"),
        ("Cámara Domo Exterior 1080p", "Hogar, Muebles y Jardín > Seguridad para el Hogar > Sistemas de Monitoreo > Cámaras de Seguridad"),
        ("Pulsioxímetro Infantil", "Salud y Equipamiento Médico > Equipamiento Médico > Equipos de Monitoreo > Oxímetros"),
        ("Pintura Acrílica Set 12 Colores", "Arte, Librería y Mercería > Librería > Artística y Pintura > Acrílicos"),
    ]);
}

/// Products named by what they do or by a word that is also another product: a blood-pressure
/// monitor, a hearing aid, reading glasses, a fiscal register, a kneader, beads, decoupage, a
/// gaming armchair, an umbrella stroller, a teether, a punching bag, a car's kits, motorcycle
/// lights. Checked at the leaf's branch where the leaf is an "Otros".
#[test]
fn products_named_by_what_they_do_reach_their_branch() {
    assert_under_their_branch(&[
        ("Aparato Para Medir La Presion", "Salud y Equipamiento Médico > Cuidado de la Salud > Tensiómetros"),
        ("Audifono Para Sordera Recargable", "Salud y Equipamiento Médico > Cuidado de la Salud > Audífonos"),
        ("Anteojos Para Lectura Aumento 2", "Ropa y Accesorios > Accesorios de Moda > Anteojos y Accesorios > Otros"),
        ("Maquina Registradora Fiscal Hasar", "Industrias y Oficinas > Equipamiento para Comercios > Cobro y Control > Cajas Registradoras"),
        ("Amasadora Industrial 25 Kg", "Industrias y Oficinas > Gastronomía y Hotelería > Equipamiento de Panadería > Amasadoras"),
        ("Set Cuentas Para Bijouterie", "Arte, Librería y Mercería > Mercería > Artículos para Bijouterie"),
        ("Kit Decoupage Servilletas", "Arte, Librería y Mercería > Arte y Manualidades"),
        ("Sillon Gamer Para Play", "Computación > Accesorios para PC Gaming > Sillas Gamer"),
        ("Coche Paraguas Liviano", "Bebés > Paseo del Bebé > Cochecitos para Bebés"),
        ("Mordedor Refrigerante", "Bebés > Chupetes y Mordillos > Mordillos"),
        ("Saco De Box Con Cadenas", "Deportes y Fitness > Artes Marciales y Boxeo > Bolsas y Soportes > Bolsas"),
        ("Kit De Emergencia Vehicular", "Accesorios para Vehículos > Seguridad Vehicular > Kit de Seguridad para Autos"),
        ("Kit De Limpieza Para Auto", "Accesorios para Vehículos > Limpieza de Vehículos"),
        ("Luces Led Para Moto", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Faros y Ópticas"),
    ]);
}

/// Argentine titles of 2013–2015 that name a television by its screen and maker, a
/// "microprocesador", and a phone's screen named "display" before the maker.
#[test]
fn screens_and_processors_of_2015_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Led Philips 42 Smart", "Electrónica, Audio y Video > Televisores"),
        ("Led Samsung 40 Full Hd", "Electrónica, Audio y Video > Televisores"),
        ("Microprocesador Intel I5 4460", "Computación > Componentes de PC > Procesadores"),
        ("Display Lcd Samsung J7", "Celulares y Teléfonos > Repuestos de Celulares > Displays y LCD"),
    ]);
}

/// The best-selling departments: supplements named by a maker, a purpose or their capsules and
/// tablets (a "tableta" is also a chocolate bar); hair oils, ampoules and tools; a smartwatch
/// called a watch; a laptop's cooling pad; a PlayStation gift card; ink for a printer; pets'
/// vitamins, litter, clippers and turtle food; Ecuadorian pantry and household words (ají,
/// máchica, multitoma), a house's water pump, hair ties and headbands, skin oils and butters,
/// a plug-in repellent's tablets (went to tablet computers and to disk arrays, "RAID").
#[test]
fn best_selling_departments_reach_their_branch() {
    assert_under_their_branch(&[
        ("Tabletas Repelentes Para Mosquitos X 24", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Insecticidas y Repelentes"),
        ("Pastillas Para Mosquitos Raid", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Insecticidas y Repelentes"),
        ("Ají Casero Picante 500ml", "Alimentos y Bebidas > Almacén > Salsas y Condimentos"),
        ("Máchica Orgánica 1kg", "Alimentos y Bebidas > Almacén > Harina"),
        ("Bomba De Agua 1hp", "Construcción > Plomería > Bombas"),
        ("Lámpara De Emergencia Recargable", "Hogar, Muebles y Jardín > Iluminación para el Hogar > Luces de Emergencia"),
        ("Extensión Multitoma 5 Metros", "Computación > Estabilizadores y UPS"),
        ("Veneno Para Cucarachas Gel", "Hogar, Muebles y Jardín > Cuidado del Hogar y Lavandería > Insecticidas y Repelentes"),
        ("Ligas Para Cabello Pack", "Ropa y Accesorios > Accesorios de Moda > Accesorios para el Cabello"),
        ("Diadema Para Cabello", "Ropa y Accesorios > Accesorios de Moda > Accesorios para el Cabello"),
        ("Fijador De Maquillaje Spray", "Belleza y Cuidado Personal > Maquillaje > Rostro"),
        ("After Sun Aloe Vera", "Belleza y Cuidado Personal > Cuidado de la Piel > Protección Solar > Post Solar"),
        ("Aceite De Almendras Dulces", "Belleza y Cuidado Personal > Cuidado de la Piel > Cuidado Corporal"),
        ("Manteca De Karité", "Belleza y Cuidado Personal > Cuidado de la Piel > Cuidado Corporal"),
        ("Herbalife Batido Nutricional Fórmula 1", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Spirulina 100 Tabletas", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Vinagre De Manzana Cápsulas", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Glucosamina Condroitina", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Pastillas Para Adelgazar", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Mascarilla De Arcilla", "Belleza y Cuidado Personal > Cuidado de la Piel > Máscaras Faciales"),
        ("Aceite De Coco Para El Cabello", "Belleza y Cuidado Personal > Cuidado del Cabello > Tratamientos para el Cabello"),
        ("Ampollas Para El Cabello", "Belleza y Cuidado Personal > Cuidado del Cabello > Tratamientos para el Cabello"),
        ("Rizadora De Cabello 25mm", "Belleza y Cuidado Personal > Artefactos para el Cabello > Bucleras"),
        ("Secador Y Voluminizador Revlon", "Belleza y Cuidado Personal > Artefactos para el Cabello > Cepillos Eléctricos"),
        ("Reloj Smartwatch Mujer Rosado", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
        ("Base Refrigerante Para Laptop", "Computación > Notebooks y Accesorios > Accesorios para Laptops > Coolers Externos"),
        ("Tarjeta Playstation Network 20 Dólares", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Tarjetas Prepagas"),
        ("Tinta Para Impresora Canon G3110", "Computación > Impresión > Insumos de Impresión > Recargas de Tinta"),
        ("Adaptador Tipo C A Jack 3.5", "Celulares y Teléfonos > Accesorios para Celulares > Adaptadores"),
        ("Peluquera Para Perros", "Animales y Mascotas > Perros > Estética e Higiene > Artículos de Peluquería > Peladoras Caninas"),
        ("Vitaminas Para Gatos", "Animales y Mascotas > Gatos > Alimento, Premios y Suplemento"),
        ("Tierra Para Gato Aglomerante", "Animales y Mascotas > Gatos > Estética e Higiene > Artículos Sanitarios > Piedras Sanitarias"),
        ("Alimento Para Tortugas", "Animales y Mascotas > Reptiles y Anfibios"),
        ("Tableta De Chocolate Amargo", "Alimentos y Bebidas > Almacén > Dulces y Chocolates > Chocolates"),
    ]);
}

/// What the words of that test must leave alone: a tablet computer, a cleaning cart, coconut oil
/// and vinegar to eat, an eyelash curler, modelling clay, a car's coolant, brake pads and water
/// pump, a cooking fat, a gaming headset ("diadema"), almonds to eat.
#[test]
fn best_sellers_words_keep_their_other_senses() {
    assert_under_their_branch(&[
        ("Bomba De Agua Toyota Corolla", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Motor > Bombas > Bombas de Agua"),
        ("Manteca Vegetal 1kg", "Alimentos y Bebidas > Frescos > Lácteos > Mantecas"),
        ("Diadema Gamer Con Micrófono", "Computación > Accesorios para PC Gaming > Auriculares"),
        ("Almendras Tostadas 500g", "Alimentos y Bebidas > Almacén > Snacks"),
        ("Tableta Samsung 10 Pulgadas", "Computación > Tablets y Accesorios > Tablets"),
        ("Carro De Limpieza Con Balde", "Hogar, Muebles y Jardín > Cuidado del Hogar y Lavandería > Accesorios de Limpieza > Carros de limpieza"),
        ("Aceite De Coco Extra Virgen 500ml", "Alimentos y Bebidas > Almacén > Aceites y Vinagres"),
        ("Vinagre De Manzana 1 Litro", "Alimentos y Bebidas > Almacén > Aceites y Vinagres"),
        // The eyelash curler's own leaf (batch 22), under Maquillaje beside Ojos, Pestañas y Cejas.
        ("Rizador De Pestañas", "Belleza y Cuidado Personal > Maquillaje > Aplicadores y Herramientas > Arqueador de Pestañas"),
        ("Arcilla Para Modelar 1kg", "Arte, Librería y Mercería > Arte y Manualidades"),
        ("Refrigerante Para Auto Galón", "Accesorios para Vehículos > Lubricantes y Fluidos"),
        ("Pastillas De Freno Chevrolet Aveo", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Frenos > Pastillas de Freno"),
    ]);
}

/// Other senses the batch's words must keep: a phone's screen and cases (before or after the
/// phone's name), motorcycle parts with a code, motorcycles whose code follows another maker's
/// name, a monitor's long code, a gabardine coat, the mate gourd and its yerba, a matte lipstick,
/// a camera kit, nail glue, an LED lamp, monitor or torch, a phone's LCD and a television's; an
/// antique or toy register, a dog's chew toy, a jacket ("saco"), a tyre gauge, a reading book.
#[test]
fn other_senses_stay() {
    assert_on_their_leaf(&[
        ("Pantalla Samsung A10", "Celulares y Teléfonos > Repuestos de Celulares > Displays y LCD"),
        ("Forro Para Samsung A54", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Mica Samsung A15", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Protectores de Pantalla"),
        ("Escape Moto Gn125", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Escapes y Silenciadores > Escapes"),
        ("Carburador Moto C90", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Motor > Carburadores"),
        ("Casco Moto X5", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Cascos"),
        ("Monitor Samsung S24c310 24 Pulgadas", "Computación > Monitores y Accesorios > Monitores"),
        ("Gabardina Mujer Beige", "Ropa y Accesorios > Abrigos > Camperas, Tapados y Trenchs"),
        ("Yerba Mate Taragüi 1kg", "Alimentos y Bebidas > Almacén > Infusiones > Yerba Mate"),
        ("Mate De Calabaza Con Bombilla", "Hogar, Muebles y Jardín > Bazar y Cocina > Café, Té y Mate > Mates y Accesorios > Mates"),
        ("Labial Mate Larga Duración", "Belleza y Cuidado Personal > Maquillaje > Labios > Labiales"),
        ("Cámara Canon T7 Kit 18-55", "Cámaras y Accesorios > Cámaras > Cámaras Digitales"),
        ("Cortaúñas Para Perro", "Animales y Mascotas > Perros > Estética e Higiene > Artículos de Peluquería > Cortaúñas"),
        ("Moto Zontes G1 125", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Chasis > Plásticos de Motos > Otros"),
        ("Moto Kawasaki Z900 2021", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Chasis > Plásticos de Motos > Otros"),
        ("Samsung A05s 64gb + Forro", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Samsung A54 Funda Silicona", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Moto G32 Forro Antigolpes", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Moto G84 5g Con Mica", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Lampara Led Philips 9w", "Hogar, Muebles y Jardín > Iluminación para el Hogar > Focos"),
        ("Monitor Led Samsung 24", "Computación > Monitores y Accesorios > Monitores"),
        ("Linterna Led Philips", "Deportes y Fitness > Camping, Caza y Pesca > Linternas y Faroles > Linternas"),
        ("Lcd Samsung S4 Con Touch", "Celulares y Teléfonos > Repuestos de Celulares > Displays y LCD"),
        ("Lcd Samsung 32", "Electrónica, Audio y Video > Televisores"),
        ("Pegamento Para Uñas Postizas", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Decoración para Uñas > Pegamentos para Uñas"),
    ]);
    assert_under_their_branch(&[
        ("Caja Registradora Antigua National", "Antigüedades y Colecciones > Antigüedades > Registradoras Antiguas"),
        ("Registradora De Juguete", "Juegos y Juguetes > Juguetes de Oficios > Supermercado de Juguete > Cajas Registradoras"),
        ("Mordedor Para Perro", "Animales y Mascotas > Perros > Juguetes > Mordibles y Sonoros"),
        ("Saco De Vestir Hombre", "Ropa y Accesorios > Abrigos"),
        ("Medidor De Presion De Neumaticos", "Accesorios para Vehículos > Herramientas para Vehículos"),
        ("Libro Lectura Comprensiva", "Libros, Revistas y Comics > Libros Físicos"),
    ]);
}
