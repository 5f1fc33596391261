//! Batch 21 (issue 15), second part: titles invented for babies, food and drinks, sports,
//! pets, beauty, clothing and vehicles (about 940, by a helper of the batch), as Argentine
//! sellers wrote them in 2013–2015 and Ecuadorian sellers write them today; not measurement
//! data. Every title of the tests named after a department went to another department or leaf
//! with the lexicon of 1c902f6 and without the opening-article sign; the guards, drawn at random
//! from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_under_their_branch;

#[test]
fn food_and_drinks_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Bolsas Para Horno Asar Pollo X 5", "Alimentos y Bebidas > Almacén > Bolsas para Cocinar"),
        ("Chupetines Pico Dulce X 50", "Alimentos y Bebidas > Almacén > Dulces y Chocolates > Golosinas"),
        ("Lupulo Cascade Pellet 100g Cerveza Artesanal", "Alimentos y Bebidas > Almacén > Lúpulo"),
        ("Manjar De Leche Tarro 500g", "Alimentos y Bebidas > Almacén > Mermeladas, Dulces y Miel"),
        ("Medialunas De Manteca X 12", "Alimentos y Bebidas > Almacén > Panadería > Medialunas y Facturas"),
        ("Panetone Grande 900g", "Alimentos y Bebidas > Almacén > Panadería > Pan Dulce"),
        ("Papel Arroz Comestible Impreso Para Torta", "Alimentos y Bebidas > Almacén > Repostería y Pastelería"),
        ("Torta Personalizada Cumpleaños 2 Kilos", "Alimentos y Bebidas > Almacén > Repostería y Pastelería"),
        ("Pochoclos Para Microondas X 3", "Alimentos y Bebidas > Almacén > Snacks"),
        ("Canguil Para Microondas Act Ii", "Alimentos y Bebidas > Almacén > Snacks"),
        ("Aperol 750ml", "Alimentos y Bebidas > Bebidas > Bebidas Aperitivos"),
        ("Aguacate Hass Por Kilo", "Alimentos y Bebidas > Frescos > Frutas y Verduras"),
    ]);
}

#[test]
fn babies_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Termometro De Baño Patito Para Bebe", "Bebés > Artículos de Bebés para Baño > Termómetros para Baño"),
        ("Toallon Con Capucha Bebe Algodon", "Bebés > Artículos de Bebés para Baño > Toallones"),
        ("Almohada De Embarazo En Forma De U", "Bebés > Artículos de Maternidad > Almohadones de Maternidad"),
        ("Cambiador Portatil Para Bebe Impermeable", "Bebés > Artículos de Maternidad > Cambiadores Portátiles"),
        ("Faja Para Embarazada Soporte Lumbar", "Bebés > Artículos de Maternidad > Fajas para Embarazadas"),
        ("Pezonera De Silicona Lactancia Medela", "Bebés > Artículos de Maternidad > Pezoneras"),
        ("Blusa Para Embarazada Lactancia", "Bebés > Artículos de Maternidad > Ropa para Embarazadas"),
        ("Manta De Apego Conejito Bebe", "Bebés > Cuarto del Bebé > Mantas de Apego"),
        ("Calentador De Biberones Electrico", "Bebés > Lactancia y Alimentación > Calentadores"),
        ("Silla Periquera Bebe Infanti", "Bebés > Lactancia y Alimentación > Sillas de Comer"),
        ("Cucharas Termosensibles Bebe X3", "Bebés > Lactancia y Alimentación > Vasos, Platos y Cubiertos"),
        ("Arnes Para Niños Correa De Seguridad", "Bebés > Paseo del Bebé > Arneses y Correas"),
        ("Parasol Para Auto Con Dibujos Infantil", "Bebés > Paseo del Bebé > Parasoles para Autos"),
        ("Buzo Bebe Con Capucha Polar", "Bebés > Ropa y Calzado para Bebés"),
        ("Mameluco Para Bebe Algodon", "Bebés > Ropa y Calzado para Bebés"),
        ("Sacamocos Bebe Nosefrida", "Bebés > Salud del Bebé > Aspiradores Nasales"),
        ("Pulsera Repelente De Mosquitos Bebe", "Bebés > Salud del Bebé"),
        ("Espejo Retrovisor Bebe Para Auto", "Bebés > Seguridad para Bebés > Espejos Retrovisores"),
        ("Torre De Aprendizaje Montessori Madera", "Bebés > Seguridad para Bebés > Torres de Aprendizaje"),
    ]);
}

#[test]
fn beauty_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Buclera Remington Ceramica 25mm", "Belleza y Cuidado Personal > Artefactos para el Cabello > Bucleras"),
        ("Rizador De Cabello Automatico", "Belleza y Cuidado Personal > Artefactos para el Cabello > Bucleras"),
        ("Maquina Cortar Pelo Wahl Magic Clip", "Belleza y Cuidado Personal > Artefactos para el Cabello > Cortadoras de Pelo"),
        ("Cuchilla Repuesto Wahl Senior", "Belleza y Cuidado Personal > Artefactos para el Cabello > Repuestos de Cortadora de Pelo"),
        ("Trimmer Patillera Wahl Detailer", "Belleza y Cuidado Personal > Artefactos para el Cabello > Trimmers"),
        ("Papel Aluminio Para Mechas Rollo", "Belleza y Cuidado Personal > Artículos de Peluquería"),
        ("Cabeza Maniqui Para Practica Peinados", "Belleza y Cuidado Personal > Artículos de Peluquería > Accesorios de Peluquería > Cabezas de Práctica"),
        ("Difusor Universal Para Secador", "Belleza y Cuidado Personal > Artículos de Peluquería > Accesorios de Peluquería > Difusores para Secadores"),
        ("Atomizador Rociador Peluqueria 300ml", "Belleza y Cuidado Personal > Artículos de Peluquería > Accesorios de Peluquería > Envases Atomizadores"),
        ("Sillon De Barberia Hidraulico Reclinable", "Belleza y Cuidado Personal > Artículos de Peluquería > Muebles para Peluquerías"),
        ("Mesa De Manicure Con Extractor", "Belleza y Cuidado Personal > Artículos de Peluquería > Muebles para Peluquerías"),
        ("Camilla Para Cosmetologia Plegable", "Belleza y Cuidado Personal > Artículos de Peluquería > Muebles para Peluquerías"),
        ("Navaja Barbera Acero Inoxidable", "Belleza y Cuidado Personal > Barbería > Navajas de Afeitar"),
        ("Balsamo Labial Carmex", "Belleza y Cuidado Personal > Cuidado de la Piel > Bálsamos Labiales"),
        ("Cepillo Limpiador Facial Electrico Silicona", "Belleza y Cuidado Personal > Cuidado de la Piel > Limpieza Facial"),
        ("Cera Para Peinar Mate Hombre", "Belleza y Cuidado Personal > Cuidado del Cabello"),
        ("Afeitadora Descartable Bic X 5", "Belleza y Cuidado Personal > Higiene Personal > Afeitadoras Descartables"),
        ("Repuestos Gillette Mach3 X 4 Cartuchos", "Belleza y Cuidado Personal > Higiene Personal > Cartuchos para Afeitadoras"),
        ("Irrigador Bucal Waterpik Portatil", "Belleza y Cuidado Personal > Higiene Personal > Cuidado Bucal > Waterpiks"),
        ("Pañuelos Desechables Kleenex", "Belleza y Cuidado Personal > Higiene Personal > Pañuelos Descartables"),
        ("Stickers Para Uñas Decoracion", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Decoración para Uñas"),
        ("Encrespador De Pestañas Revlon", "Belleza y Cuidado Personal > Maquillaje > Aplicadores y Herramientas"),
        ("Rubor En Polvo Compacto", "Belleza y Cuidado Personal > Maquillaje > Rostro > Iluminadores y Rubores"),
        ("Primer Facial Pre Base Maquillaje", "Belleza y Cuidado Personal > Maquillaje > Rostro > Primer de Maquillaje"),
        ("Corrector Nasal Silicona Levanta Nariz", "Belleza y Cuidado Personal > Tratamientos de Belleza > Correctores Nasales"),
        ("Mascara Led Facial 7 Colores", "Belleza y Cuidado Personal > Tratamientos de Belleza"),
    ]);
}

#[test]
fn sports_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Zapatillas De Trekking Salomon", "Deportes y Fitness > Montañismo y Trekking"),
        ("Musculosa De Basquet Lakers", "Deportes y Fitness > Básquet"),
        ("Pollera De Tenis Con Short", "Deportes y Fitness > Tenis, Padel y Squash"),
        ("Traje De Neopreno Surf 3/2 Mm", "Deportes y Fitness > Surf y Bodyboard"),
        ("Chaleco Compensador Buceo Aqualung", "Deportes y Fitness > Buceo > Chalecos Compensadores"),
        ("Traje De Neopreno Buceo 5mm Largo", "Deportes y Fitness > Buceo"),
        ("Balon De Baloncesto Molten Gg7x", "Deportes y Fitness > Básquet > Pelotas"),
        ("Bicicleta Electrica Plegable 350w", "Deportes y Fitness > Ciclismo > Bicicletas Eléctricas"),
        ("Tricota Ciclismo Manga Corta", "Deportes y Fitness > Ciclismo > Indumentaria"),
        ("Antiparras De Esqui Doble Lente", "Deportes y Fitness > Esqui y Snowboard"),
        ("Maquina Multifuncion Gimnasio Casa", "Deportes y Fitness > Fitness y Musculación > Máquinas de Musculación"),
        ("Inflador De Pelotas Con Aguja", "Deportes y Fitness > Fútbol > Infladores de Pelota"),
        ("Casco De Futbol Americano Riddell", "Deportes y Fitness > Fútbol Americano"),
        ("Toalla Microfibra Deportiva Secado Rapido", "Deportes y Fitness > Natación"),
        ("Patines Artisticos Cuatro Ruedas", "Deportes y Fitness > Patín y Skateboard > Patines y Rollers"),
        ("Ruedas Para Skate 52mm Rulemanes Abec 7", "Deportes y Fitness > Patín y Skateboard"),
        ("Termo Deportivo 1 Litro Motivacional", "Deportes y Fitness > Suplementos y Shakers > Botellas Deportivas"),
    ]);
}

#[test]
fn clothing_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Manga De Compresion Brazo Deportiva", "Ropa y Accesorios > Ropa Deportiva > Mangas de Compresión"),
        ("Antifaz Para Dormir Seda", "Ropa y Accesorios > Accesorios de Moda > Antifaces para Dormir"),
        ("Cuello Polar Termico Invierno", "Ropa y Accesorios > Accesorios de Moda > Bufandas y Pañuelos"),
        ("Sombrilla Plegable Antiviento", "Ropa y Accesorios > Accesorios de Moda > Paraguas"),
        ("Broche Prendedor Para Ropa Flor", "Ropa y Accesorios > Accesorios de Moda > Prendedores y Broches"),
        ("Tirantes Elasticos Para Hombre", "Ropa y Accesorios > Accesorios de Moda > Tiradores"),
        ("Toalla De Playa Grande Microfibra", "Ropa y Accesorios > Accesorios de Moda > Toallas de Playa"),
        ("Almohada De Viaje Cervical", "Ropa y Accesorios > Equipaje, Bolsos y Carteras > Equipaje y Accesorios de Viaje"),
        ("Mochila Tactica Militar 40l", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Accesorios Tácticos"),
        ("Botas Militares Borceguies Cuero", "Ropa y Accesorios > Indumentaria Laboral y Escolar > Indumentaria Táctica"),
    ]);
}

#[test]
fn pets_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Mezcla De Semillas Para Loros 5kg", "Animales y Mascotas > Aves > Alimentos"),
        ("Bebedero Para Pollos 5 Litros", "Animales y Mascotas > Aves > Bebederos y Comederos"),
        ("Comedero Tolva Para Gallinas", "Animales y Mascotas > Aves > Bebederos y Comederos"),
        ("Columpio Para Pajaros Con Campana", "Animales y Mascotas > Aves > Juguetes"),
        ("Yegua Criolla Mansa 5 Años", "Animales y Mascotas > Caballos"),
        ("Casita Para Gato Plegable", "Animales y Mascotas > Gatos > Camas y Cuchas"),
        ("Hormiguero Granja De Hormigas Educativo", "Animales y Mascotas > Insectos"),
        ("Calentador Para Pecera 100w Termostato", "Animales y Mascotas > Peces > Peceras y Accesorios > Climatización"),
        ("Plantas Acuaticas Naturales Para Acuario", "Animales y Mascotas > Peces > Peceras y Accesorios > Decoración para Acuarios"),
        ("Luz Led Para Acuario 60cm", "Animales y Mascotas > Peces > Peceras y Accesorios > Iluminación"),
        ("Sifon Limpiador De Grava Acuario", "Animales y Mascotas > Peces > Peceras y Accesorios > Limpieza y Mantenimiento"),
        ("Perfume Para Mascotas 250ml", "Animales y Mascotas > Perros > Estética e Higiene"),
        ("Nexgard Masticable Antipulgas", "Animales y Mascotas > Perros"),
        ("Disfraz Para Perro Halloween", "Animales y Mascotas > Perros > Indumentaria y Accesorios > Disfraces"),
        ("Peluche Con Chifle Para Perro", "Animales y Mascotas > Perros > Juguetes"),
        ("Cinturon De Seguridad Para Perro Auto", "Animales y Mascotas > Perros > Viaje y Paseo"),
        ("Funda Cubre Asiento Auto Para Mascotas", "Animales y Mascotas > Perros > Viaje y Paseo > Fundas para Tapizados"),
    ]);
}

#[test]
fn vehicles_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Alforjas Para Moto Cuero Par", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Alforjas"),
        ("Caja Delivery Para Moto Termica", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Baúles y Anclajes"),
        ("Parrilla Portaequipaje Moto Honda Cb190", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Baúles y Anclajes"),
        ("Defensa Para Moto Pulsar 200 Ns", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Defensas"),
        ("Traje De Lluvia Para Motociclista", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Indumentaria y Calzado"),
        ("Red Pulpo Para Moto Elastica", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Redes de Pulpo"),
        ("Sliders Para Moto Yamaha R15", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Sliders"),
        ("Bomba De Achique 12v Sumergible", "Accesorios para Vehículos > Accesorios Náuticos"),
        ("Tiro De Arrastre Bola Toyota", "Accesorios para Vehículos > Accesorios de Auto y Camioneta > Accesorios de Exterior"),
        ("Pisos De Caucho Para Carro Kia Rio", "Accesorios para Vehículos > Accesorios de Auto y Camioneta > Accesorios de Interior"),
        ("Camara Para Auto Dashcam Full Hd", "Accesorios para Vehículos > Accesorios de Auto y Camioneta > Accesorios de Interior"),
        ("Organizador Para Asiento Trasero Auto", "Accesorios para Vehículos > Accesorios de Auto y Camioneta > Accesorios de Interior"),
        ("Bajo Subwoofer Pioneer 12 Pulgadas", "Accesorios para Vehículos > Audio para Vehículos"),
        ("Crique Carrito 3 Toneladas", "Accesorios para Vehículos > Herramientas para Vehículos > Elevación"),
        ("Compresor De Aire Portatil 12v Para Llantas", "Accesorios para Vehículos > Herramientas para Vehículos > Infladores"),
        ("Llave Saca Filtro De Aceite", "Accesorios para Vehículos > Herramientas para Vehículos > Llaves"),
        ("Medidor De Presion De Llantas Digital", "Accesorios para Vehículos > Herramientas para Vehículos > Medición"),
        ("Llanta Para Moto 90/90-18 Pirelli", "Accesorios para Vehículos > Neumáticos"),
        ("Alza Vidrios Electrico Universal", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Cristales"),
        ("Piston Para Moto 150cc Kit", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Motor"),
        ("Chaleco Reflectivo Conductor", "Accesorios para Vehículos > Seguridad Vehicular > Chalecos Reflectivos"),
        ("Pintura Spray Para Aros Negro Mate", "Accesorios para Vehículos > Tuning > Pinturas para Autos"),
    ]);
}

/// Right before the batch and after it.
#[test]
fn titles_right_before_stay_right() {
    assert_under_their_branch(&[
        ("Juego De Sabanas Para Cuna Bebe", "Bebés > Cuarto del Bebé > Ropa de Cuna"),
        ("Cronometro Deportivo Digital", "Deportes y Fitness > Pulsómetros y Cronómetros > Cronómetros"),
        ("Guardachoque Delantero Chevrolet Aveo", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Carrocería"),
        ("Guantes Para Moto Con Protecciones", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Indumentaria y Calzado"),
        ("Toallas Sanitarias Nosotras X 30", "Belleza y Cuidado Personal > Higiene Personal > Higiene Femenina"),
        ("Peces Betta Macho Colores", "Animales y Mascotas > Peces > Peces"),
        ("Alfombra Goma Eva Bebe Piso Encastrable", "Bebés > Seguridad para Bebés"),
        ("Bomba De Aire Para Pecera Doble Salida", "Animales y Mascotas > Peces > Peceras y Accesorios > Limpieza y Mantenimiento"),
        ("Collar De Cuero Para Perro Grande", "Animales y Mascotas > Perros > Viaje y Paseo > Collares, Correas y Arneses"),
        ("Esterilizador De Mamaderas Avent Electrico", "Bebés > Lactancia y Alimentación > Esterilizadores Eléctricos"),
        ("Pelota Para Perro Indestructible", "Animales y Mascotas > Perros > Juguetes"),
        ("Parka Inflable Con Capucha Hombre", "Ropa y Accesorios > Abrigos > Camperas, Tapados y Trenchs"),
        ("Brocha De Afeitar Pelo De Tejon", "Belleza y Cuidado Personal > Barbería > Brochas de Afeitar"),
        ("Aceto Balsamico De Modena 250ml", "Alimentos y Bebidas > Almacén > Aceites y Vinagres > Acetos Balsámicos"),
        ("Mote Pelado 1 Libra", "Alimentos y Bebidas > Almacén > Arroz, Legumbres y Semillas"),
        ("Casco Equitacion Regulable", "Deportes y Fitness > Equitación y Polo"),
        ("Bolso De Viaje Grande Lona", "Ropa y Accesorios > Equipaje, Bolsos y Carteras > Equipaje y Accesorios de Viaje"),
        ("Bodyboard Con Pita Y Leash", "Deportes y Fitness > Surf y Bodyboard"),
        ("Cacao En Polvo Amargo 1kg", "Alimentos y Bebidas > Almacén > Saborizantes y Jarabes"),
        ("Pantalon Maternal Jean Embarazada", "Bebés > Artículos de Maternidad > Ropa para Embarazadas"),
        ("Extensiones De Cabello Natural Clip 60cm", "Belleza y Cuidado Personal > Artículos de Peluquería > Extensiones y Pelucas"),
        ("Peluca Lace Front Cabello Humano", "Belleza y Cuidado Personal > Artículos de Peluquería > Extensiones y Pelucas > Pelucas"),
        ("Compresor De Aire Acondicionado Auto", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Climatización"),
        ("Capsulas Dolce Gusto Cappuccino X 16", "Alimentos y Bebidas > Almacén > Infusiones > Cápsulas"),
        ("Pistola De Balines Co2 4.5mm", "Deportes y Fitness > Tiro Deportivo"),
        ("Bastones De Trekking Par Aluminio", "Deportes y Fitness > Montañismo y Trekking > Bastones"),
        ("Calcetines Hombre Algodon X 12 Pares", "Ropa y Accesorios > Ropa Interior y de Dormir > Ropa Interior"),
        ("Vela De Windsurf 6.5 M2", "Deportes y Fitness > Windsurf"),
        ("Turron De Mani Georgalos", "Alimentos y Bebidas > Almacén > Dulces y Chocolates > Turrones"),
        ("Short De Futbol Adidas Tiro", "Deportes y Fitness > Fútbol"),
    ]);
}
