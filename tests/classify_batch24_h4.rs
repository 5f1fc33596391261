//! Batch 24 (issue 15), helper 4's round on home, appliances and building: titles invented for
//! "Hogar, Muebles y Jardín", "Electrodomésticos y Aires Ac." and "Construcción" (705), half as
//! Ecuadorian sellers write them today and half as Argentine sellers wrote them in 2013–2015; not
//! measurement data. Every title of the tests named after a department went to another
//! department or leaf with the lexicon of 7001105e (before the round) and reaches its leaf with
//! the round's words (kitchen tools named by what they work on, the table and bath accessories,
//! stovetop cookware beside its electric namesake, appliance spare parts, fixings, paint and
//! electrical fittings); the guards, drawn at random from the titles that were right then, must
//! stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn hogar_muebles_y_jardin_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Pochoclera Aluminio Manual Para Hornalla", "Hogar, Muebles y Jardín > Bazar y Cocina > Cocción y Horneado > Baterías, Ollas y Sartenes > Pochocleras"),
        ("Tapete De Silicona Para Hornear 40x30", "Hogar, Muebles y Jardín > Bazar y Cocina > Cocción y Horneado > Tapetes para Hornear"),
        ("Canasto Freidor Acero Para Papas Fritas", "Hogar, Muebles y Jardín > Bazar y Cocina > Cocción y Horneado > Canastos Freidores"),
        ("Cortador De Queso Con Alambre Tabla Madera", "Hogar, Muebles y Jardín > Bazar y Cocina > Utensilios de Preparación > Cortadores y Ralladores > Cortadores de Queso"),
        ("Timer De Cocina Mecanico Temporizador Huevo", "Hogar, Muebles y Jardín > Bazar y Cocina > Utensilios de Preparación > Medidores de Cocina > Temporizadores para Cocina"),
        ("Rompe Nueces Cascanueces Metalico", "Hogar, Muebles y Jardín > Bazar y Cocina > Utensilios de Preparación > Rompe Nueces"),
        ("Jarra Medidora Plastica 1 Litro Graduada", "Hogar, Muebles y Jardín > Bazar y Cocina > Utensilios de Preparación > Vasos y Jarras Medidoras"),
        ("Pinches Para Picada De Bambu X 100", "Hogar, Muebles y Jardín > Bazar y Cocina > Vajilla y Artículos de Servir > Artículos de Copetín y Picada > Pinches para Picada"),
        ("Buffetera De Acero Chafing Dish 9 Litros", "Hogar, Muebles y Jardín > Bazar y Cocina > Vajilla y Artículos de Servir > Buffeteras"),
        ("Frutera De Mesa Metalica 2 Pisos", "Hogar, Muebles y Jardín > Bazar y Cocina > Vajilla y Artículos de Servir > Fruteras"),
        ("Dispensador De Bebidas Vidrio 5 Litros Con Canilla", "Hogar, Muebles y Jardín > Bazar y Cocina > Almacenamiento y Organización > Dispensers > Dispensers de Bebidas"),
        ("Licorera De Cristal Con 6 Vasos", "Hogar, Muebles y Jardín > Bazar y Cocina > Artículos de Vino y Coctelería > Licoreras"),
        ("Corona Navideña Para Puerta 40 Cm", "Hogar, Muebles y Jardín > Adornos y Decoración del Hogar > Árboles y Adornos de Navidad > Coronas Navideñas"),
        ("Biombo Separador De Ambientes 4 Paneles", "Hogar, Muebles y Jardín > Adornos y Decoración del Hogar > Biombos"),
        ("Cubre Sommier Con Volado 2 Plazas", "Hogar, Muebles y Jardín > Textiles de Hogar y Decoración > Ropa de Cama > Cubre Sommier"),
        ("Juego De Living Sillon 3 Cuerpos Y 2 Individuales", "Hogar, Muebles y Jardín > Muebles para el Hogar > Juegos y Sets de Muebles > Juegos de Living"),
        ("Dressoir Escandinavo 1.20 Madera", "Hogar, Muebles y Jardín > Muebles para el Hogar > Mesas Ratonas y Auxiliares > Dressoires"),
        ("Bolsas Para Lavar Ropa Interior Red X 3", "Hogar, Muebles y Jardín > Cuidado del Hogar y Lavandería > Accesorios para Lavandería > Bolsas para Lavar Ropa"),
        ("Portalampara E27 Ceramica Con Cable", "Hogar, Muebles y Jardín > Iluminación para el Hogar > Accesorios > Portalámparas"),
        ("Carretel Para Manguera Con Ruedas", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Riego > Mangueras y Complementos > Carretes"),
        ("Red Saca Hojas Para Piscina Con Mango", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Piletas y Accesorios > Limpieza y Mantenimiento > Accesorios de Limpieza > Redes Saca Hojas"),
        ("Luz Led Para Pileta Sumergible Rgb", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Piletas y Accesorios > Luces para Piletas"),
        ("Rejas Para Ventanas Hierro A Medida", "Hogar, Muebles y Jardín > Seguridad para el Hogar > Rejas"),
        ("Porta Papel Higienico De Pie Cromado", "Hogar, Muebles y Jardín > Baños > Accesorios para Baños > Porta Papel Higiénico"),
        ("Portacepillos De Dientes Ceramica", "Hogar, Muebles y Jardín > Baños > Accesorios para Baños > Porta Cepillos de Dientes"),
        ("Parrilla Para Hornalla Plancha Bifera Doble", "Hogar, Muebles y Jardín > Bazar y Cocina > Cocción y Horneado > Baterías, Ollas y Sartenes > Parrillas para Hornallas"),
    ]);
}

#[test]
fn electrodomesticos_y_aires_ac_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Kit De Instalacion Aire Split Caños Cobre 3 Metros", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Aires Acondicionados > Kits de Instalación"),
        ("Compresor Rotativo Para Aire 12000 Btu", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Aires Acondicionados > Compresores Rotativos"),
        ("Capacitor Para Ventilador 1.5 Uf", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Ventiladores > Capacitores para Ventiladores"),
        ("Diafragma Para Calefon Membrana Universal", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Calefones y Termotanques > Diafragmas"),
        ("Valvula De Gas Para Termotanque", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Calefones y Termotanques > Válvulas"),
        ("Chispero Para Chimenea Piezoelectrico", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Chimeneas y Salamandras > Chisperos para Chimeneas"),
        ("Maquina De Pochoclo Retro Electrica", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Cocina > Máquinas para Postres > Máquinas para Pochoclo"),
        ("Vaso De Licuadora Oster Repuesto Vidrio", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Cocina > Repuestos y Accesorios > Para Licuadoras > Vasos"),
        ("Canilla Para Dispenser De Agua Repuesto", "Electrodomésticos y Aires Ac. > Dispensadores y Purificadores > Repuestos y Accesorios > Canillas para Dispenser"),
        ("Rele Para Compresor Heladera Ptc", "Electrodomésticos y Aires Ac. > Refrigeración > Repuestos y Accesorios > Reles"),
    ]);
}

#[test]
fn construccion_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Carro Zorra Para Cargas 200 Kg", "Construcción > Accesorios de Construcción > Carros y Carretillas > Carros Zorra"),
        ("Sifon De Desague Para Lavatorio Flexible", "Construcción > Baños y Sanitarios > Accesorios para Sanitarios > Sifones de Desague"),
        ("Columna De Ducha Acero Con Lluvia", "Construcción > Baños y Sanitarios > Grifería para Baño > Duchadores > Columnas de Ducha"),
        ("Dimmer Para Luz Led Giratorio", "Construcción > Electricidad > Interruptores y Enchufes > Interruptores > Dimmers"),
        ("Ficha Macho 10a Goma Industrial", "Construcción > Electricidad > Interruptores y Enchufes > Tomacorrientes y Enchufes > Fichas"),
        ("Bloquera Manual Para Bloques De Cemento", "Construcción > Maquinarias para Construcción > Bloqueras"),
        ("Tapagoteras Membrana Liquida 20 Kg", "Construcción > Materiales de Obra > Adhesivos y Selladores > Tapagoteras"),
        ("Placa De Telgopor 2 Cm", "Construcción > Materiales de Obra > Construcción en Seco > Poliestireno Expandido > Placas"),
        ("Tarugos Fisher 8 Mm X 100", "Construcción > Materiales de Obra > Fijaciones > Tarugos"),
        ("Bulones Cabeza Hexagonal 10 Mm X 10", "Construcción > Materiales de Obra > Fijaciones > Bulones"),
        ("Caño Estructural Cuadrado 40x40 6 Metros", "Construcción > Materiales de Obra > Hierros > Caños Estructurales"),
        ("Aditivo Hidrofugo Ceresita 20 Litros", "Construcción > Materiales de Obra > Obra Pesada > Aditivos"),
        ("Protector Para Madera Cetol 4 Litros", "Construcción > Pinturería > Acabados > Para Maderas > Pinturas Protectoras"),
        ("Pintura En Aerosol Negro Mate 400 Ml", "Construcción > Pinturería > Pinturas > Aerosoles"),
        ("Removedor De Pintura Gel 1 Litro", "Construcción > Pinturería > Pinturas > Removedores de Pintura"),
        ("Soporte Para Tanque De Agua Metalico", "Construcción > Plomería > Tanques > Soportes de Tanques de Agua"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Termostato Para Heladera Universal Ranco", "Electrodomésticos y Aires Ac. > Refrigeración > Repuestos y Accesorios > Termostatos"),
        ("Kit De Riego Por Goteo 30 Plantas", "Hogar, Muebles y Jardín > Jardin y Aire Libre > Riego > Accesorios de Riego > Kits de Riego"),
        ("Espuma Expansiva Poliuretano 750 Ml", "Construcción > Materiales de Obra > Adhesivos y Selladores > Espumas Expansivas"),
        ("Termotanque Electrico 80 Litros Rheem", "Electrodomésticos y Aires Ac. > Climatización > Termotanques y Calefones > Termotanques"),
        ("Portavelas De Vidrio Colgante X 6", "Hogar, Muebles y Jardín > Adornos y Decoración del Hogar > Velas y Fanales > Portavelas"),
        ("Manta Electrica 2 Plazas Con Control", "Hogar, Muebles y Jardín > Textiles de Hogar y Decoración > Ropa de Cama > Mantas Eléctricas"),
        ("Cafetera Italiana Moka Bialetti 6 Tazas", "Hogar, Muebles y Jardín > Bazar y Cocina > Café, Té y Mate > Cafeteras"),
        ("Barral Para Cortina Extensible 2 Metros Bronce", "Hogar, Muebles y Jardín > Adornos y Decoración del Hogar > Cortinas y Accesorios > Barrales para Cortinas"),
        ("Cuadro Canvas Abstracto 60x90 Decoracion", "Hogar, Muebles y Jardín > Adornos y Decoración del Hogar > Cuadros, Carteles y Espejos > Cuadros"),
        ("Bolsas Para Aspiradora Electrolux X 5", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Hogar > Repuestos y Accesorios > Para Aspiradoras > Bolsas"),
        ("Purificador De Agua 3 Etapas Bajo Mesada", "Electrodomésticos y Aires Ac. > Dispensadores y Purificadores > Purificadores de Agua"),
        ("Sello Para Galletas Fondant Letras", "Hogar, Muebles y Jardín > Bazar y Cocina > Utensilios de Repostería > Sellos de Cocina"),
        ("Blocapuertas Para Lavarropas Frontal", "Electrodomésticos y Aires Ac. > Lavado > Repuestos y Accesorios > Para Lavarropas y Secarropas > Blocapuertas"),
        ("Valvula De Descarga Fv Para Inodoro", "Construcción > Baños y Sanitarios > Accesorios para Sanitarios > Válvulas de Descarga"),
        ("Chopera Manual De Vidrio 1.5 Litros", "Hogar, Muebles y Jardín > Bazar y Cocina > Artículos de Vino y Coctelería > Choperas Manuales"),
        ("Grupo Electrogeno Diesel 10 Kva", "Construcción > Electricidad > Grupos Electrógenos"),
        ("Patas Para Muebles Metalicas X 4 Hairpin", "Hogar, Muebles y Jardín > Muebles para el Hogar > Accesorios y Repuestos > Patas para Muebles"),
        ("Bisagras Para Puerta 3 Pulgadas Bronce X 3", "Construcción > Aberturas > Herrajes > Bisagras"),
        ("Masilla Para Paredes 5 Kg", "Construcción > Pinturería > Terminación de Superficies > Enduídos y Masillas"),
        ("Flor De Ducha Cromada 20 Cm Lluvia", "Construcción > Baños y Sanitarios > Grifería para Baño > Duchadores > Flores de Ducha"),
    ]);
}
