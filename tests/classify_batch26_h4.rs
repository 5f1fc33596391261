//! Batch 26, helper 4's round on four departments: titles invented for tools, building
//! materials, industry and offices, and property and services (823), half as Ecuadorian sellers
//! write them today (tumbado, regadera, porcelana para juntas, breaker, arriendo, suite amoblada)
//! and half as Argentine sellers wrote them in 2013–2015 (Gamma, Black & Decker, Skil, Lusqtoff,
//! Cambre, Sinteplast, Klaukol, "motocompresor", "martillo perforador", "Oferta", "Usado");
//! not measurement data. Every title of the tests named after a department went to another
//! department or leaf with the lexicon of e75a8bbc (before the round) and reaches its leaf with
//! the round's words; the guards, drawn at random from the titles that were right then, must
//! stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;


#[test]
fn herramientas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Taladro De Pie Barovo 13mm Usado", "Herramientas > Herramientas Eléctricas > Perforación > Taladros > De Banco"),
        ("Cepillo Electrico Black Decker 650w Madera", "Herramientas > Herramientas Eléctricas > Lijado, Desbaste y Pulido > Cepilladoras"),
        ("Kit Taladro Y Amoladora Black Decker Combo", "Herramientas > Herramientas Eléctricas > Kit de Herramientas Eléctricas"),
        ("Mascara De Soldar Fija Vidrio Verde", "Herramientas > Accesorios para Herramientas > Soldado > Máscaras para Soldar"),
        ("Juego De Tubos Crique 1/2 Stanley 24 Piezas", "Herramientas > Herramientas Manuales > Sets de Herramientas > Sets de Llaves"),
        ("Engrapadora Manual Tapicero Tipo Pistola", "Herramientas > Herramientas Manuales > Fijación > Engrapadoras y Clavadoras"),
        ("Aerografo Doble Accion 0.3mm Con Compresor", "Herramientas > Herramientas Neumáticas > Aerógrafos"),
        ("Martillo Perforador Skil 1/2 Sds Oferta", "Herramientas > Herramientas Eléctricas > Perforación > Rotomartillos"),
        ("Motocompresor 50 Lts Gamma Oferta Envio", "Herramientas > Herramientas Eléctricas > Compresores"),
        ("Maza De Hierro 2 Kg Mango Madera", "Herramientas > Herramientas Manuales > Albañilería > Mazas"),
        ("Aceitera Manual Con Pico Flexible", "Herramientas > Herramientas Manuales > Aceiteras Manuales"),
        ("Motosierra Gamma A Explosion 45cc 18 Pulgadas Oferta", "Herramientas > Herramientas para Jardín > Motosierras > Motosierras a Explosión"),
        ("Organizador De Tornillos 24 Divisiones Plastico", "Herramientas > Cajas y Organizadores > Organizadores de Herramientas"),
        ("Tecle A Cadena 1 Tonelada Usado", "Herramientas > Herramientas Industriales > Carga y Descarga > Aparejos > Aparejos Manuales"),
    ]);
}

#[test]
fn construccion_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Mortero Listo Klaukol Revoque X 30 Kg", "Construcción > Materiales de Obra > Obra Pesada > Morteros"),
        ("Plancha Gypsum Para Cielo Raso Ecuador", "Construcción > Materiales de Obra > Construcción en Seco > Cielo Raso"),
        ("Perfil Montante 70mm Durlock X 2.60", "Construcción > Materiales de Obra > Construcción en Seco > Perfiles"),
        ("Adhesivo Para Ceramica Klaukol Impermeable 30kg", "Construcción > Materiales de Obra > Adhesivos y Selladores > Adhesivos para Pisos y Muros"),
        ("Tarugos Fischer 8mm X 100 Con Tornillo", "Construcción > Materiales de Obra > Fijaciones > Tarugos"),
        ("Malla Ciclon Galvanizada 1.50 X 10 Mts", "Construcción > Materiales de Obra > Alambrados"),
        ("Piso De Goma Para Gimnasio 1x1 Encastre", "Construcción > Pisos y Revestimientos > Pisos de Goma"),
        ("Regadera Cuadrada Acero 20 Cm Cromada", "Construcción > Baños y Sanitarios > Grifería para Baño > Duchadores > Flores de Ducha"),
        ("Mochila De Descarga Plastica Ideal", "Construcción > Baños y Sanitarios > Accesorios para Sanitarios > Mochilas de Descarga"),
        ("Sifon Para Lavatorio Cromado", "Construcción > Baños y Sanitarios > Accesorios para Sanitarios > Sifones de Desague"),
        ("Valvula Check Antirretorno 1 Pulgada", "Construcción > Plomería > Conexiones > Válvulas > Válvulas Antirretorno"),
        ("Alargue Zapatilla 5 Tomas 3 Metros", "Construcción > Electricidad > Cables y Accesorios > Alargues"),
        ("Termica Bipolar 2x20 Sica Schneider", "Construcción > Electricidad > Interruptores y Enchufes > Interruptores > Interruptores Automáticos"),
        ("Contactor Trifasico 25a Bobina 220v", "Construcción > Electricidad > Interruptores y Enchufes > Interruptores > Contactores"),
        ("Toma Doble Cambre Con Tierra 10a", "Construcción > Electricidad > Interruptores y Enchufes > Tomacorrientes y Enchufes > Tomacorrientes"),
        ("Pintura Para Pisos Demarcacion Amarilla", "Construcción > Pinturería > Pinturas > Pinturas Industriales > Demarcación Vial"),
        ("Revestimiento Texturado Plastico 30 Kg", "Construcción > Pinturería > Pinturas > Revestimientos Texturados"),
        ("Vibrador De Concreto Con Manguera 4 Mts", "Construcción > Maquinarias para Construcción > Vibradores de Inmersión"),
        ("Bomba Elevadora De Agua 3/4 Hp Motorarg", "Construcción > Plomería > Bombas > Bombas Centrífugas"),
        ("Bastidor Cambre 3 Modulos Siglo Xxi", "Construcción > Electricidad > Interruptores y Enchufes > Bastidores"),
        ("Tapa De Luz Cambre Blanca 1 Modulo", "Construcción > Electricidad > Interruptores y Enchufes > Tapas"),
        ("Tablero De Embutir 8 Bocas Con Puerta", "Construcción > Electricidad > Tableros y Medidores > Tableros"),
        ("Sinteplast Recuplast Techos 20 Kg Membrana", "Construcción > Materiales de Obra > Adhesivos y Selladores > Tapagoteras"),
        ("Impregnante Para Madera Petrilac 4 Lts", "Construcción > Pinturería > Acabados > Para Maderas > Pinturas Protectoras"),
        ("Convertidor De Oxido Tersuave 1 Litro", "Construcción > Pinturería > Pinturas > Protección de Superficies"),
        ("Pinceleta Atlas 2 Pulgadas Pintor", "Construcción > Pinturería > Accesorios para Pintura > Pinceles"),
        ("Zocalo Ceramico 10x60 Blanco", "Construcción > Pisos y Revestimientos > Zócalos"),
        ("Cortina De Enrollar Aluminio Para Ventana Exterior", "Construcción > Aberturas > Persianas"),
    ]);
}

#[test]
fn industrias_y_oficinas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cortina Metalica De Enrollar Para Local", "Industrias y Oficinas > Equipamiento para Comercios > Cortinas Metálicas"),
        ("Mostrador Refrigerado Para Fiambreria 2 Mts", "Industrias y Oficinas > Gastronomía y Hotelería > Refrigeración > Otros"),
        ("Horno Pastelero 20 Bandejas Gas", "Industrias y Oficinas > Gastronomía y Hotelería > Cocción > Hornos Industriales"),
        ("Sobres Para Envios Con Burbuja X 50", "Industrias y Oficinas > Embalaje y Logística > Materiales > Sobres de Seguridad"),
    ]);
}

#[test]
fn inmuebles_y_servicios_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Alquiler Ph 2 Ambientes Con Patio Boedo", "Inmuebles > PH > Alquiler"),
        ("Albañil Construccion Reformas Presupuesto Sin Cargo", "Servicios > Hogar y Construcción > Obras y Construcción > Profesionales de Construcción > Albañil"),
        ("Arquitecto Planos Municipales Direccion De Obra", "Servicios > Hogar y Construcción > Obras y Construcción > Profesionales de Construcción > Arquitectos e Ingenieros"),
        ("Alquiler De Retroexcavadora Por Hora", "Servicios > Hogar y Construcción > Obras y Construcción > Maquinaria y Herramientas > Maquinaria"),
        ("Fletes Y Mudanzas Zona Oeste Camion", "Servicios > Transporte > Mudanzas"),
        ("Fotografo Para Bodas Y Quince Años", "Servicios > Fiestas y Eventos > Servicios Audiovisuales > Fotos y Video"),
        ("Servicio Tecnico Celulares Cambio De Pantalla", "Servicios > Tecnología > Celulares y Telefonía"),
        ("Lavado De Autos A Domicilio Detailing", "Servicios > Mantenimiento de Vehículos > Cuidado del Vehículo"),
        ("Colocacion De Pisos Y Ceramicos", "Servicios > Hogar y Construcción > Mantenimiento del Hogar > Pisos"),
        ("Estudio Contable Monotributo Y Autonomos", "Servicios > Asesoramiento Contable y Legal > Contadores y Estudios"),
        ("Abogada Laboral Despidos Accidentes", "Servicios > Asesoramiento Contable y Legal > Abogados y Estudios Jurídicos"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Dj Para Casamientos Y Quince", "Servicios > Fiestas y Eventos > Servicios Audiovisuales > DJ,Sonido e Iluminación"),
        ("Tee Termofusion 25mm Acqua System", "Construcción > Plomería > Conexiones > Tee"),
        ("Venta Casa 3 Dormitorios Ramos Mejia Con Cochera", "Inmuebles > Casas > Venta > Propiedades Individuales"),
        ("Martillo Galponero Tramontina", "Herramientas > Herramientas Manuales > Martillos"),
        ("Fichero Metalico 4 Cajones Oficio Usado", "Industrias y Oficinas > Equipamiento para Oficinas > Muebles de Guardado > Muebles de Archivo"),
        ("Colector De Polvo Para Carpinteria 2hp", "Herramientas > Herramientas Industriales > Colectores de Polvo"),
        ("Motor Electrico Trifasico 3 Hp 1400 Rpm Weg", "Construcción > Electricidad > Motores"),
        ("Ripio Piedra Partida 6-20 Por M3", "Construcción > Materiales de Obra > Obra Pesada > Piedra Partida"),
        ("Sierra Caladora Black Decker Ks600 Con Hojas", "Herramientas > Herramientas Eléctricas > Corte > Sierras > Caladoras"),
        ("Pintura En Aerosol Colorin Negro Mate", "Construcción > Pinturería > Pinturas > Aerosoles"),
        ("Servicio De Lunch Y Catering Cumpleaños", "Servicios > Fiestas y Eventos > Catering"),
        ("Maza De Goma 500 Gr Para Ceramica", "Herramientas > Herramientas Manuales > Albañilería > Mazas"),
        ("Termoselladora Para Bandejas Manual", "Industrias y Oficinas > Embalaje y Logística > Selladoras > Termoselladoras"),
        ("Tanque De Agua Plastico 1000 Litros Tricapa Eternit", "Construcción > Plomería > Tanques > Tanques de Agua"),
        ("Imprenta Tarjetas Personales Volantes", "Servicios > Imprenta > Otros"),
        ("Plancha Bifera A Gas Para Hamburguesas 60 Cm", "Industrias y Oficinas > Gastronomía y Hotelería > Cocción > Planchas Sandwicheras > A Gas"),
        ("Martillo Demoledor Makita Hm1203 Electrico", "Herramientas > Herramientas Eléctricas > Perforación > Martillos Demoledores"),
        ("Motor Monofasico 1 Hp Czerweny 1450 Rpm", "Construcción > Electricidad > Motores"),
        ("Torno Para Madera 1 Metro Con Copiador", "Herramientas > Herramientas Industriales > Mecanizado y Acabado > Tornos Industriales"),
        ("Departamento En Venta Quito Norte 2 Habitaciones", "Inmuebles > Departamentos > Venta > Propiedades Individuales"),
    ]);
}
