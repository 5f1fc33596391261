//! Batch 22 (issue 15), a helper's round on the best-selling departments in today's way of writing:
//! titles invented for phones, computing, pets, clothing, beauty, supplements and food (628), as
//! Ecuadorian sellers write them today; not measurement data. Every title of the tests named
//! after a department went to another department or leaf with the lexicon of 8a9f326 (before
//! the round); the guards, drawn at random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_under_their_branch;

#[test]
fn alimentos_y_bebidas_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Sal Rosada Del Himalaya 1 Kg", "Alimentos y Bebidas > Almacén > Salsas y Condimentos"),
        ("Tostado De Maíz Con Sal 500g", "Alimentos y Bebidas > Almacén > Snacks"),
        ("Fiora Vanti Fresa 3 Litros", "Alimentos y Bebidas > Bebidas > Gaseosas"),
    ]);
}

#[test]
fn animales_y_mascotas_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Pro Plan Cat Adult Salmon 7.5 Kg", "Animales y Mascotas > Gatos > Alimento, Premios y Suplemento"),
        ("Alimento Húmedo Pedigree Sobre 100g Pack 12", "Animales y Mascotas > Perros > Alimento, Premios y Suplemento"),
        ("Royal Canin Maxi Adult 15 Kg", "Animales y Mascotas > Perros > Alimento, Premios y Suplemento"),
        ("Royal Canin Medium Adult 15kg", "Animales y Mascotas > Perros > Alimento, Premios y Suplemento"),
        ("Taste Of The Wild High Prairie 12.2 Kg", "Animales y Mascotas > Perros > Alimento, Premios y Suplemento"),
        ("Nutra Nuggets Perro Adulto Mantenimiento 15 Kg", "Animales y Mascotas > Perros > Alimento, Premios y Suplemento"),
        ("Nutrapro Adulto Razas Medianas 15 Kg", "Animales y Mascotas > Perros > Alimento, Premios y Suplemento"),
        ("Pañitos Húmedos Para Mascotas 100 Unid", "Animales y Mascotas > Perros > Estética e Higiene"),
    ]);
}

#[test]
fn belleza_y_cuidado_personal_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Snail Mucin Cosrx 96 Essence 100ml Coreano", "Belleza y Cuidado Personal > Cuidado de la Piel"),
        ("Body Lotion Victoria Secret 236ml", "Belleza y Cuidado Personal > Cuidado de la Piel > Cuidado Corporal"),
        ("Crema Para Estrías Embarazo Bio Oil 125ml", "Belleza y Cuidado Personal > Cuidado de la Piel > Cuidado Corporal"),
        ("Aceite Capilar Elvive Extraordinario 100ml", "Belleza y Cuidado Personal > Cuidado del Cabello > Tratamientos para el Cabello"),
        ("Botox Capilar Profesional 1kg", "Belleza y Cuidado Personal > Cuidado del Cabello > Tratamientos para el Cabello"),
        ("Lip Oil Dior Addict", "Belleza y Cuidado Personal > Maquillaje > Labios"),
        ("Delineador Gel Waterproof Maybelline", "Belleza y Cuidado Personal > Maquillaje > Ojos, Pestañas y Cejas"),
        ("Polvo Suelto Translucido Huda Beauty", "Belleza y Cuidado Personal > Maquillaje > Rostro"),
    ]);
}

#[test]
fn celulares_y_telefonos_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Estuche Tipo Libro Billetera Samsung A14 Cuero", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores"),
        ("Mica Cerámica Xiaomi Redmi 13c Full Cover", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Protectores de Pantalla"),
        ("Base Cargadora Inalambrica 3 En 1 iPhone Watch Airpods", "Celulares y Teléfonos > Accesorios para Celulares > Cargadores y Accesorios"),
        ("Pulso Metalico Para Galaxy Watch 20mm", "Celulares y Teléfonos > Smartwatches y Accesorios > Mallas"),
        ("Huawei Watch Fit 3 Verde", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
        ("Samsung Galaxy Watch 6 Classic 47mm", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
    ]);
}

#[test]
fn computacion_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Enfriamiento Liquido 240mm Argb Aio Cpu", "Computación > Componentes de PC > Coolers y Ventiladores"),
    ]);
}

#[test]
fn deportes_y_fitness_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Preentreno Psychotic Insane Labz 35 Servicios", "Deportes y Fitness > Suplementos y Shakers > Suplementos Deportivos"),
    ]);
}

#[test]
fn ropa_y_accesorios_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Gorra Trucker Malla Bordada", "Ropa y Accesorios > Accesorios de Moda > Gorros, Sombreros y Boinas"),
        ("Croptop Mujer Algodón Manga Corta", "Ropa y Accesorios > Remeras, Musculosas y Chombas"),
    ]);
}

#[test]
fn salud_y_equipamiento_medico_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Hierro Bisglicinato Con Vitamina C", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Cúrcuma Con Pimienta Negra 120 Caps", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
    ]);
}

#[test]
fn guards_stay_on_their_branch() {
    assert_under_their_branch(&[
        ("Aceite Vegetal El Cocinero 1 Litro", "Alimentos y Bebidas > Almacén > Aceites y Vinagres"),
        ("Monitor Xiaomi 27 Pulgadas 165hz Curvo", "Computación > Monitores y Accesorios > Monitores"),
        ("Apple Watch Se 2da Gen 40mm", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
        ("Laptop Huawei Matebook D15 I5", "Computación > Notebooks y Accesorios > Notebooks"),
        ("Moringa En Cápsulas 500mg Natural", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Agua Micelar Garnier 400ml", "Belleza y Cuidado Personal > Cuidado de la Piel"),
        ("Bolso Tote Bag Mujer Cuero", "Ropa y Accesorios > Equipaje, Bolsos y Carteras"),
        ("Infinix Note 40 Pro 256gb 8gb Carga Magnética", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Proteína Whey Isolate Iso Sensation 5 Libras", "Deportes y Fitness > Suplementos y Shakers > Suplementos Deportivos"),
        ("Chaleco Acolchado Hombre Puffer", "Ropa y Accesorios > Abrigos > Saquitos, Sweaters y Chalecos"),
        ("Quinua Orgánica Blanca 1 Kg", "Alimentos y Bebidas > Almacén > Arroz, Legumbres y Semillas"),
        ("Chocolate Pacari Orgánico 70% Cacao 50g", "Alimentos y Bebidas > Almacén > Dulces y Chocolates"),
        ("Tónico Facial Ácido Glicólico 7% The Ordinary", "Belleza y Cuidado Personal > Cuidado de la Piel"),
        ("Ganador De Peso Mass Tech Extreme 2000 6 Libras", "Deportes y Fitness > Suplementos y Shakers > Suplementos Deportivos"),
        ("Mouse Logitech G502 Hero 25k Dpi", "Computación > Periféricos de PC > Mouses y Teclados > Mouses"),
        ("Monitor Asus Tuf Gaming 27 Pulgadas 180hz", "Computación > Monitores y Accesorios > Monitores"),
        ("Mermelada Snob Mora 600g", "Alimentos y Bebidas > Almacén > Mermeladas, Dulces y Miel"),
        ("Xiaomi Smart Band 8 Pulsera Inteligente", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
        ("Tratamiento Alisado Keratina Cadiveu Brasil Cacau", "Belleza y Cuidado Personal > Cuidado del Cabello > Tratamientos para el Cabello"),
        ("Vitamina D3 5000 Ui 360 Softgels", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Perfume Versace Eros Edt 100ml Hombre", "Belleza y Cuidado Personal > Perfumes"),
        ("Miel De Abeja Pura 1 Litro", "Alimentos y Bebidas > Almacén > Mermeladas, Dulces y Miel"),
        ("Pre Entreno Total War Redcon1 30 Servicios", "Deportes y Fitness > Suplementos y Shakers > Suplementos Deportivos"),
        ("Spray Fijador De Maquillaje Urban Decay", "Belleza y Cuidado Personal > Maquillaje"),
        ("Serum Facial Retinol 0.5% Anti Edad 30ml", "Belleza y Cuidado Personal > Cuidado de la Piel"),
        ("Samsung Galaxy A55 5g 256gb 8gb Ram Awesome Navy", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Zapatillas Puma Suede Classic", "Ropa y Accesorios > Calzado > Zapatillas"),
        ("Cargador Carro Doble Usb Carga Rapida 3.0", "Celulares y Teléfonos > Accesorios para Celulares > Cargadores y Accesorios"),
        ("Tequila Jose Cuervo Especial Reposado 1 Litro", "Alimentos y Bebidas > Bebidas > Bebidas Blancas y Licores"),
        ("Chifles Tortolines Sal 160g", "Alimentos y Bebidas > Almacén > Snacks"),
    ]);
}
