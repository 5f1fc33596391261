//! Batch 26, helper 3's round on three departments: titles invented for antiques and
//! collectibles, "other categories" (smokers' goods, esoterica, the adult shop, tattoo
//! supplies, cryptocurrency and gift cards) and party goods (398), half as Ecuadorian sellers
//! write them today (yesquero, palo santo, recuerdos para bautizo, globos metalizados) and half
//! as Argentine sellers wrote them in 2013–2015 ("Antiguo …", "Lote de …", OCB, Raw and
//! Smoking papers, "papelillos", Playboy, "Mundial 86"); not measurement data. Every title of
//! the tests named after a department went to another department or leaf with the lexicon of
//! e75a8bbc (before the round) and reaches its leaf with the round's words; the guards, drawn
//! at random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn antiguedades_y_colecciones_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Ojo De Buey De Bronce Antiguo Barco", "Antigüedades y Colecciones > Antigüedades > Artículos Marítimos Antiguos"),
        ("Molinillo De Cafe Antiguo De Hierro Con Cajon", "Antigüedades y Colecciones > Antigüedades > Electrodomésticos Antiguos > Cafeteras"),
        ("Camiseta De Barcelona Sc Retro Coleccion 1990", "Antigüedades y Colecciones > Coleccionables de Deportes"),
        ("Ficha De Subte Antigua Buenos Aires", "Antigüedades y Colecciones > Monedas y Billetes > Fichas y Cospeles"),
        ("Antiguo Jarron De Porcelana China Siglo XIX", "Antigüedades y Colecciones > Antigüedades > Otros"),
        ("Antiguo Reloj De Bolsillo Omega De Plata", "Antigüedades y Colecciones > Antigüedades > Otros"),
        ("Tintero Antiguo De Bronce Con Pluma", "Antigüedades y Colecciones > Antigüedades > Otros"),
        ("Banderin Antiguo De Club Racing", "Antigüedades y Colecciones > Coleccionables de Deportes"),
        ("Reloj Despertador Antiguo A Cuerda", "Antigüedades y Colecciones > Antigüedades > Otros"),
    ]);
}

#[test]
fn otras_categorias_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Crema Retardante Masculina Sexshop", "Otras categorías > Adultos > Cosmética y Cuidado Personal > Cremas"),
        ("Crema Estimulante Femenina Intimo 30 Gr", "Otras categorías > Adultos > Cosmética y Cuidado Personal > Cremas"),
        ("Capsulas Potenciadoras Masculinas X 10", "Otras categorías > Adultos > Cosmética y Cuidado Personal > Cápsulas y Píldoras"),
        ("Lubricante Anal Relajante Con Aplicador", "Otras categorías > Adultos > Cosmética y Cuidado Personal > Lubricantes y Geles"),
        ("Vela De Masaje Erotica Aroma Vainilla", "Otras categorías > Adultos > Cosmética y Cuidado Personal > Velas"),
        ("Juego De Mesa Erotico Para Parejas Dados", "Otras categorías > Adultos > Juegos de Mesa Sexuales"),
        ("Dados Eroticos Posiciones Juego Para Parejas", "Otras categorías > Adultos > Juegos de Mesa Sexuales"),
        ("Capucha De Latex Bdsm", "Otras categorías > Adultos > Juguetes Sexuales > BDSM > Capuchas"),
        ("Dildo Realista Con Ventosa", "Otras categorías > Adultos > Juguetes Sexuales > Consoladores y Vibradores > Consoladores sin Vibrador"),
        ("Ducha Anal De Limpieza Pera", "Otras categorías > Adultos > Juguetes Sexuales > Duchas Anales"),
        ("Lote Revistas Eroticas Destape Años 80", "Otras categorías > Adultos > Libros y Revistas Eróticas > Revistas"),
        ("Body De Encaje Erotico Transparente", "Otras categorías > Adultos > Ropa Erótica > Lencería Femenina > Bodies y Catsuits"),
        ("Tanga Hilo Dental Erotica Comestible", "Otras categorías > Adultos > Ropa Erótica > Lencería Femenina > Tangas"),
        ("Boxer Erotico Masculino Tanga Hombre", "Otras categorías > Adultos > Ropa Erótica > Masculina"),
        ("Pelicula Xxx Dvd Original Adultos", "Otras categorías > Adultos > Películas"),
        ("Maquina Armadora De Cigarrillos Manual", "Otras categorías > Artículos para Fumadores > Armado de Cigarros > Armadores"),
        ("Entubadora De Cigarrillos Ocb", "Otras categorías > Artículos para Fumadores > Armado de Cigarros > Armadores"),
        ("Filtros De Carbon Activado Raw", "Otras categorías > Artículos para Fumadores > Armado de Cigarros > Filtros de Cigarrillos"),
        ("Papelillos Smoking Brown Librito", "Otras categorías > Artículos para Fumadores > Armado de Cigarros > Papeles para Armar"),
        ("Papel Raw Classic King Size Slim", "Otras categorías > Artículos para Fumadores > Armado de Cigarros > Papeles para Armar"),
        ("Moledor De Hierbas Grinder Aluminio", "Otras categorías > Artículos para Fumadores > Armado de Cigarros > Picadores"),
        ("Fosforos De Cocina Caja Grande", "Otras categorías > Artículos para Fumadores > Cajas de Fósforos"),
        ("Yesquero Zippo Original Negro Mate", "Otras categorías > Artículos para Fumadores > Encendedores"),
        ("Cortador De Habanos Guillotina", "Otras categorías > Artículos para Fumadores > Otros"),
        ("Cigarrera De Metal Para 20 Cigarrillos", "Otras categorías > Artículos para Fumadores > Otros"),
        ("Billetera Ledger Nano X Criptomonedas", "Otras categorías > Criptomonedas > Billeteras para Criptomonedas"),
        ("Amatista En Bruto Drusa 500 Gr", "Otras categorías > Esoterismo > Piedras Energéticas"),
        ("Fuente De Incienso Cascada De Humo Resina", "Otras categorías > Esoterismo > Porta Sahumerios"),
        ("Gift Card Playstation Store 50 Usd", "Otras categorías > Gift Cards"),
        ("Tetinas Para Tatuaje X 100", "Otras categorías > Insumos para Tatuajes > Tetinas"),
    ]);
}

#[test]
fn souvenirs_cotillon_y_fiestas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Anillos De Plastico Para Cotillon X 50", "Souvenirs, Cotillón y Fiestas > Cotillón > Anillos"),
        ("Lentes Locos Cotillon Carioca X 12", "Souvenirs, Cotillón y Fiestas > Cotillón > Anteojos"),
        ("Antifaces De Cotillon Lentejuelas X 10", "Souvenirs, Cotillón y Fiestas > Cotillón > Antifaces"),
        ("Mascara De Latex Terror Halloween", "Souvenirs, Cotillón y Fiestas > Cotillón > Máscaras"),
        ("Peluca Rubia Larga Disfraz", "Souvenirs, Cotillón y Fiestas > Cotillón > Pelucas, Barbas y Bigotes"),
        ("Inflador Electrico De Globos Doble Salida", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Globos y Accesorios > Infladores de Globos > Eléctricos"),
        ("Arco De Globos Kit Decoracion Baby Shower", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Kits de Decoración"),
        ("Novios Para Torta De Boda Porcelana", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Mesa de Dulces y Repostería > Adornos para Tortas"),
        ("Velas Chispitas Para Cumpleaños", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Velas, Bengalas y Estrellitas"),
        ("Varita Magica Harry Potter Hermione", "Souvenirs, Cotillón y Fiestas > Disfraces y Cosplay > Varitas"),
        ("Lanzador De Confeti Para Boda X 6", "Souvenirs, Cotillón y Fiestas > Espuma, Serpentina y Confeti > Cañones Lanza Papelitos"),
        ("Marco Photo Booth Gigante De Carton", "Souvenirs, Cotillón y Fiestas > Props para Photo Booths"),
        ("Chupetes Para Cotillon X 50", "Souvenirs, Cotillón y Fiestas > Cotillón > Otros"),
        ("Chispero Frio Para Fiesta Boda", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Velas, Bengalas y Estrellitas"),
        ("Nariz De Payaso Cotillon X 12", "Souvenirs, Cotillón y Fiestas > Cotillón > Otros"),
        ("Cornetas De Cotillon Plasticas X 50", "Souvenirs, Cotillón y Fiestas > Cotillón > Silbatos"),
        ("Gorros Navideños Papa Noel X 12", "Souvenirs, Cotillón y Fiestas > Cotillón > Sombreros y Gorros"),
        ("Varita Magica De Princesa", "Souvenirs, Cotillón y Fiestas > Disfraces y Cosplay > Varitas"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Monedas De Oro Antiguas Coleccion", "Antigüedades y Colecciones > Monedas y Billetes > Monedas"),
        ("Poster Original Pelicula Star Wars 1977", "Antigüedades y Colecciones > Posters"),
        ("Adorno Para Torta Topper Feliz Cumpleaños", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Mesa de Dulces y Repostería > Adornos para Tortas"),
        ("Plancha Antigua A Carbon De Hierro", "Antigüedades y Colecciones > Antigüedades > Electrodomésticos Antiguos > Planchas"),
        ("Telefono Antiguo ENTel Color Beige A Disco", "Antigüedades y Colecciones > Antigüedades > Teléfonos Antiguos"),
        ("Varita De Hada Con Luz", "Souvenirs, Cotillón y Fiestas > Disfraces y Cosplay > Varitas"),
        ("Campana De Bronce Antigua Con Soporte", "Antigüedades y Colecciones > Antigüedades > Campanas"),
        ("Souvenir Casamiento Frascos Con Dulces", "Souvenirs, Cotillón y Fiestas > Souvenirs"),
        ("Parche Bordado Militar Fuerza Aerea", "Antigüedades y Colecciones > Militaría y Afines > Indumentaria Táctica > Emblemas"),
        ("Varillas Para Globos Con Copa X 100", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Globos y Accesorios > Varillas para Globos"),
        ("Vibrador Rabbit Recargable 10 Velocidades", "Otras categorías > Adultos > Juguetes Sexuales > Consoladores y Vibradores > Consoladores Vibradores"),
        ("Banderin Feliz Cumpleaños Guirnalda", "Souvenirs, Cotillón y Fiestas > Decoración para Fiestas > Banderines y Guirnaldas"),
        ("Corona De Rey Cotillon Dorada", "Souvenirs, Cotillón y Fiestas > Cotillón > Vinchas, Coronas y Tiaras"),
        ("Billete De 5 Sucres 1988 Banco Central Ecuador", "Antigüedades y Colecciones > Monedas y Billetes > Billetes"),
        ("Lote 200 Estampillas Argentinas Usadas", "Antigüedades y Colecciones > Filatelia > Estampillas"),
        ("Trofeo Antiguo De Bronce Campeonato 1950", "Antigüedades y Colecciones > Antigüedades > Trofeos"),
        ("Lote De Estampillas Mundiales Mint", "Antigüedades y Colecciones > Filatelia > Estampillas"),
        ("Nieve En Aerosol Fiesta Carioca", "Souvenirs, Cotillón y Fiestas > Espuma, Serpentina y Confeti > Espumas en Aerosol"),
        ("Combo Cotillon Carioca 50 Personas", "Souvenirs, Cotillón y Fiestas > Cotillón > Combos de Cotillón"),
        ("Crema Cicatrizante Para Tatuajes 30 Gr", "Otras categorías > Insumos para Tatuajes > Cremas"),
    ]);
}
