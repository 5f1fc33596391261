//! Makers named alone (batch 19, issue 15). Titles of 2013–2015 and sellers' titles today often
//! name the maker, a line and a size and no product ("Taragüi Con Palo 1kg", "Patrick
//! Hpk135m00 No Frost", "Anker 313 20w"). The lexicon now knows the makers that sell in one
//! department or leaf, from what each maker sells (not from measurement titles). Every title of
//! the first four tests went to another department or to "Otras categorías" before batch 19
//! (checked against the lexicon of commit d905551). Invented titles: not measurement data.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::{assert_on_their_leaf, assert_under_their_branch};

/// Pantry, wine and dairy makers of Argentina and Ecuador.
#[test]
fn food_makers_name_their_food() {
    assert_under_their_branch(&[
        ("Taragui Con Palo 1kg X 10", "Alimentos y Bebidas > Almacén > Infusiones > Yerba Mate"),
        ("Rosamonte Especial 500g", "Alimentos y Bebidas > Almacén > Infusiones > Yerba Mate"),
        ("Chandon Extra Brut 750 Ml", "Alimentos y Bebidas > Bebidas > Vinos y Espumantes > Espumantes y Champagne"),
        ("Trapiche Iscay 750 Ml", "Alimentos y Bebidas > Bebidas > Vinos y Espumantes > Vinos"),
        ("Rutini Encuentro 750", "Alimentos y Bebidas > Bebidas > Vinos y Espumantes > Vinos"),
        ("Lucchetti Tirabuzon 500g X 10", "Alimentos y Bebidas > Almacén > Pastas"),
        ("Knorr Arvejas 4 Platos", "Alimentos y Bebidas > Almacén > Salsas y Condimentos > Caldos y Sabores > Caldos"),
        ("Felfort Marroc X 30 Unidades", "Alimentos y Bebidas > Almacén > Dulces y Chocolates"),
        ("Terrabusi Variedad 400g", "Alimentos y Bebidas > Almacén > Galletitas"),
        ("Ferrero Rocher X 24 Unidades", "Alimentos y Bebidas > Almacén > Dulces y Chocolates > Chocolates"),
        ("Pringles Original 124g", "Alimentos y Bebidas > Almacén > Snacks"),
        ("Plumrose Sanduchero 200g", "Alimentos y Bebidas > Frescos > Fiambres"),
    ]);
}

/// Appliance, computing, camera, phone-accessory and audio makers.
#[test]
fn technology_makers_name_their_department() {
    assert_under_their_branch(&[
        ("Patrick Hpk135m00 No Frost", "Electrodomésticos y Aires Ac."),
        ("Bgh Bsh32wcbt Inverter", "Electrodomésticos y Aires Ac."),
        ("Surrey 553bfq1201f Frio Calor", "Electrodomésticos y Aires Ac. > Climatización > Aires Acondicionados"),
        ("Smeg Fab28 Retro Celeste", "Electrodomésticos y Aires Ac."),
        ("Sandisk Cruzer Blade 64gb", "Computación"),
        ("Xerox Phaser 3020 Wifi", "Computación > Impresión"),
        ("Canon T3i Cuerpo Solo", "Cámaras y Accesorios"),
        ("Anker 313 20w", "Celulares y Teléfonos > Accesorios para Celulares"),
        ("Baseus 65w Gan 3 Puertos", "Celulares y Teléfonos > Accesorios para Celulares"),
        ("Haylou Rs4 Plus Amoled", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
        ("Edifier R1280db Bluetooth", "Electrónica, Audio y Video"),
        ("Soundpeats Air3 Deluxe", "Electrónica, Audio y Video > Audio > Auriculares"),
    ]);
}

/// Sanitary-ware, pipe, tank, paint, cement, cookware, bedding and cleaning makers.
#[test]
fn home_and_building_makers_name_their_branch() {
    assert_under_their_branch(&[
        ("Ferrum Bari Blanco Completo", "Construcción > Baños y Sanitarios"),
        ("Rotoplas 1100 Litros Tricapa", "Construcción > Plomería > Tanques > Tanques de Agua"),
        ("Sinteplast Recuplast 20 Litros", "Construcción > Pinturería > Pinturas"),
        ("Loma Negra 50 Kg", "Construcción > Materiales de Obra > Obra Pesada"),
        ("Essen Nuit 24 Cm", "Hogar, Muebles y Jardín > Bazar y Cocina"),
        ("Sealy Posturepedic 140x190", "Hogar, Muebles y Jardín > Camas, Colchones y Accesorios > Colchones"),
        ("Harpic Power Plus 500ml", "Hogar, Muebles y Jardín > Cuidado del Hogar y Lavandería > Productos de Limpieza"),
    ]);
}

/// Beauty, health, tools, babies, sports, clothing, watches, tyres, farm, instruments and toys.
#[test]
fn other_makers_name_their_department() {
    assert_under_their_branch(&[
        ("Clinique Moisture Surge 50ml", "Belleza y Cuidado Personal"),
        ("Tresemme Pro Collection 400ml", "Belleza y Cuidado Personal > Cuidado del Cabello"),
        ("Protex Aloe 110g X 3", "Belleza y Cuidado Personal > Higiene Personal > Jabones"),
        ("Cafiaspirina X 100 Comprimidos", "Salud y Equipamiento Médico > Cuidado de la Salud > Farmacia"),
        ("Silfab Ns11 Ultrasonico Pediatrico", "Salud y Equipamiento Médico"),
        ("Lusqtoff Ld 13 Con Maletin", "Herramientas"),
        ("Medela Swing Maxi", "Bebés > Lactancia y Alimentación > Sacaleches"),
        ("Vairo Xr 3.5 Rodado 29", "Deportes y Fitness > Ciclismo > Bicicletas"),
        ("Bullpadel Vertex 03", "Deportes y Fitness"),
        ("Randers Arg-620 Magnetica", "Deportes y Fitness > Fitness y Musculación"),
        ("Havaianas Slim Talle 37", "Ropa y Accesorios > Calzado > Sandalias y Ojotas"),
        ("Festina F20543 Chrono", "Joyas y Relojes > Relojes > Relojes Pulsera"),
        ("Omega Speedmaster Reloj", "Joyas y Relojes > Relojes > Relojes Pulsera"),
        ("Fate Sentiva Ar-360 175/70", "Accesorios para Vehículos > Neumáticos > Neumáticos de Auto y Camioneta"),
        ("Pauny 280a Evo", "Agro"),
        ("Takamine Gd10ce Electroacustica", "Instrumentos Musicales"),
        ("Mis Ladrillos Caja 200", "Juegos y Juguetes > Juguetes de Construcción > Bloques y Figuras para Armar"),
    ]);
}

/// Vehicle-part, car-care, shop-equipment, stationery and instrument makers (the batch's second
/// round), and a few more Argentine makers (the third). The car-care makers weigh 2: a car shampoo named by its maker is no hair shampoo.
#[test]
fn parts_shop_stationery_and_instrument_makers_name_their_branch() {
    assert_under_their_branch(&[
        ("Wega Fap 2201 Original", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Filtros"),
        ("Jurid 1042 Juego X 4", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Frenos"),
        ("Cofap Turbogas Trasero Par", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Suspensión y Dirección"),
        ("Sonax Xtreme 500ml", "Accesorios para Vehículos > Limpieza de Vehículos"),
        ("Simoniz Shampoo 1 Litro", "Accesorios para Vehículos > Limpieza de Vehículos"),
        ("Sam4s Er-230 Fiscal", "Industrias y Oficinas > Equipamiento para Comercios > Cobro y Control > Cajas Registradoras"),
        ("Dymo Letratag Lt-100h", "Industrias y Oficinas > Equipamiento para Comercios > Etiquetado de Mercadería"),
        ("Triunfante Tapa Dura 84 Hojas Rayado", "Arte, Librería y Mercería > Librería > Escolar > Cuadernos"),
        ("Winsor Newton Cotman 12 Pomos", "Arte, Librería y Mercería > Librería > Artística y Pintura"),
        ("Schecter Omen 6 Negra", "Instrumentos Musicales"),
        ("Ernie Ball Regular Slinky 10-46", "Instrumentos Musicales"),
        ("Vic Firth 5a Hickory", "Instrumentos Musicales"),
        // Argentine bicycle, radio, baby-seat and ovenware makers (a third round).
        ("Olmo Wish 2.6 Rodado 26", "Deportes y Fitness > Ciclismo > Bicicletas"),
        ("Tomaselli Sport Rodado 20", "Deportes y Fitness > Ciclismo > Bicicletas"),
        ("Tonomac Rc 13 Portatil", "Electrónica, Audio y Video > Audio > Radios AM/FM"),
        ("Felcraft Quantum 0-18 Kg", "Bebés"),
        ("Marinex Rectangular 3 Litros", "Hogar, Muebles y Jardín > Bazar y Cocina"),
    ]);
}

/// Product lines named without their maker: Motorola's phones by their pair ("moto" alone is a
/// motorcycle), laptops, an all-in-one, a television, a kitchen machine, a camera. Each went to
/// motorcycle parts or to "Otras categorías" before.
#[test]
fn product_lines_named_without_their_maker() {
    assert_under_their_branch(&[
        ("Moto G Play 2024", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Moto Edge 30 Fusion", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Moto One Hyper", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Bravia 55 4k", "Electrónica, Audio y Video > Televisores"),
        ("Thermomix Tm6", "Electrodomésticos y Aires Ac."),
        ("Imac 21.5 2017", "Computación > PC de Escritorio > All In One"),
        ("Vostro 3400 I5", "Computación > Notebooks y Accesorios > Notebooks"),
        ("Elitebook 840 G5", "Computación > Notebooks y Accesorios > Notebooks"),
        ("Eos Rebel T7 Kit", "Cámaras y Accesorios > Cámaras > Cámaras Digitales"),
    ]);
    // A motorcycle or a toy motorbike stays what it is.
    assert_under_their_branch(&[
        ("Moto Power Max 150cc", "Accesorios para Vehículos"),
        ("Moto Play 110 Juguete", "Juegos y Juguetes"),
    ]);
}

/// A maker's name that is also a word keeps the word's other meaning where the title says so:
/// "cañón" folds to the camera maker's name, "Ariel" is a mermaid as well as a laundry soap,
/// "kinder" is a kindergarten as well as a chocolate, "omega" is a supplement.
#[test]
fn a_makers_name_that_is_a_word_keeps_its_other_meaning() {
    assert_on_their_leaf(&[
        ("Cañon Lanza Papelitos Confeti 60cm", "Espuma, Serpentina y Confeti > Cañones Lanza Papelitos"),
        ("Impresora Canon Pixma G3110 Sistema Continuo", "Computación > Impresión > Impresoras"),
        ("Disfraz Ariel Sirenita Talle 4", "Disfraces Completos"),
        ("Omega 3 1000mg 120 Capsulas", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Mochila Kinder Niño Dinosaurio", "Equipaje, Bolsos y Carteras > Mochilas"),
        ("Chocolate Kinder Bueno X 3", "Dulces y Chocolates > Chocolates"),
        ("Jabon Liquido Para Manos Dove 250ml", "Higiene Personal > Jabones > Líquido"),
    ]);
}

/// In Ecuador "eternit" names fibre-cement roofing sheets, and the maker sells water tanks: by
/// its pair only. The sheet went to clothes irons ("plancha") and the tank to cars' fuel tanks.
#[test]
fn eternit_sheets_and_tanks_are_building_materials() {
    assert_on_their_leaf(&[
        ("Plancha De Eternit Ondulada", "Materiales de Obra > Chapas"),
        ("Tanque Eternit 1000 Litros", "Tanques > Tanques de Agua"),
    ]);
}

/// Liquid laundry soap is laundry soap: "jabón líquido" is hand soap, but not "para ropa". Both
/// went to hand soap before.
#[test]
fn liquid_laundry_soap_is_laundry_soap() {
    assert_on_their_leaf(&[
        ("Jabon Liquido Para Ropa 3 Litros", "Productos de Lavandería > Jabón para Ropa"),
        ("Jabon Liquido Para Ropa Ariel 3 Litros", "Productos de Lavandería > Jabón para Ropa"),
    ]);
}
