//! Batch 24 (helper 2), a round of titles invented for clothing, babies, food and drinks, beauty,
//! jewellery and watches, musical instruments, antiques and collections, and music and films (771),
//! half as Ecuadorian sellers write them today and half as Argentine sellers wrote them in
//! 2013–2015; not measurement data. Every title of the tests named after a department went to
//! another department or leaf with the lexicon of 05550d50 (before the round) and reaches its leaf
//! with the round's words; the guards, drawn at random from the titles that were right then, must
//! stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn ropa_y_accesorios_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Saco Tejido De Hilo Cardigan Largo Mujer", "Ropa y Accesorios > Abrigos > Saquitos, Sweaters y Chalecos > Cardigans y Saquitos"),
        ("Ruana Tejida Artesanal Mujer", "Ropa y Accesorios > Abrigos > Saquitos, Sweaters y Chalecos > Ponchos"),
        ("Mono Largo Elegante Mujer Palazzo", "Ropa y Accesorios > Enteritos"),
        ("Estola De Piel Sintetica Para Fiesta", "Ropa y Accesorios > Accesorios de Moda > Bufandas y Pañuelos > Estolas"),
        ("Hebillas Para El Cabello Perlas Set", "Ropa y Accesorios > Accesorios de Moda > Accesorios para el Cabello > Hebillas"),
        ("Velo De Novia Con Peineta Tul", "Ropa y Accesorios > Accesorios de Moda > Accesorios para el Cabello > Velos"),
        ("Tiradores Elasticos Hombre Clip", "Ropa y Accesorios > Accesorios de Moda > Tiradores"),
        ("Traba Corbata Plateada Con Gemelos", "Ropa y Accesorios > Accesorios de Moda > Traba Corbatas"),
        ("Portafolio De Cuero Hombre Ejecutivo", "Ropa y Accesorios > Equipaje, Bolsos y Carteras > Maletines"),
        ("Gancho Cuelga Carteras Para Mesa", "Ropa y Accesorios > Equipaje, Bolsos y Carteras > Accesorios > Ganchos Cuelga Carteras"),
        ("Kit Mochila Escolar Con Lonchera Y Cartuchera", "Ropa y Accesorios > Equipaje, Bolsos y Carteras > Kits de Mochilas Escolares"),
        ("Baby Doll Lenceria Sexy Transparente", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior > Lencería > Baby Doll"),
        ("Medias Panty Nylon 20 Den", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior > Medias y Panties > Panties"),
        ("Faja Modeladora Body Shaper Mujer", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior > Fajas"),
        ("Zapatos De Tap Cuero Negro", "Ropa y Accesorios > Ropa Deportiva > Ropa de Danza y Patinaje > Calzado de Danza > Zapatos de Tap"),
        ("Uniforme Quirurgico Scrub Unisex", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Uniformes y Ropa de Trabajo > Ambos Médicos"),
        ("Campera De Trabajo Acolchada Reflectiva", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Uniformes y Ropa de Trabajo > Camperas de Trabajo"),
        ("Traje De Bombero Estructural Completo", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Uniformes y Ropa de Trabajo > Trajes de Bombero"),
        ("Borcegos Militares Cuero Caña Alta", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Indumentaria Táctica > Borceguies"),
        ("Pistolera Para Cintura Universal Nylon", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Accesorios Tácticos > Pistoleras"),
    ]);
}

#[test]
fn bebes_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Bacinica Entrenador Para Bebe Con Tapa", "Bebés > Artículos de Bebés para Baño > Pelelas"),
        ("Jean Maternal Con Faja Elastica", "Bebés > Artículos de Maternidad > Ropa para Embarazadas > Pantalones y Jeans"),
        ("Blusa Para Embarazada Lactancia", "Bebés > Artículos de Maternidad > Ropa para Embarazadas > Remeras, Musculosas y Chombas"),
        ("Jabon Liquido Para Bebe Cabeza A Pies", "Bebés > Higiene y Cuidado del Bebé > Jabones > Líquido"),
        ("Jabon En Barra Bebe Glicerina Neutro", "Bebés > Higiene y Cuidado del Bebé > Jabones > En Barra"),
        ("Baranda Para Cama Rebatible 1.50", "Bebés > Seguridad para Bebés > Barandas"),
        ("Babitas Bandana Para Bebe X 5", "Bebés > Ropa y Calzado para Bebés > Accesorios > Baberos Bandana"),
    ]);
}

#[test]
fn alimentos_y_bebidas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Aceite La Favorita 1 Litro Caja X 12", "Alimentos y Bebidas > Almacén > Aceites y Vinagres > Aceites"),
        ("Mezcla Para Panqueques Royal", "Alimentos y Bebidas > Almacén > Alimentos Instantáneos > Premezclas > Premezclas Dulces"),
        ("Mani Salado Japones 1 Kg", "Alimentos y Bebidas > Almacén > Snacks > Maníes"),
        ("Coñac Hennessy Vs 700ml", "Alimentos y Bebidas > Bebidas > Bebidas Blancas y Licores > Cognac"),
        ("Cachaza 51 Pirassununga 965 Ml", "Alimentos y Bebidas > Bebidas > Bebidas Blancas y Licores > Cachaça"),
        ("Cola Tropical Pack 6 Unidades", "Alimentos y Bebidas > Bebidas > Gaseosas"),
        ("Smirnoff Ice Botella X 6", "Alimentos y Bebidas > Bebidas > Bebidas Alcohólicas Preparadas"),
        ("Pan De Yuca Docena", "Alimentos y Bebidas > Comida Preparada > Desayunos y Meriendas > Chipás y Pan de Queso"),
        ("Nuggets De Pollo Pre Cocidos 1 Kg", "Alimentos y Bebidas > Comida Preparada > Entradas y Acompañamientos > Nuggets"),
        ("Sushi Rolls Bandeja 30 Piezas", "Alimentos y Bebidas > Comida Preparada > Platos Principales > Sushi"),
        ("Pizza Familiar Hawaiana Entrega Domicilio", "Alimentos y Bebidas > Comida Preparada > Platos Principales > Pizzas"),
        ("Milanesas De Pollo Congeladas 1 Kg", "Alimentos y Bebidas > Congelados > Milanesas y Medallones"),
        ("Tabla De Picadas Quesos Y Fiambres Para 6", "Alimentos y Bebidas > Comida Preparada > Tablas de Picadas"),
        ("Lomo Fino De Res Por Kilo", "Alimentos y Bebidas > Frescos > Carnes y Pollos"),
        ("Filete De Corvina Fresca Por Libra", "Alimentos y Bebidas > Frescos > Pescados"),
    ]);
}

#[test]
fn belleza_y_cuidado_personal_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cepillo Facial Electrico Limpiador Sonico", "Belleza y Cuidado Personal > Cuidado de la Piel > Limpieza Facial > Cepillos Faciales > Cepillos Eléctricos Faciales"),
        ("Calentador De Cera Fundidor Profesional", "Belleza y Cuidado Personal > Depilación > Fundidor de Cera"),
        ("Maquina De Afeitar Desechable Bic X 5", "Belleza y Cuidado Personal > Higiene Personal > Afeitadoras Descartables"),
        ("Strass Para Uñas Piedras Cristal", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Decoración para Uñas > Strass de Uñas"),
        ("Pincel Para Uñas Acrilicas Kolinsky", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Uñas Esculpidas > Pinceles para Uñas"),
        ("Maquina De Cavitacion Radiofrecuencia 6 En 1", "Belleza y Cuidado Personal > Tratamientos de Belleza > Equipos de Estética Corporal > Ultracavitación"),
        ("Equipo De Presoterapia Botas", "Belleza y Cuidado Personal > Tratamientos de Belleza > Equipos de Estética Corporal > Presoterapia"),
        ("Dermaroller Rodillo Microagujas 0.5 Mm", "Belleza y Cuidado Personal > Tratamientos de Belleza > Equipos de Cosmetología > Rodillos de Microagujas"),
        ("Espatula Ultrasonica Facial Peeling", "Belleza y Cuidado Personal > Tratamientos de Belleza > Equipos de Cosmetología > Espátulas Ultrasónicas"),
        ("Guante Exfoliante Corporal", "Belleza y Cuidado Personal > Tratamientos de Belleza > Guantes Exfoliantes"),
    ]);
}

#[test]
fn joyas_y_relojes_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Kit Herramientas Relojero Abrir Tapa", "Joyas y Relojes > Repuestos para Relojes > Kits de Herramientas"),
        ("Piedra Esmeralda Natural Certificada", "Joyas y Relojes > Piedras Preciosas"),
    ]);
}

#[test]
fn instrumentos_musicales_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Encordado Guitarra Criolla Savarez", "Instrumentos Musicales > Instrumentos de Cuerdas > Accesorios > Cuerdas"),
        ("Capo Para Guitarra Acustica Kyser", "Instrumentos Musicales > Instrumentos de Cuerdas > Accesorios > Capotrastes"),
        ("Clavijas Para Guitarra Acustica Set 6", "Instrumentos Musicales > Instrumentos de Cuerdas > Accesorios > Clavijas"),
        ("Arco Para Violin Pernambuco", "Instrumentos Musicales > Instrumentos de Cuerdas > Accesorios > Arcos"),
        ("Resina Para Arco De Violin", "Instrumentos Musicales > Instrumentos de Cuerdas > Accesorios > Resinas para Arcos"),
        ("Baquetas Vic Firth 5a Par", "Instrumentos Musicales > Baterías y Percusión > Accesorios para Percusión > Palillos"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Primer Facial Matificante Pre Base", "Belleza y Cuidado Personal > Maquillaje > Rostro > Primer de Maquillaje"),
        ("Radio Antigua A Valvulas Philips", "Antigüedades y Colecciones > Antigüedades > Audio Antiguo > Radios"),
        ("Toallitas Humedas Para Bebe Pack X 3", "Bebés > Higiene y Cuidado del Bebé > Toallitas Húmedas"),
        ("Espejo Retrovisor Para Ver Al Bebe En Auto", "Bebés > Seguridad para Bebés > Espejos Retrovisores"),
        ("Practicuna Con Cambiador Y Mosquitero", "Bebés > Cuarto del Bebé > Cunas, Catres y Moisés > Practicunas"),
        ("Babero Impermeable Silicona Con Bolsillo", "Bebés > Lactancia y Alimentación > Baberos para Comer"),
        ("Cambiador Rigido Para Comoda", "Bebés > Cuarto del Bebé > Cambiadores Rígidos"),
        ("Valija Samsonite Carry On Cabina", "Ropa y Accesorios > Equipaje, Bolsos y Carteras > Equipaje y Accesorios de Viaje > Valijas"),
        ("Termometro De Baño Para Bebe Patito", "Bebés > Artículos de Bebés para Baño > Termómetros para Baño"),
        ("Panettone Navideño Importado", "Alimentos y Bebidas > Almacén > Panadería > Pan Dulce"),
        ("Camiseta Manga Corta Cuello V Hombre Pack X3", "Ropa y Accesorios > Remeras, Musculosas y Chombas"),
        ("Crema Depilatoria Veet Piel Sensible", "Belleza y Cuidado Personal > Depilación > Cremas Depilatorias"),
        ("Esmalte Semipermanente Gel Uv Led", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Esmaltes"),
        ("Portaligas Con Medias Encaje", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior > Medias y Panties > Portaligas"),
        ("Vestido Casual Floreado Verano Mujer", "Ropa y Accesorios > Vestidos"),
        ("Violonchelo 4/4 Estudiante", "Instrumentos Musicales > Instrumentos de Cuerdas > Violoncellos"),
        ("Colchon Para Cuna 120 X 60 Espuma", "Bebés > Cuarto del Bebé > Colchones"),
        ("Pulsera Pandora Charms Plata", "Joyas y Relojes > Joyas y Bijouterie > Pulseras"),
        ("Depiladora Laser Ipl Definitiva", "Belleza y Cuidado Personal > Depilación > Depiladoras > Definitivas"),
        ("Salsa De Tomate Los Andes Galon", "Alimentos y Bebidas > Almacén > Salsas y Condimentos > Salsas y Aderezos"),
    ]);
}
