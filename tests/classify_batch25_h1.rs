//! Batch 25, helper 1's round on four departments: titles invented for antiques and
//! collectibles, art, stationery and haberdashery, toys and games, and consoles and video
//! games (597), half as Ecuadorian sellers write them today (esfero, carro a control remoto,
//! "del ejército") and half as Argentine sellers wrote them in 2013–2015 ("Antiguo …",
//! Rivadavia, Eterna, Duravit, Rasti, "Play 2 chipeada", "impecable"); not measurement data.
//! Every title of the tests named after a department went to another department or leaf with
//! the lexicon of 4f9102d4 (before the round) and reaches its leaf with the round's words; the
//! guards, drawn at random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn antiguedades_y_colecciones_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Licuadora Antigua Oster Años 60 Vaso Vidrio", "Antigüedades y Colecciones > Antigüedades > Electrodomésticos Antiguos > Licuadoras"),
        ("Antigua Maquina De Afeitar Gillette En Estuche", "Antigüedades y Colecciones > Antigüedades > Electrodomésticos Antiguos > Máquinas de Afeitar"),
        ("Maquina De Coser Antigua Godeco Con Mueble", "Antigüedades y Colecciones > Antigüedades > Electrodomésticos Antiguos > Otros"),
        ("Antiguo Proyector De Diapositivas Kodak", "Antigüedades y Colecciones > Antigüedades > Proyectores Antiguos"),
        ("Clasificador Para Estampillas 16 Hojas", "Antigüedades y Colecciones > Filatelia > Otros"),
        ("Casco Antiguo Del Ejercito Ecuatoriano", "Antigüedades y Colecciones > Militaría y Afines > Indumentaria Táctica > Cascos"),
        ("Parche Militar Bordado Fuerzas Especiales", "Antigüedades y Colecciones > Militaría y Afines > Indumentaria Táctica > Emblemas"),
        ("Antiguo Baul De Madera Con Herrajes", "Antigüedades y Colecciones > Antigüedades > Otros"),
        ("Antiguo Mortero De Bronce Con Pilon", "Antigüedades y Colecciones > Antigüedades > Otros"),
        ("Antigua Sopera De Porcelana Limoges", "Antigüedades y Colecciones > Antigüedades > Otros"),
        ("Antigua Lampara A Kerosene De Vidrio", "Antigüedades y Colecciones > Antigüedades > Otros"),
    ]);
}

#[test]
fn arte_libreria_y_merceria_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Mates De Calabaza Para Pintar X 10", "Arte, Librería y Mercería > Arte y Manualidades > Adornos y Objetos para Pintar"),
        ("Juego De Estecas Para Modelar Ceramica 8 Piezas", "Arte, Librería y Mercería > Arte y Manualidades > Artesanía en Cerámica > Herramientas para Modelar > Juegos de Estecas"),
        ("Torno De Alfarero Electrico 25 Cm", "Arte, Librería y Mercería > Arte y Manualidades > Artesanía en Cerámica > Otros"),
        ("Molde De Silicona Para Resina Posavasos", "Arte, Librería y Mercería > Arte y Manualidades > Artesanía en Resina > Kits de Moldes"),
        ("Cera De Soja Para Velas 1 Kg", "Arte, Librería y Mercería > Arte y Manualidades > Insumos para Hacer Velas > Parafina"),
        ("Acrilicos Eterna X 12 Colores 50 Ml", "Arte, Librería y Mercería > Librería > Artística y Pintura > Acrílicos"),
        ("Lapices Faber Castell Polychromos X 24", "Arte, Librería y Mercería > Librería > Artística y Pintura > Lápices"),
        ("Lapices De Colores Prismacolor 48 Premier", "Arte, Librería y Mercería > Librería > Artística y Pintura > Lápices"),
        ("Archivador De Palanca Oficio", "Arte, Librería y Mercería > Librería > Comercial y Oficina > Carpetas y Biblioratos"),
        ("Tijera De Oficina 21 Cm Acero", "Arte, Librería y Mercería > Librería > Comercial y Oficina > Pegamentos y Cortantes > Tijeras"),
        ("Lote De 100 Stickers Vinilo Anime", "Arte, Librería y Mercería > Librería > Escolar > Stickers"),
        ("Sacapuntas Electrico De Escritorio", "Arte, Librería y Mercería > Librería > Escolar > Útiles Escolares > Sacapuntas"),
        ("Crochet Aluminio Set 12 Medidas", "Arte, Librería y Mercería > Mercería > Agujas > De Tejer"),
        ("Telar Maria Para Mantas", "Arte, Librería y Mercería > Mercería > Telares"),
        ("Calzador De Metal Largo Para Zapatos", "Arte, Librería y Mercería > Mercería > Zapatería > Calzadores de Zapatos"),
        ("Lapicera Roller Pilot V5 Negra", "Arte, Librería y Mercería > Librería > Escolar > Útiles Escolares > Lapiceras"),
    ]);
}

#[test]
fn juegos_y_juguetes_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Bolitas De Hidrogel X 10000 Para Pistola", "Juegos y Juguetes > Armas y Lanzadores de Juguete > Accesorios y Municiones > Municiones"),
        ("Kit Para Hacer Collares Y Pulseras Para Nenas", "Juegos y Juguetes > Arte y Manualidades > Kits de Bijouterie para Niños"),
        ("Vias Para Tren Electrico Ho X 10 Rectas", "Juegos y Juguetes > Hobbies > Modelismo > Ferromodelismo > Vías, Desvíos y Cruces"),
        ("Barco Velero A Control Remoto", "Juegos y Juguetes > Hobbies > Modelismo > Modelismo Naval > Barcos"),
        ("Lancha Rc De Carrera 2.4 Ghz", "Juegos y Juguetes > Hobbies > Modelismo > Modelismo Naval > Lanchas"),
        ("Kit Revell Auto 1/24 Para Armar", "Juegos y Juguetes > Hobbies > Modelismo > Plastimodelismo"),
        ("Mesa De Ruleta Casino Paño", "Juegos y Juguetes > Juegos de Mesa y Cartas > Mesas de Ruleta"),
        ("Juego De Bowling Infantil 10 Pinos", "Juegos y Juguetes > Juegos de Salón > Juegos de Bowling"),
        ("Bolas De Pool Numeradas Juego Completo", "Juegos y Juguetes > Juegos de Salón > Pool > Bolas"),
        ("Set De Belleza Para Nenas Con Secador", "Juegos y Juguetes > Juguetes de Oficios > Sets de Belleza para Niños"),
        ("Barbie Fashionista Original Mattel", "Juegos y Juguetes > Muñecos y Muñecas > Muñecas y Bebotes"),
        ("Bateria 6v Para Auto Montable", "Juegos y Juguetes > Vehículos Montables para Niños > Accesorios y Repuestos"),
        ("Exhibidor Para Autitos Hot Wheels 1:64", "Juegos y Juguetes > Vehículos de Juguete > Exhibidoras de Autitos"),
        ("Juego De La Oca Y Ludo Tablero", "Juegos y Juguetes > Juegos de Mesa y Cartas > Juegos de Mesa"),
    ]);
}

#[test]
fn consolas_y_videojuegos_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cartucho Super Mario Bros 3 Nes Original", "Consolas y Videojuegos > Videojuegos"),
        ("Pes 2014 Pro Evolution Soccer Ps3", "Consolas y Videojuegos > Videojuegos"),
        ("Funda Estuche Rigido Nintendo Switch", "Consolas y Videojuegos > Accesorios para Consolas > Para Nintendo > Nintendo Switch > Fundas y Estuches"),
        ("Dock Para Nintendo Switch Cargador", "Consolas y Videojuegos > Accesorios para Consolas > Para Nintendo > Nintendo Switch > Otros"),
        ("Control Remoto Bluray Ps3", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS3 - PlayStation 3 > Controles y Joysticks > Controles Remotos Multimedia"),
        ("Auriculares Gamer Ps4 Con Microfono", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Audio y Video para Gaming > Auriculares"),
        ("Camara Ps4 Playstation Camera", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Otros"),
        ("Base De Carga Dualsense Ps5", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS5 - PlayStation 5 > Cargadores para Controles"),
        ("Funda Psp Estuche Rigido", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PSP - PlayStation Portable"),
        ("Control Sega Genesis 6 Botones", "Consolas y Videojuegos > Accesorios para Consolas > Para SEGA > Sega Genesis / Mega Drive > Gamepads y Joysticks"),
        ("Bateria Recargable Para Control Xbox One", "Consolas y Videojuegos > Accesorios para Consolas > Para Xbox > Xbox One > Otros"),
        ("Carcasa Para Joystick Xbox One", "Consolas y Videojuegos > Repuestos para Consolas > Para Xbox > Otros"),
        ("Pantalla Nintendo 3ds Repuesto", "Consolas y Videojuegos > Repuestos para Consolas > Para Nintendo > Otros"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Sobre Carta Blanco Caja X 500", "Arte, Librería y Mercería > Librería > Comercial y Oficina > Sobres"),
        ("Fidget Spinner Metalico", "Juegos y Juguetes > Juguetes Antiestrés e Ingenio > Fidget Spinners"),
        ("Control Family Game Joystick", "Consolas y Videojuegos > Accesorios para Consolas > Para Family Game > Otros"),
        ("Peluche Oso Gigante 1 Metro", "Juegos y Juguetes > Peluches"),
        ("Antiguo Grabador De Cinta Abierta Geloso", "Antigüedades y Colecciones > Antigüedades > Audio Antiguo > Grabadores"),
        ("Autito De Lata Antiguo Japones", "Antigüedades y Colecciones > Otros"),
        ("Lapiz Stylus Para Nintendo Ds X 3", "Consolas y Videojuegos > Accesorios para Consolas > Para Nintendo > Nintendo DS"),
        ("Patines En Linea Ajustables Nena", "Juegos y Juguetes > Patines y Patinetas > Patines"),
        ("Ligas De Caucho Caja 100 Gr", "Arte, Librería y Mercería > Librería > Banditas Elásticas"),
        ("Tamagotchi Original Bandai", "Juegos y Juguetes > Electrónicos para Niños > Mascotas Virtuales"),
        ("Fibras Carioca X 12 Colores", "Arte, Librería y Mercería > Librería > Escolar > Útiles Escolares > Marcadores y Resaltadores"),
        ("Antigua Campana De Barco Bronce", "Antigüedades y Colecciones > Antigüedades > Campanas"),
        ("Cuatriciclo A Bateria 6v", "Juegos y Juguetes > Vehículos Montables para Niños > Vehículos a Batería"),
        ("Funda De Silicona Para Joystick Ps4", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Fundas para Controles"),
        ("Mesa De Tejo Air Hockey", "Juegos y Juguetes > Juegos de Salón > Mesas de Tejo"),
        ("Plancha De Corcho 60x40 10 Mm", "Arte, Librería y Mercería > Arte y Manualidades > Planchas de Corcho"),
        ("Romana Antigua De Hierro Para Colgar 50 Kg", "Antigüedades y Colecciones > Antigüedades > Balanzas Antiguas > Balanzas > Colgantes"),
        ("Puntilla De Encaje Algodon 3 Cm Metro", "Arte, Librería y Mercería > Mercería > Puntillas"),
        ("Kit Escolar Completo Primaria 20 Piezas", "Arte, Librería y Mercería > Librería > Escolar > Kits Escolares"),
        ("Maquina De Escribir Antigua Remington", "Antigüedades y Colecciones > Antigüedades > Máquinas de Escribir e Insumos > Máquinas de Escribir Antiguas"),
    ]);
}
