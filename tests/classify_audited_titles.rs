//! Titles fixed by the third to seventh rounds of lexicon audits (issue 15, batches 9 to 13): about
//! 6,400 titles invented by sixteen auditors, most in the Argentine style of 2013–2015 that
//! most of the sealed measurement set is written in, the rest as an Ecuadorian seller types
//! today. Each title's first suggestion was in a wrong department or leaf before its round
//! (checked against the lexicon of commit e3a77d8 for round three, fc22c16 for round four, f71caae
//! for round five, a18d6be for round six, a6cb689 for round seven) and
//! must now end with its leaf. Not measurement data: written for these tests, from what the
//! products are. The earlier rounds' titles are in `classify_accuracy.rs`.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

/// Round three (batch 9): 15 titles from each of four auditors.
#[test]
fn round_three_titles_land_in_their_leaf() {
    let cases = [
        // Electronics, cameras, computing, phones, consoles and appliances (audit k).
        ("Display Lcd Nokia 5130 Original", "Repuestos de Celulares > Displays y LCD"),
        ("Flash Godox Tt600 Universal", "Flashes y Accesorios > Flashes para Cámaras"),
        ("Switch 8 Bocas Tp-link 10/100", "Conectividad y Redes > Switches"),
        ("Mainboard B450m Asus Prime", "Placas > Motherboards"),
        ("Camara Web Full Hd Con Microfono Usb", "Periféricos de PC > Webcams"),
        ("Placa Main Tv Lcd Samsung Ln32d550", "Repuestos para TV > Placas Main"),
        ("Filtro Uv 58mm Hoya", "Lentes y Filtros > Filtros"),
        ("Memoria Compact Flash 4gb Sandisk Ultra", "Tarjetas de Memoria y Lectores > Memorias"),
        ("Play 2 Chipeada Con Chip Matrix", "Consolas y Videojuegos > Consolas"),
        ("Cargador Original Acer 19v 3.42a", "Accesorios para Laptops > Cargadores y Fuentes"),
        ("Funda Tpu Moto G Transparente", "Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Ebook Kindle Paperwhite 6ta Gen", "Tablets y Accesorios > E-readers"),
        ("Potencia Crown Xls 1500 Usada", "Amplificadores y Receivers > Amplificadores de Audio"),
        ("Lg 32lk450 Lcd Full Hd", "Electrónica, Audio y Video > Televisores"),
        ("Guitarra Guitar Hero Ps3 Inalambrica", "PS3 - PlayStation 3 > Otros"),
        // Industry and offices, art and haberdashery, health, tools and building (audit l).
        ("Archivo Metalico 4 Cajones Oficio Usado", "Equipamiento para Oficinas > Muebles de Guardado > Muebles de Archivo"),
        ("Cajon De Dinero Para Controlador Fiscal Epson", "Cobro y Control > Cajas para Dinero"),
        ("Rebanadora De Embutidos Semiindustrial 10 Pulgadas", "Gastronomía y Hotelería > Procesado de Alimentos > Cortadoras"),
        ("Chaleco Reflectivo Con Bolsillos Para Obra", "Industrias y Oficinas > Seguridad Laboral > Otros"),
        ("Fundas Plasticas Transparentes Para Empaque 10x15", "Embalaje y Logística > Materiales > Bolsas"),
        ("Embutidora De Chorizos Manual 5 Kg", "Tratamiento de la Carne > Embutidoras de Chorizos"),
        ("Termoselladora De Fundas Manual 20 Cm", "Embalaje y Logística > Selladoras > Termoselladoras"),
        ("Goma Liquida Escolar 250 Ml", "Pegamentos y Cortantes > Pegamentos"),
        ("Papel Crepe Rollo Colores Surtidos", "Librería > Escolar > Papeles Artísticos y Técnicos"),
        ("Pinceles Pelo De Marta Set 6 Numeros", "Librería > Artística y Pintura > Pinceles"),
        ("Collar Cervical Philadelphia Talle M", "Salud y Equipamiento Médico > Ortopedia > Collares Cervicales"),
        ("Guantes De Nitrilo Caja X 100 Talla M", "Indumentaria Quirúrgica > Guantes Descartables"),
        ("Router Fresadora Makita Rt0700 1/4", "Herramientas Eléctricas > Corte > Fresadoras"),
        ("Vibrador De Hormigon Para Construccion", "Maquinarias para Construcción > Vibradores de Inmersión"),
        ("Cable Gemelo 2x14 Rollo Electrocables", "Electricidad > Cables y Accesorios > Cables Eléctricos"),
        // Toys, babies, sports, home and pets (audit m).
        ("Buzz Lightyear Toy Story Luces Y Sonido", "Muñecos y Muñecas > Muñecos y Figuras de Acción"),
        ("Rayo Mcqueen Cars 2 Metal Escala 1:55 Disney", "Vehículos de Juguete > Vehículos a Escala"),
        ("Furby Boom Original Hasbro Español", "Electrónicos para Niños > Mascotas Virtuales"),
        ("Tortugas Ninja Figura Leonardo Playmates", "Muñecos y Muñecas > Muñecos y Figuras de Acción"),
        ("Coche Travel System Chicco Con Huevito", "Paseo del Bebé > Cochecitos para Bebés"),
        ("Paleta Paddle Adidas Carbono Con Funda", "Raquetas y Paletas > Pádel y Beach Tennis"),
        ("Moto Electrica Para Niños 12v Con Luces", "Vehículos Montables para Niños > Vehículos a Batería"),
        ("Casco Para Bicicleta Adulto Ventilado", "Accesorios para Bicicletas > Seguridad > Cascos"),
        ("Guantes De Arquero Profesional Talla 9", "Fútbol > Ropa y Calzado > Guantes de Arquero"),
        ("Juego De Sabanas 2 Plazas Y Media Microfibra", "Textiles de Hogar y Decoración > Ropa de Cama > Sábanas"),
        ("Camion Volcador Juguete Grande Duravit", "Vehículos de Juguete > Vehículos Sin Control Remoto"),
        ("Funda Para Sillon 3 Cuerpos Elastizada", "Textiles de Hogar y Decoración > Fundas > Fundas para Sillones"),
        ("Dogui Adulto 21 Kg Carne", "Perros > Alimento, Premios y Suplemento > Alimento"),
        ("Helicoptero Control Remoto Syma S107 Giroscopio", "Aeromodelismo > Helicópteros"),
        ("Set De Maquillaje Para Nenas Valija", "Juguetes de Oficios > Sets de Belleza para Niños"),
        // Fashion, beauty, jewellery, vehicles, collectibles, food, services, farm and party (audit n).
        ("Borcegos Dama Caña Alta Cuero Negro", "Calzado > Botas y Botinetas"),
        ("Vasos Platos Descartables Fiesta Infantil", "Descartables para Fiestas > Vasos Descartables"),
        ("Semillas De Maiz Hibrido Saco", "Agro > Semillas"),
        ("Cartas Del Tarot Rider Originales", "Esoterismo > Cartas de Tarot"),
        ("Lapicera Parker Sonnet Pluma Fuente", "Joyas y Relojes > Plumas y Lapiceras de Lujo"),
        ("Camiseta Boca Juniors Firmada Autografo", "Antigüedades y Colecciones > Coleccionables de Deportes"),
        // The wire of an electric fence, not its energiser: round seven moved it from "Boyeros
        // Electrificadores" to the wire's own leaf.
        ("Rollo Alambre Boyero 1000 Mts", "Alambrados y Accesorios > Accesorios > Hilo Eléctrico"),
        ("Oxidante Crema 20 Vol Litro Peluqueria", "Cuidado del Cabello > Tinturas y Decolorantes"),
        ("Gancia Americano 950 Ml", "Bebidas > Bebidas Aperitivos"),
        ("Paseador De Perros Palermo", "Servicios > Servicios para Mascotas > Otros"),
        ("Cosechadora John Deere 1550", "Agro > Maquinaria Agrícola > Otras"),
        ("Tressa Modelo Sail Mujer", "Relojes > Relojes Pulsera"),
        ("Quilmes Cristal 1 Litro Cajon", "Bebidas > Cervezas"),
        ("Tazas De Rueda Rodado 14 Gol Juego X4", "Accesorios de Exterior > Tazas"),
        ("Aros De Perla Cultivada", "Joyas y Bijouterie > Aros"),
    ];
    assert_on_their_leaf(&cases);
}

/// Round four (batch 10): vehicle accessories, home and appliances, sports, babies and food.
#[test]
fn round_four_titles_land_in_their_leaf() {
    let cases = [
        // Home, furniture, garden and appliances (audit p).
        ("Asadera Enlozada 40 Cm Horno Pollo", "Bazar y Cocina > Cocción y Horneado > Bandejas, Asaderas y Fuentes"),
        ("Provoletera Hierro Fundido Con Mango Madera", "Bazar y Cocina > Cocción y Horneado > Provoleteras"),
        ("Repasadores De Cocina Algodon X 6 Estampados", "Textiles de Hogar y Decoración > Textiles de Cocina > Repasadores"),
        ("Exprimidor De Vidrio Naranjas Clasico", "Utensilios de Preparación > Máquinas Manuales > Exprimidores Manuales"),
        ("Cristalero Vitrina Madera 2 Puertas Vidrio", "Muebles para el Hogar > Muebles de Guardado > Cristaleros"),
        ("Disco De Arado Para Cocinar 50 Cm Con Patas", "Jardin y Aire Libre > Hornos, Parrillas y Accesorios > Discos de Arado"),
        ("Secador De Piso Goma Doble 40 Cm", "Cuidado del Hogar y Lavandería > Accesorios de Limpieza > Secadores de Piso"),
        ("Futon 3 Cuerpos Con Colchon Pino Macizo", "Muebles para el Hogar > Sillas, Sillones y Banquetas > Futones"),
        ("Sommier Y Colchon Piero 2 Plazas Resortes", "Camas, Colchones y Accesorios > Juegos de Sommier y Colchón"),
        ("Base Sommier 1 Plaza Tapizada Sin Colchon", "Camas, Colchones y Accesorios > Bases para Sommiers"),
        ("Heladera Bajo Mesada Frigobar Briket", "Electrodomésticos y Aires Ac. > Refrigeración > Frigobares"),
        ("Motor Porton Corredizo Ppa 300 Kg Con 2 Controles", "Seguridad para el Hogar > Automatización para Portones > Motores para Portón"),
        ("Caldera Dual Peisa Para Radiadores Gas Natural", "Climatización > Calderas > A Gas"),
        ("Estufa A Garrafa Infrarroja 3 Placas", "Climatización > Estufas y Calefactores > A Gas"),
        ("Fumigador Mochila 16 Litros Pulverizador Manual", "Herramientas para Jardín > Fumigadores y Pulverizadores"),
        // Sports, babies, food and drinks, other categories (audit q).
        ("Candado U Para Bicicleta Con Llave Kryptonite", "Seguridad > Lingas y Trabas > Candados U"),
        ("Guante Beisbol Rawlings Cuero 12 Pulgadas", "Softball y Beisbol > Guantes"),
        ("Agujas Para Tatuar Caja X 50 Esterilizadas", "Insumos para Tatuajes > Agujas"),
        ("Muñequeras Con Peso 1 Kg Par", "Pesas, Discos y Barras > Tobilleras y Muñequeras"),
        ("Remo Magnetico Ergometro Plegable", "Máquinas de Musculación > Simuladores de Remos"),
        ("Encordado Tenis Luxilon Alu Power", "Tenis, Padel y Squash > Cuerdas y Encordados"),
        ("Chupetera Con Broche Personalizada", "Chupetes y Mordillos > Porta Chupetes"),
        ("Sabanas Para Cuna Algodon Juego", "Ropa de Cuna > Sábanas"),
        ("Leche Nan 1 Lata 800 Gr", "Comida para Bebés > Leche Maternizada"),
        ("Vermouth Martini Rosso 1 Litro", "Bebidas > Bebidas Aperitivos"),
        ("Fernet Branca 750 Ml Caja X 6", "Bebidas > Bebidas Aperitivos"),
        ("Pimenton Dulce Ahumado 500 Grs", "Salsas y Condimentos > Especias"),
        ("Dulce De Membrillo Cajon 5 Kg", "Mermeladas, Dulces y Miel > Dulces Sólidos"),
        ("Pechera Rugby Protector Hombros Gilbert", "Rugby > Protectores"),
        ("Fosforos Caja Grande Fiat Lux Pack X 10", "Artículos para Fumadores > Cajas de Fósforos"),
        // Vehicle accessories (audit o).
        ("Cerradura Puerta Delantera Siena Electrica", "Cerraduras y Llaves > Cerraduras de Puerta"),
        ("Cinturon De Seguridad Inercial Trasero", "Componentes de Seguridad > Cinturones de Seguridad"),
        ("Lampara H7 Philips Crystal Vision Par", "Repuestos Autos y Camionetas > Iluminación > Lámparas"),
        ("Cargador De Bateria 12v Para Auto", "Herramientas para Baterías > Cargadores de Baterías"),
        ("Compresor Inflador 12v Para Auto", "Herramientas para Vehículos > Infladores > Compresores"),
        ("Subwoofer 12 Pulgadas Con Cajon Sellado", "Lunetas y Cajas Acústicas > Cajas Acústicas"),
        ("Sensor De Retroceso Para Carro 4 Sensores", "Accesorios de Exterior > Sensores de Estacionamiento"),
        ("Helice Acero Inoxidable Mercury 15 Hp", "Repuestos Náuticos > Motores y Repuestos > Otros"),
        ("Stop Posterior Mazda Bt50", "Iluminación > Faros Traseros"),
        ("Terminal De Direccion Hyundai Tucson", "Suspensión y Dirección > Extremos de Dirección"),
        ("Desengrasante Motor En Aerosol 440cc", "Limpieza de Vehículos > Desengrasantes"),
        ("Bomba Inyectora Bosch Hilux 2.5", "Motor > Bombas > Bombas Inyectoras"),
        ("Compresor Aire Acondicionado Corsa Delphi", "Climatización > Aires Acondicionados > Compresores"),
        ("Luz De Posicion Led T10 Canbus", "Repuestos Autos y Camionetas > Iluminación > Lámparas"),
        ("Antirrobo De Ruedas Bulones Mcgard", "Seguridad Vehicular > Antirrobos de Ruedas"),
        // Fixed by the lead on merging: Argentine "bañadera" (near words read it as "bandera") and a dartboard (it went to car dashboards).
        ("Bañadera Para Bebe Plegable", "Artículos de Bebés para Baño > Bañeras para Bebés"),
        ("Tablero De Dardos Profesional Sisal", "Juegos de Salón > Juegos de Dardos"),
    ];
    assert_on_their_leaf(&cases);
}

/// Round five (batch 11): the departments weakest on titles never seen (industry and office,
/// tools and building; toys and art; electronics, cameras and health).
#[test]
fn round_five_titles_land_in_their_leaf() {
    let cases = [
        // Industry and office, tools, building (audit r).
        ("Agujereadora De Banco Gamma 16mm 1/2 Hp", "Perforación > Taladros > De Banco"),
        ("Electrodos Conarco 2,5mm Caja 5 Kg", "Soldado > Electrodos para Soldadura"),
        ("Membrana Asfaltica 4mm Con Aluminio Rollo 10 M2", "Construcción en Seco > Membrana Asfáltica"),
        ("Caño Pvc 110 Desague Tigre 4 Metros", "Plomería > Conexiones > Tubos"),
        ("Chapa Trapezoidal Prepintada Negra Para Techo", "Materiales de Obra > Chapas"),
        ("Malla Sima 15x15 Del 4,2 Para Contrapiso", "Hierros > Hierros para Construcción"),
        ("Tanque Tricapa 500 Lts Eternit Con Flotante", "Plomería > Tanques > Tanques de Agua"),
        ("Toma Corriente Doble Cambre Siglo Xxi Completo", "Tomacorrientes y Enchufes > Tomacorrientes"),
        ("Puntales Metalicos Telescopicos 3 Metros Alquiler", "Accesorios de Construcción > Puntales Telescópicos"),
        ("Mingitorio Ferrum Oval Con Valvula", "Baños y Sanitarios > Mingitorios"),
        ("Venecitas Para Pileta Azul Por M2", "Pisos y Revestimientos > Azulejos y Venecitas"),
        ("Fratacho Madera 30 Cm Albañil", "Albañilería > Llanas y Fratachos"),
        ("Posnet Lapos Vx520 Reacondicionado", "Cobro y Control > Lectores de Tarjetas"),
        ("Camisa Grafa Pampero Manga Larga Beige", "Uniformes y Ropa de Trabajo > Camisas"),
        ("Visicooler Una Puerta Indurama 300 Litros", "Refrigeración > Heladeras Exhibidoras"),
        // Toys (the adult product they imitate, paired with "juguete") and art, school and office (audit s).
        ("Tractor De Juguete John Deere Con Acoplado", "Vehículos de Juguete > Vehículos Sin Control Remoto"),
        ("Taladro De Juguete Con Sonido Y Luz Black Decker", "Juguetes de Oficios > Taller de Herramientas > Sets de Herramientas"),
        ("Moto De Juguete A Friccion Grande", "Vehículos de Juguete > Vehículos Sin Control Remoto"),
        ("Computadora De Juguete Bilingue Ingles Español", "Electrónicos para Niños > Computadoras Didácticas"),
        ("Caja Registradora De Juguete Con Calculadora", "Supermercado de Juguete > Cajas Registradoras"),
        ("Licuadora De Juguete A Pila", "Electrodomésticos de Juguete > Licuadoras"),
        ("Cafetera De Juguete Con Tacitas Para Nena", "Juguetes de Cocina > Utensilios de Cocina"),
        ("Set Medico De Juguete Con Jeringa Y Termometro", "Juegos y Juguetes > Juguetes de Oficios > Otros"),
        ("Secador De Pelo De Juguete Set Belleza", "Juguetes de Oficios > Sets de Belleza para Niños"),
        ("Microscopio De Juguete Para Niños", "Juegos y Juguetes > Otros"),
        ("Repuesto Birome Azul X 10", "Librería > Escolar > Cartuchos para Lapiceras"),
        ("Sello Automatico Trodat 4912 Con Texto", "Comercial y Oficina > Sellos de Goma"),
        ("Globo Terraqueo 30 Cm Con Luz", "Librería > Globos Terráqueos"),
        ("Pabilo Para Velas Rollo 10 Mts", "Insumos para Hacer Velas > Pabilos para Velas"),
        ("Twister Hasbro Juego", "Juegos de Mesa y Cartas > Juegos de Mesa"),
        // Electronics, cameras, health (audit t).
        ("Estereo Aiwa 3 Cd Doble Cassettera Usado Funcionando", "Electrónica, Audio y Video > Audio > Minicomponentes"),
        ("Video Casetera Philco Vhs 4 Cabezales Con Control", "Video > Video Casseteras"),
        ("Anteojos 3d Activos Samsung Ssg-5100 Recargables", "Accesorios para TV > Lentes 3D"),
        ("Consola De Sonido Yamaha Mg10xu 10 Canales", "Estudio de Grabación > Consolas de Sonido"),
        ("Cable Interlock 220v Para Pc Y Monitor 1.8m", "Electrónica, Audio y Video > Cables > Cables Power"),
        ("Placa Main Tv Led Noblex 32 Ld32x", "Repuestos para TV > Placas Main"),
        ("Cargador De Baterias Aa Aaa Con Puerto Usb", "Pilas y Cargadores > Cargadores de Pilas"),
        ("Luz Robotica Cabezal Movil Beam 7r", "Equipos de DJ y Accesorios > Luces y Efectos > Luces Led Profesionales"),
        ("Softbox 50x70 Con Pie Y Lampara Iluminacion Estudio", "Estudio e Iluminación > Difusores y Softboxes"),
        ("Video Camara Panasonic Sdr-h85 Disco Rigido 80gb", "Cámaras y Accesorios > Filmadoras y Cámaras de Acción"),
        ("Cargador Para Bateria Sony Np-bn1 Cyber Shot", "Cargadores y Baterías > Cargadores de Baterías"),
        ("Cama Hospitalaria Electrica 3 Posiciones Con Barandas", "Camas y Colchones > Camas Ortopédicas"),
        ("Chata Para Cama Plastica Adulto Orinal", "Instrumental Médico > Otros"),
        ("Andador Fijo Aluminio Regulable Con Ruedas Delanteras", "Salud y Equipamiento Médico > Movilidad > Andadores"),
        ("Pesa Bebe Digital Pediatrica 20kg", "Equipos de Monitoreo > Balanzas Médicas"),
        ("Codera Para Epicondilitis Codo De Tenista", "Salud y Equipamiento Médico > Ortopedia > Coderas"),
    ];
    assert_on_their_leaf(&cases);
}

/// Round six (batch 12): the other departments, for the older titles (phones, computing,
/// consoles and appliances; books, films, collectibles and instruments).
#[test]
fn round_six_titles_land_in_their_leaf() {
    let cases = [
        // Phones, computing, consoles, appliances (audit v).
        ("Sony Ericsson W200 Walkman Naranja", "Celulares y Teléfonos > Celulares y Smartphones"),
        ("Tapa Bateria Galaxy S3 Blanca", "Repuestos de Celulares > Carcasas"),
        ("Handie Motorola Ep450 Vhf", "Handies y Radiofrecuencia > Handies"),
        ("Bateria Notebook Dell Inspiron 1525 6 Celdas", "Notebooks y Accesorios > Repuestos > Baterías"),
        ("Netbook Noblex Conectar Igualdad 4gb", "Notebooks y Accesorios > Notebooks"),
        ("Pasta Termica Arctic Silver 5 Jeringa", "Limpieza y Cuidado de PCs > Pasta Térmica"),
        ("Cable Usb Para Impresora 1.8 Mts", "Impresión > Accesorios > Cables para Impresoras"),
        ("Volante Play 2 Con Pedalera", "PS2 - PlayStation 2 > Controles y Joysticks > Volantes"),
        ("Lector Optico Ps2 Slim Khs-400c", "Repuestos para Consolas > Para PlayStation > Lentes Láser"),
        ("Ventilador Interno Xbox 360", "Repuestos para Consolas > Para Xbox > Otros"),
        ("Turbo Ventilador Axel 20 Pulgadas", "Climatización > Ventiladores"),
        ("Estufa Volcan 3800 Kcal Tiro Balanceado", "Estufas y Calefactores > A Gas"),
        ("Calefon Electrico 10 Litros", "Termotanques y Calefones > Calefones"),
        ("Chimenea A Gas Con Control Remoto", "Chimeneas y Salamandras > Chimeneas a Gas"),
        ("Control Remoto Aire Acondicionado Universal", "Para Aires Acondicionados > Controles Remotos"),
        // Books (a repair manual is a book), films, collectibles, instruments (audit u).
        ("Manual De Taller Ford Falcon Todos Los Modelos", "Libros, Revistas y Comics > Libros Físicos"),
        ("Manual De Servicio Chevrolet Aveo Taller", "Libros, Revistas y Comics > Libros Físicos"),
        ("Guyton Fisiologia Medica 12 Edicion", "Libros, Revistas y Comics > Libros Físicos"),
        ("Puerto De Palos Manual 4 Bonaerense", "Libros, Revistas y Comics > Libros Físicos"),
        ("Album De Estampillas Mundiales", "Filatelia > Estampillas"),
        ("Camiseta Firmada Messi Barcelona", "Antigüedades y Colecciones > Coleccionables de Deportes"),
        ("Onza De Plata Libertad Mexico", "Monedas y Billetes > Monedas"),
        ("Carpeta Para Monedas Coleccionar", "Monedas y Billetes > Álbumes para Numismática"),
        ("Maquina De Coser Antigua Singer A Pedal", "Electrodomésticos Antiguos > Otros"),
        ("Ventilador Siam Antiguo De Pie", "Electrodomésticos Antiguos > Ventiladores"),
        ("Bateria Mapex Tornado 5 Cuerpos Completa Usada", "Baterías y Percusión > Baterías > Baterías Acústicas"),
        ("Amplificador Peavey Bandit 112 Transistor", "Micrófonos y Amplificadores > Amplificadores"),
        ("Saxo Tenor Jupiter Usado Con Estuche", "Instrumentos de Viento > Saxos"),
        ("Pandero Con Sonajas", "Baterías y Percusión > Panderetas"),
        ("Box Dvd Breaking Bad Completa", "Música, Películas y Series > Series de TV"),
    ];
    assert_on_their_leaf(&cases);
}

/// Round seven (batch 13): clothing, beauty and jewellery again, with property, services, parties
/// and farm (the round-six auditor who had not finished), pets, food, babies and sports, home and
/// vehicle accessories.
#[test]
fn round_seven_titles_land_in_their_leaf() {
    let cases = [
        // Beauty, clothing, property, services, parties and farm (audit w, finished in round seven).
        ("Alicate Para Cuticula Acero Inoxidable", "Manicuría y Pedicuría > Instrumentos > Alicates"),
        ("Torno Para Uñas Manicuria 20000 Rpm", "Manicuría y Pedicuría > Instrumentos > Tornos"),
        ("Solero Hindu Largo Verano", "Ropa y Accesorios > Vestidos"),
        ("Vestido De Baño Entero Mujer Talla M", "Ropa y Accesorios > Trajes de Baño"),
        ("Kimono Playero De Gasa Bordado", "Ropa y Accesorios > Kimonos"),
        ("Vincha Con Strass Para El Pelo", "Accesorios para el Cabello > Tocados, Vinchas y Tiaras"),
        ("Departamento Temporario Por Dia Palermo", "Departamentos > Alquiler Temporario"),
        ("Quinta Por Dia Con Pileta", "Quintas > Alquiler Temporario"),
        ("Clases De Ingles Particulares", "Cursos y Clases > Idiomas"),
        ("Dj Para Fiestas Sonido E Iluminacion", "Servicios Audiovisuales > DJ,Sonido e Iluminación"),
        ("Sombrero Cotillon Carnaval Pack X 10", "Cotillón > Sombreros y Gorros"),
        ("Colmena Langstroth Completa Con Marcos", "Agro > Apicultura"),
        ("Piñata De Cumpleaños Personaje", "Decoración para Fiestas > Piñatas"),
        ("Mantel Descartable Cumpleaños Infantil", "Decoración para Fiestas > Manteles"),
        ("Peluca Cotillon Colores Fiesta", "Cotillón > Pelucas, Barbas y Bigotes"),
        ("Comedero Para Cerdos Chapa Galvanizada", "Agro > Insumos Ganaderos > Otros"),
        // Clothing, shoes, beauty and jewellery (audit x, and the lead's review: loción, Dr Martens).
        ("Polar Micropolar Hombre Cierre Medio", "Abrigos > Buzos y Hoodies"),
        ("Zuecos Goma Tipo Crocs Niños", "Calzado > Sandalias y Ojotas"),
        ("Moño Corbatin Hombre Fiesta Raso", "Accesorios de Moda > Corbatas"),
        ("Guardapolvo Escolar Blanco Tableado Nena", "Indumentaria Laboral y Escolar > Guardapolvos Escolares"),
        ("Rasuradora Electrica Philips Hombre Recargable", "Afeitadoras > Afeitadoras Eléctricas"),
        ("Toallas Sanitarias Nosotras Invisible Pack", "Toallitas Femeninas > Desechables"),
        ("Gemelos Camisa Acero Hombre Estuche", "Joyas y Bijouterie > Gemelos"),
        ("Aros Argolla Grandes Plateados Mujer", "Joyas y Bijouterie > Aros"),
        ("Poncho Salteño Lana Telar Artesanal", "Saquitos, Sweaters y Chalecos > Ponchos"),
        ("Bombachas De Campo Hombre Grafa", "Ropa y Accesorios > Pantalones"),
        ("Lapiz De Cejas Con Cepillo Marron", "Ojos, Pestañas y Cejas > Delineadores para Cejas"),
        ("Campera Esqui Snowboard Impermeable Mujer", "Esqui y Snowboard > Indumentaria > Camperas"),
        ("Locion Para Hombre Importada", "Belleza y Cuidado Personal > Perfumes"),
        ("Locion Hombre Original Importada 100ml", "Belleza y Cuidado Personal > Perfumes"),
        ("Borcegos Dr Martens Cuero Negro", "Calzado > Botas y Botinetas"),
        // Pets, food, babies and sports (audit y, and the lead's review: mate cocido).
        ("Cama Para Gato Iglu Con Almohadon", "Gatos > Camas y Cuchas > Camas"),
        ("Galletitas Para Perro Dog Selection 500g", "Alimento, Premios y Suplemento > Golosinas"),
        ("Cortapelo Para Perro Profesional Moser", "Artículos de Peluquería > Peladoras Caninas"),
        ("Pañal Para Perra En Celo Lavable", "Perros > Estética e Higiene > Pañales"),
        ("Gusanos Tenebrio Vivos 100 Gr", "Animales y Mascotas > Insectos"),
        ("Bizcochitos De Grasa Don Satur X 12", "Almacén > Galletitas"),
        ("Tapas Para Pascualina La Salteña", "Almacén > Tapas de Tartas y Empanadas"),
        ("Colchon Para Cuna 120 X 60 Espuma", "Cuarto del Bebé > Colchones"),
        ("Bolso Maternal Con Cambiador Tipo Mochila", "Artículos de Maternidad > Mochilas y Bolsos Maternales"),
        ("Hamaca Para Bebe Vibradora Musical", "Mecedoras y Saltarines > Sillas Mecedoras"),
        ("Escalera De Coordinacion Agilidad", "Funcional, Pilates y Yoga > Escaleras de Coordinación"),
        ("Sillita Porta Bebe Para Bicicleta", "Transporte y Carga > Sillitas para Bebés"),
        ("Gomon Inflable 3 Personas Con Remos", "Inflables > Botes sin Motor"),
        ("Aro Hula Hula Magnetico", "Funcional, Pilates y Yoga > Aros"),
        ("Mate Cocido Taragui 50 Saquitos", "Infusiones > Otras Infusiones"),
        // Home and vehicle accessories (audit z's titles; the lead's edits).
        ("Botinero Zapatero 4 Estantes Madera", "Muebles de Guardado > Zapateros"),
        ("Sensor De Parqueo 4 Sensores Con Pantalla", "Accesorios de Exterior > Sensores de Estacionamiento"),
        ("Cubre Cama Para Camioneta Amarok Lona", "Accesorios para Caja de Carga > Cobertores de Caja"),
        ("Tapetes Para Carro Caucho Universal", "Accesorios de Interior > Cubre Alfombras"),
        ("Vela Aromatica En Vaso Vidrio Soja", "Velas y Fanales > Velas Aromáticas"),
    ];
    assert_on_their_leaf(&cases);
}

/// The toy pairs of round five ("tractor de juguete") must not take the toys of pets, babies and
/// adults, which have "juguete" in their titles too.
#[test]
fn other_toys_stay_in_their_department() {
    assert_on_their_leaf(&[
        ("Hueso De Juguete Para Perro", "Animales y Mascotas > Perros > Juguetes > Huesos"),
        ("Raton De Juguete Para Gato Con Plumas", "Animales y Mascotas > Gatos > Juguetes"),
        ("Mordillo Para Bebe Con Sonajero", "Bebés > Chupetes y Mordillos > Mordillos"),
        ("Sonajero Juguete Bebe", "Bebés > Juegos y Juguetes para Bebés > Sonajeros"),
        ("Vibrador Juguete Sexual Recargable", "Otras categorías > Adultos > Juguetes Sexuales > Consoladores y Vibradores > Consoladores Vibradores"),
    ]);
}

/// Creams stay creams: the normaliser once folded "locion" into "crema", so a fragrance word for
/// "locion" (round seven) sent every cream to perfumes while no measured figure moved.
#[test]
fn creams_are_not_perfumes() {
    assert_on_their_leaf(&[
        ("Crema Para Paspaduras Hipoglos 90 G", "Higiene y Cuidado del Bebé > Cremas, Pomadas y Aceites"),
        ("Crema Hidratante Corporal", "Cuidado de la Piel > Cuidado Corporal"),
        ("Crema De Manos", "Tratamientos para Manos y Pies > Cremas para Manos y Pies"),
        ("Locion Hidratante Cuerpo Mujer 400ml", "Cuidado de la Piel > Cuidado Corporal"),
        ("Locion Capilar Hombre Anticaida", "Cuidado del Cabello > Tratamientos para el Cabello"),
        ("Locion Corporal Mujer Dove", "Cuidado de la Piel > Cuidado Corporal"),
    ]);
}
