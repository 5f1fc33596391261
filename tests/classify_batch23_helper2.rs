//! Batch 23 (issue 15), helper 2's top-down round on three weak departments: toys, electronics
//! and cameras. The titles are invented (616, half as Ecuadorian sellers write today, half as
//! Argentine sellers wrote in 2013–2015), not measurement data. Every title of the tests named
//! after a department went to another department or leaf with the lexicon of e141a6fd (before
//! the round) and reaches its leaf after it; the guards, drawn at random from the invented
//! titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn juegos_y_juguetes_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Camion Monstruo Rc Escala 1:16 Recargable", "Juegos y Juguetes > Vehículos de Juguete > Vehículos a Control Remoto"),
        ("Auto Coleccion Maisto 1:24 Ford Mustang Metal", "Juegos y Juguetes > Vehículos de Juguete > Vehículos a Escala"),
        ("Yoyo Profesional Metalico Con Rodamiento", "Juegos y Juguetes > Juegos de Plaza y Aire Libre > Malabares > Yo-Yo"),
        ("Carpa Para Niños Casita Castillo Princesa", "Juegos y Juguetes > Casas y Carpas para Niños > Carpas Infantiles"),
        ("Juguete Apilable Aros Para Bebe Fisher Price", "Juegos y Juguetes > Juguetes para Bebés > Juegos de Encastre y Apilables"),
        ("Album Panini Copa America Tapa Dura", "Juegos y Juguetes > Figuritas, Álbumes y Cromos > Álbumes de Figuritas"),
        ("Futbolin De Mesa Madera Para Niños", "Juegos y Juguetes > Juegos de Salón > Metegol > Metegoles"),
        ("Mecano Metalico 200 Piezas Para Armar", "Juegos y Juguetes > Juguetes de Construcción > Bloques y Figuras para Armar"),
        ("Tren Lionel Escala O Completo Con Transformador", "Juegos y Juguetes > Hobbies > Modelismo > Ferromodelismo > Trenes"),
        ("Auto Scalextric Fly Car Porsche 917", "Juegos y Juguetes > Hobbies > Scalextric > Autos"),
        ("Auto Rc Nitro 1/10 Traxxas Completo", "Juegos y Juguetes > Hobbies > Modelismo > Automodelismo"),
        ("Handy De Juguete Walkie Talkie Par Chicos", "Juegos y Juguetes > Electrónicos para Niños > Walkie Talkies"),
        ("Valijita Doctor Juguete Con Accesorios", "Juegos y Juguetes > Juguetes de Oficios > Valijitas de Juguete"),
        ("Mesa De Tejo Profesional Con Fichas", "Juegos y Juguetes > Juegos de Salón > Mesas de Tejo"),
        ("Lancha A Control Remoto Para Piscina Recargable", "Juegos y Juguetes > Vehículos de Juguete > Vehículos a Control Remoto"),
        ("Dinosaurio Control Remoto Camina Y Ruge", "Juegos y Juguetes > Vehículos de Juguete > Vehículos a Control Remoto"),
        ("Bus Escolar Metalico A Escala Pull Back", "Juegos y Juguetes > Vehículos de Juguete > Vehículos a Escala"),
        ("Llantas De Repuesto Para Carro Rc 1:10 X4", "Juegos y Juguetes > Vehículos de Juguete > Repuestos"),
        ("Carro De Barbie Convertible Rosado", "Juegos y Juguetes > Vehículos de Juguete > Vehículos de Muñecos y Muñecas"),
        ("Juego Serpientes Y Escaleras Tablero Gigante", "Juegos y Juguetes > Juegos de Mesa y Cartas > Juegos de Mesa"),
        ("Aro De Basket Ajustable Infantil Con Pelota", "Juegos y Juguetes > Juegos de Plaza y Aire Libre > Deportes > Aros de Básquet"),
        ("Centro De Juegos Inflable Con Resbaladera Intex", "Juegos y Juguetes > Juegos de Agua y Playa > Centros de Juegos Inflables"),
        ("Deslizador De Agua Inflable Para Jardin 5 Metros", "Juegos y Juguetes > Juegos de Agua y Playa > Deslizadores de Agua"),
        ("Set De Playa Balde Pala Rastrillo Para Niños", "Juegos y Juguetes > Juegos de Agua y Playa > Juguetes de Playa > Sets de Juguetes Playeros"),
        ("Kit Para Hacer Pulseras Mostacillas Niña", "Juegos y Juguetes > Arte y Manualidades > Kits de Bijouterie para Niños"),
        ("Titeres De Dedo Cuentos Infantiles Set 10", "Juegos y Juguetes > Títeres y Marionetas > Títeres y Marionetas"),
        ("Titere De Mano Perro Peluche", "Juegos y Juguetes > Títeres y Marionetas > Títeres y Marionetas"),
        ("Yoyo Con Luz Led Sonido Chicos", "Juegos y Juguetes > Juegos de Plaza y Aire Libre > Malabares > Yo-Yo"),
        ("Alfombra Musical Piano Para Bailar Chicos", "Juegos y Juguetes > Electrónicos para Niños > Alfombras De Baile"),
        ("Modelo Para Armar Airfix Avion Spitfire 1/72", "Juegos y Juguetes > Hobbies > Modelismo > Plastimodelismo"),
        ("Helice Para Aeromodelo 10x6 Apc", "Juegos y Juguetes > Hobbies > Modelismo > Aeromodelismo > Accesorios y Repuestos > Hélices"),
    ]);
}

#[test]
fn electronica_audio_y_video_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Mezcladora De Audio 8 Canales Con Efectos Bluetooth", "Electrónica, Audio y Video > Audio > Estudio de Grabación > Consolas de Sonido"),
        ("Microcomponente Sony Cmt Con Bluetooth Y Usb", "Electrónica, Audio y Video > Audio > Minicomponentes"),
        ("Home Theatre Sony Blu Ray 3d 1000w", "Electrónica, Audio y Video > Audio > Home Theaters"),
        ("Parlante Karaoke Recargable Con 2 Microfonos Inalambricos", "Electrónica, Audio y Video > Audio > Parlantes y Bafles"),
        ("Google Nest Mini Parlante Inteligente", "Electrónica, Audio y Video > Audio > Asistentes Virtuales"),
        ("Telon Para Proyector 120 Pulgadas Retractil", "Electrónica, Audio y Video > Proyectores y Pantallas > Pantallas"),
        ("Convertidor Tv Analogico A Digital Isdb-t", "Electrónica, Audio y Video > Accesorios para Audio y Video > Conversores de TV"),
        ("Protector De Helices Dji Mini 4 Pro", "Electrónica, Audio y Video > Drones y Accesorios > Accesorios y Repuestos > Protectores de Hélices"),
        ("Camara Para Drone Fpv Con Transmisor", "Electrónica, Audio y Video > Drones y Accesorios > Accesorios y Repuestos > Cámaras"),
    ]);
}

#[test]
fn camaras_y_accesorios_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Carcasa Acuatica Para Gopro Hero 11", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Fundas Impermeables"),
        ("Kit Flashes De Estudio 2 Cabezales 300w Con Paraguas", "Cámaras y Accesorios > Accesorios para Cámaras > Estudio e Iluminación > Flashes y Accesorios > Flashes de Estudio"),
        ("Cartucho Polaroid Impossible Color 600", "Cámaras y Accesorios > Accesorios para Cámaras > Rollos > Para Cámaras Instantáneas"),
        ("Lente Viltrox 33mm F1.4 Para Fuji X", "Cámaras y Accesorios > Lentes y Filtros > Lentes"),
        ("Adaptador Viltrox Ef A Sony E Autofocus", "Cámaras y Accesorios > Lentes y Filtros > Anillos Adaptadores"),
        ("Brazo Articulado Magic Arm Con Clamp", "Cámaras y Accesorios > Accesorios para Cámaras > Soportes y Estabilizadores > Otros"),
        ("Maleta Rigida Para Equipo Fotografico Con Espuma", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Para Cámaras Fotográficas > Valijas"),
        ("Control Remoto Bluetooth Disparador Para Camara Sony", "Cámaras y Accesorios > Accesorios para Cámaras > Controles Remotos"),
        ("Microfono Inalambrico Dji Mic 2 Para Camara Y Celular", "Cámaras y Accesorios > Accesorios para Cámaras > Micrófonos"),
        ("Soporte Ventosa Para Gopro En Auto", "Cámaras y Accesorios > Accesorios para Cámaras > Para Cámaras de Acción > Soportes Cámara de Acción"),
        ("Impresora Fotografica Portatil Para Celular Instax Link", "Cámaras y Accesorios > Revelado y Laboratorio > Impresoras"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Motor Brushless 2212 1000kv Aeromodelismo", "Juegos y Juguetes > Hobbies > Modelismo > Aeromodelismo > Accesorios y Repuestos > Motores > Eléctricos"),
        ("Microcontrolador Pic16f877a Dip 40", "Electrónica, Audio y Video > Componentes Electrónicos > Semiconductores > Microcontroladores"),
        ("Megafono Recargable 50w Con Sirena", "Electrónica, Audio y Video > Audio > Megáfonos"),
        ("Bateria Infantil Con Platillo Y Palillos Nenes", "Juegos y Juguetes > Instrumentos Musicales > Baterías"),
        ("Funda De Silicona Para Camara Canon R50", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Para Cámaras Fotográficas > Fundas"),
        ("Pop It Fidget Antiestres Arcoiris", "Juegos y Juguetes > Juguetes Antiestrés e Ingenio > Pop Its"),
        ("Carro Montable A Bateria 12v Para Niños Con Control Parental", "Juegos y Juguetes > Vehículos Montables para Niños > Vehículos a Batería"),
        ("Home Theater Philips Hts 5.1 Dvd Hdmi", "Electrónica, Audio y Video > Audio > Home Theaters"),
        ("Dji Osmo Pocket 3 Camara Gimbal", "Cámaras y Accesorios > Filmadoras y Cámaras de Acción"),
        ("Rompecabezas 3000 Piezas Ravensburger Cerrado", "Juegos y Juguetes > Juegos de Mesa y Cartas > Rompecabezas y Puzzles"),
        ("Microscopio Digital Usb 1000x", "Cámaras y Accesorios > Instrumentos Ópticos > Microscopios"),
        ("Camara Zenit 12xp Rollo 35mm Funcionando", "Cámaras y Accesorios > Cámaras > Cámaras Analógicas"),
        ("Mochila Para Camara Fotografica Impermeable Con Portalaptop", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Para Cámaras Fotográficas > Mochilas"),
        ("Set De Maquillaje Para Niñas Infantil Con Estuche", "Juegos y Juguetes > Juguetes de Oficios > Sets de Belleza para Niños"),
        ("Robot Educativo Programable Para Niños", "Juegos y Juguetes > Electrónicos para Niños > Robots de Juguete"),
        ("Amplificador De Audio Bluetooth 2 Canales 600w", "Electrónica, Audio y Video > Audio > Amplificadores y Receivers > Amplificadores de Audio"),
        ("Arduino Uno R3 Con Cable Usb", "Electrónica, Audio y Video > Componentes Electrónicos > Placas de Microcontrolador"),
        ("Mangrullo De Madera Con Tobogan Y Hamaca", "Juegos y Juguetes > Juegos de Plaza y Aire Libre > Juegos de Plaza > Mangrullos"),
        ("Set Carros De Juguete Friccion Construccion X6", "Juegos y Juguetes > Vehículos de Juguete > Vehículos Sin Control Remoto"),
        ("Tv Tcl 32 Pulgadas Smart Android Tv", "Electrónica, Audio y Video > Televisores"),
    ]);
}
