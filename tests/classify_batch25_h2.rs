//! Batch 25, helper 2's round on four departments: titles invented for electronics, audio and
//! video, cameras, computing and phones (1145), half as Ecuadorian sellers write them today
//! (celular, forro, audífonos, parlante, radio para carro) and half as Argentine sellers wrote
//! them in 2013–2015 (Noblex, BGH, Banghó, Kanji, Noga, Kodak EasyShare, Sony Cyber-shot, Nokia
//! 1100, BlackBerry Curve, "Region 4", "Cargador Original"); not measurement data. Every title of
//! the tests named after a department went to another department or leaf with the lexicon of
//! 4f9102d4 (before the round) and reaches its leaf with the round's words; the guards, drawn at
//! random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn celulares_y_telefonos_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Lamina Protectora De Pantalla Motorola Moto E", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Protectores de Pantalla"),
        ("Soporte De Escritorio Para Celular Plegable Aluminio", "Celulares y Teléfonos > Accesorios para Celulares > Colgantes y Soportes > Apoya Celulares"),
        ("Conector De Carga Tipo C Xiaomi Redmi Note 8", "Celulares y Teléfonos > Repuestos de Celulares > Pines de Carga"),
        ("Separador De Pantallas Lcd Para Celular 7 Pulgadas", "Celulares y Teléfonos > Accesorios para Celulares > Separadores de Displays"),
        ("Auricular Headset Para Telefono Call Center Plantronics", "Celulares y Teléfonos > Telefonía Fija e Inalámbrica > Teléfonos Headset"),
        ("Adaptador Ata Voip Grandstream Ht802 2 Puertos", "Celulares y Teléfonos > Telefonía IP > Routers"),
        ("Fuente Para Radio Base 13.8v 30 Amperes", "Celulares y Teléfonos > Handies y Radiofrecuencia > Accesorios > Fuentes"),
        ("Gatillos Para Celular Free Fire Pubg Joystick", "Celulares y Teléfonos > Accesorios para Celulares > Gatillos Joystick"),
        ("Samsung Corby Gt-s3650 Tactil Rosa", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Estuche Para Blackberry 8520 Con Clip Cinturon", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Carcasa Silicona Nokia Lumia 520 Colores", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Micro Sdhc 16gb Clase 10 Samsung Evo", "Celulares y Teléfonos > Accesorios para Celulares > Memorias"),
        ("Auricular Bluetooth Samsung Hm1100 Manos Libres", "Celulares y Teléfonos > Accesorios para Celulares > Auriculares y Manos Libres"),
        ("Kit Herramientas Para Abrir Celulares Destornilladores Pua", "Celulares y Teléfonos > Repuestos de Celulares > Kit de Reparación de Celulares"),
    ]);
}

#[test]
fn camaras_y_accesorios_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Anillo Inversor Macro 52mm Para Nikon", "Cámaras y Accesorios > Lentes y Filtros > Anillos Adaptadores"),
        ("Panel Led Para Video 160 Luces Con Bateria", "Cámaras y Accesorios > Accesorios para Cámaras > Estudio e Iluminación > Iluminación Continua"),
        ("Funda Impermeable Bolsa Sumergible Para Camara", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Fundas Impermeables"),
        ("Memory Stick Pro Duo 4gb Sony Para Camara", "Cámaras y Accesorios > Accesorios para Cámaras > Tarjetas de Memoria y Lectores > Memorias"),
        ("Estuche Porta Tarjetas De Memoria Sd 8 Ranuras", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Porta Tarjetas de Memoria"),
        ("Kit Accesorios Gopro 50 En 1 Para Camara De Accion", "Cámaras y Accesorios > Accesorios para Cámaras > Para Cámaras de Acción > Kits para Cámaras de Acción"),
        ("Ventosa Soporte Para Camara De Accion Auto", "Cámaras y Accesorios > Accesorios para Cámaras > Para Cámaras de Acción > Soportes Cámara de Acción"),
        ("Sony Handycam Dcr-sr68 80gb Disco Duro", "Cámaras y Accesorios > Filmadoras y Cámaras de Acción"),
        ("Nikkor 50mm 1.8d Af Usado", "Cámaras y Accesorios > Lentes y Filtros > Lentes"),
        ("Bateria Kodak Klic-7001 Easyshare Original", "Cámaras y Accesorios > Accesorios para Cámaras > Cargadores y Baterías > Baterías para Cámaras"),
        ("Bateria Fujifilm Np-45a Finepix", "Cámaras y Accesorios > Accesorios para Cámaras > Cargadores y Baterías > Baterías para Cámaras"),
        ("Estuche Para Cybershot Sony Original Cuero", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Para Cámaras Fotográficas > Fundas"),
        ("Cargador Doble Para Baterias Gopro Hero 8", "Cámaras y Accesorios > Accesorios para Cámaras > Cargadores y Baterías > Cargadores para Cámaras"),
        ("Bateria Nikon En-el10 Para Coolpix S200 S500", "Cámaras y Accesorios > Accesorios para Cámaras > Cargadores y Baterías > Baterías para Cámaras"),
        ("Bateria Olympus Li-42b Para Fe Stylus", "Cámaras y Accesorios > Accesorios para Cámaras > Cargadores y Baterías > Baterías para Cámaras"),
    ]);
}

#[test]
fn computacion_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Computadora All In One Lenovo Ideacentre 24 Pulgadas", "Computación > PC de Escritorio > All In One"),
        ("Micro Amd Phenom Ii X4 955 Am3", "Computación > Componentes de PC > Procesadores"),
        ("Estuche Para Cd Slim X 50 Cajas", "Computación > Almacenamiento > Discos y Accesorios > Estuches para CDs"),
        ("Crimpeadora Pinza Para Fichas Rj45 Rj11 Con Tester", "Computación > Conectividad y Redes > Herramientas > Kits de Herramientas"),
        ("Bateria Para Ups 12v 7ah Recargable", "Computación > Estabilizadores y UPS > Baterías para UPS"),
        ("Vidrio Templado Para Samsung Tab A 10.1", "Computación > Tablets y Accesorios > Accesorios > Protectores de Pantalla"),
        ("Palm Tungsten E2 Con Lapiz Y Cargador", "Computación > Palms y Handhelds > Palms"),
        ("Adaptador Caddy Para Segundo Disco En Notebook 12.7mm", "Computación > Almacenamiento > Discos y Accesorios > Accesorios > Adaptadores de HDDs y SDDs"),
        ("Bangho Max G01 Intel I5 8gb 1tb Windows 8", "Computación > Notebooks y Accesorios > Notebooks"),
        ("Toshiba Satellite L845 Core I3 6gb", "Computación > Notebooks y Accesorios > Notebooks"),
        ("Fuente Sentey 550w 24 Pines Sata", "Computación > Componentes de PC > Fuentes de Alimentación > Fuentes"),
        ("Parlantes Logitech Z313 2.1 Con Subwoofer", "Computación > Periféricos de PC > Parlantes"),
        ("Pen Drive Kingston 32gb Original", "Computación > Almacenamiento > Pendrives"),
        ("Lapiz Tactil Para Tablet Punta Fina", "Computación > Tablets y Accesorios > Accesorios > Lápices Ópticos"),
        ("Teclado Usb Para Tablet 7 Pulgadas Con Funda", "Computación > Tablets y Accesorios > Accesorios > Teclados"),
        ("Tableta Grafica Genius Easypen I405x", "Computación > Periféricos de PC > Mouses y Teclados > Tabletas Digitalizadoras"),
        ("Funda Para Kindle Paperwhite Cuero", "Computación > Tablets y Accesorios > Accesorios > Estuches y Fundas"),
        ("Hd Externo 1tb Toshiba Usb 3.0", "Computación > Almacenamiento > Discos y Accesorios > Discos Rígidos y SSDs"),
    ]);
}

#[test]
fn electronica_audio_y_video_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Caja Amplificada Gbr 12 Pulgadas Bateria Recargable", "Electrónica, Audio y Video > Audio > Parlantes y Bafles"),
        ("Ipod Nano 8gb 5ta Generacion Con Camara", "Electrónica, Audio y Video > Audio > Audio Portátil y Accesorios > Reproductores Portátiles"),
        ("Panel Acustico Espuma Cuña 50x50 X 12 Placas", "Electrónica, Audio y Video > Audio > Estudio de Grabación > Placas Acústicas"),
        ("Controladora Dj Hercules Inpulse 300", "Electrónica, Audio y Video > Audio > Equipos de DJ y Accesorios > Controladores"),
        ("Control Remoto Para Dvd Philips Original", "Electrónica, Audio y Video > Controles Remotos > Para DVD y Video"),
        ("Tv Box Android 4k Mxq Pro Convertidor Smart", "Electrónica, Audio y Video > Media Streaming"),
        ("Grabador Sanyo Doble Cassettera Radio Am Fm", "Electrónica, Audio y Video > Audio > Radiograbadores"),
        ("Receptor Yamaha Rx-v373 5.1 Hdmi", "Electrónica, Audio y Video > Audio > Amplificadores y Receivers > Sinto Amplificadores"),
    ]);
}

/// A car stereo is sold under vehicle accessories, where the tree keeps car audio.
#[test]
fn car_audio_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Stereo Pioneer Deh-1350 Cd Mp3 Frente Desmontable", "Accesorios para Vehículos > Audio para Vehículos > Reproductores > Estéreos > Sin Pantalla"),
        ("Auto Stereo Sony Xplod Cdx-gt320 Mp3", "Accesorios para Vehículos > Audio para Vehículos > Reproductores > Estéreos > Sin Pantalla"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Tablet Noblex 7 Pulgadas Android 4.0 Wifi", "Computación > Tablets y Accesorios > Tablets"),
        ("Cargador De Auto Para Celular Micro Usb Doble", "Celulares y Teléfonos > Accesorios para Celulares > Cargadores y Accesorios > Cargadores"),
        ("Microfono Para Camara Rode Videomic Go Shotgun", "Cámaras y Accesorios > Accesorios para Cámaras > Micrófonos"),
        ("Tv Led 32 Pulgadas Smart Tv Samsung Hd", "Electrónica, Audio y Video > Televisores"),
        ("Motorola Razr D1 Tv Digital Libre", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Microscopio Biologico 1000x Para Estudiantes", "Cámaras y Accesorios > Instrumentos Ópticos > Microscopios"),
        ("Disco Ide 80gb Maxtor Usado Pc", "Computación > Almacenamiento > Discos y Accesorios > Discos Rígidos y SSDs"),
        ("Flex De Carga Samsung A32 Original", "Celulares y Teléfonos > Repuestos de Celulares > Flex"),
        ("Patch Panel 24 Puertos Cat 6", "Computación > Conectividad y Redes > Patch Panels"),
        ("Monitor 15 Pulgadas Lcd Samsung Cuadrado Usado", "Computación > Monitores y Accesorios > Monitores"),
        ("Binoculares Nikon Aculon 10x50", "Cámaras y Accesorios > Instrumentos Ópticos > Binoculares"),
        ("Memoria Ram Ddr 512mb 400mhz Pc", "Computación > Componentes de PC > Memorias RAM"),
        ("Chip Claro Prepago Ecuador Con Saldo", "Celulares y Teléfonos > Accesorios para Celulares > Chips GSM"),
        ("Case Otterbox Defender Iphone 6 Plus", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Funda Rigida Para Camara Digital Con Cinturon", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Bolsos y Fundas > Para Cámaras Fotográficas > Fundas"),
        ("Router Huawei Wifi Ax3 Doble Banda Wifi 6", "Computación > Conectividad y Redes > Routers"),
        ("Camara De Rollo Kodak Ektralite 35mm Antigua", "Cámaras y Accesorios > Cámaras > Cámaras Analógicas"),
        ("Tv Led Hisense 32 Pulgadas Hd Sellado", "Electrónica, Audio y Video > Televisores"),
        ("Smartwatch Reloj Inteligente T500 Bluetooth Llamadas", "Celulares y Teléfonos > Smartwatches y Accesorios > Smartwatches"),
        ("Potencia Amplificador Stereo 200w Rms Para Parlantes", "Electrónica, Audio y Video > Audio > Amplificadores y Receivers > Amplificadores de Audio"),
    ]);
}
