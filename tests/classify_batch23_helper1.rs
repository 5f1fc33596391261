//! Batch 23 (issue 15), a helper's round on the two weakest departments: titles invented for
//! health and medical equipment and for industry and office (442), half as Ecuadorian sellers
//! write them today and half as Argentine sellers wrote them in 2013–2015; not measurement data.
//! Every title of the tests named after a department went to another department or leaf with the
//! lexicon of e141a6f (before the round) and reaches its leaf with the round's words; the guards,
//! drawn at random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn salud_y_equipamiento_medico_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Audífono Para Sordera Recargable Amplificador De Sonido", "Salud y Equipamiento Médico > Cuidado de la Salud > Audífonos"),
        ("Sábana Absorbente Desechable 60x90 X 10 Zalea", "Salud y Equipamiento Médico > Cuidado de la Salud > Protección para Incontinencia > Zaleas"),
        ("Monitor De Presion Arterial Digital Brazo Automatico", "Salud y Equipamiento Médico > Cuidado de la Salud > Tensiómetros > Digitales"),
        ("Espaciador Para Inhalador Aerochamber Adulto", "Salud y Equipamiento Médico > Cuidado de la Salud > Tratamientos Respiratorios > Aerocámaras"),
        ("Asa De Polipectomía Endoscopia Desechable", "Salud y Equipamiento Médico > Equipamiento Médico > Instrumental Médico > Lazos para Extracciones"),
        ("Mesa Auxiliar Quirúrgica Acero Inoxidable Con Ruedas", "Salud y Equipamiento Médico > Equipamiento Médico > Mobiliario Clínico > Mesas Auxiliares"),
        ("Camilla Masajes Madera Con Agujero Facial", "Salud y Equipamiento Médico > Masajes > Camillas y Sillas > Camillas para Masajes"),
        ("Rodillo Masajeador Manual De Madera Anticelulitis", "Salud y Equipamiento Médico > Masajes > Masajeadores > Masajeadores Portátiles > Manuales"),
        ("Caminador Ortopedico Plegable Aluminio", "Salud y Equipamiento Médico > Movilidad > Andadores"),
        ("Levadura De Cerveza En Comprimidos X 500 Oferta", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
    ]);
}

#[test]
fn industrias_y_oficinas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Selladora Al Vacío Para Alimentos Doméstica", "Industrias y Oficinas > Embalaje y Logística > Envasadoras > Envasadoras al Vacío"),
        ("Cajas Para Pizza Familiar Cartón X 100", "Industrias y Oficinas > Embalaje y Logística > Materiales > Cajas para Pizza"),
        ("Cinta Para Selladora De Cajas 72mm", "Industrias y Oficinas > Embalaje y Logística > Materiales > Cintas para Selladoras"),
        ("Selladora De Bolsas De Pedal 40 Cm", "Industrias y Oficinas > Embalaje y Logística > Selladoras > Selladoras de Bolsas"),
        ("Balanza De Precisión Gramera 0.01g Joyería", "Industrias y Oficinas > Equipamiento para Comercios > Balanzas > De Precisión"),
        ("Lector De Tarjetas Datáfono Inalámbrico", "Industrias y Oficinas > Equipamiento para Comercios > Cobro y Control > Lectores de Tarjetas"),
        ("Impresora Termica De Etiquetas Codigo De Barras Xprinter", "Industrias y Oficinas > Equipamiento para Comercios > Etiquetado de Mercadería > Impresoras de Etiquetas"),
        ("Estanterias Gondolas Para Minimarket Nuevas", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Góndolas"),
        ("Mostrador De Vidrio Para Local Con Luz Led", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Mostradores"),
        ("Ganchos Para Panel Ranurado 20 Cm X 50", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Ménsulas y Ganchos Blisteros"),
        ("Perchero Móvil Para Ropa Con Ruedas Reforzado", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Percheros Móviles"),
        ("Tanque Plastico 200 Litros Con Tapa Y Aro", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Tambores de Almacenamiento"),
        ("Engranaje Fusor Fotocopiadora Kyocera", "Industrias y Oficinas > Equipamiento para Oficinas > Fotocopiadoras y Accesorios > Insumos y Accesorios > Engranajes"),
        ("Caja De Archivo Cartón Oficio X 10", "Industrias y Oficinas > Equipamiento para Oficinas > Organización para Oficinas > Cajas de Archivo"),
        ("Papelera De Oficina Metálica Malla", "Industrias y Oficinas > Equipamiento para Oficinas > Organización para Oficinas > Cestos Papeleros"),
        ("Porta Menú Acrílico Para Mesa A4", "Industrias y Oficinas > Gastronomía y Hotelería > Accesorios para Restaurantes > Porta Menús"),
        ("Carro Termico Para Alimentos Acero Inoxidable", "Industrias y Oficinas > Gastronomía y Hotelería > Carros Gastronómicos"),
        ("Canilla Para Cerveza Tirada Chopera", "Industrias y Oficinas > Gastronomía y Hotelería > Cervecería Artesanal > Accesorios y Repuestos > Canillas para Cerveza Tirada"),
        ("Growler De Vidrio Para Cerveza 1 Litro", "Industrias y Oficinas > Gastronomía y Hotelería > Cervecería Artesanal > Botellas y Growlers"),
        ("Olla Macerador Para Cerveza Artesanal 50 Litros", "Industrias y Oficinas > Gastronomía y Hotelería > Cervecería Artesanal > Equipos para Cerveza Artesanal"),
        ("Levadura Para Cerveza Safale Us-05", "Industrias y Oficinas > Gastronomía y Hotelería > Cervecería Artesanal > Levaduras"),
        ("Máquina Para Hacer Churros Manual Con Dosificador", "Industrias y Oficinas > Gastronomía y Hotelería > Equipamiento de Panadería > Churreras"),
        ("Mesa De Trabajo Acero Inoxidable 1.50 Con Repisa", "Industrias y Oficinas > Gastronomía y Hotelería > Mesas de Trabajo"),
        ("Procesador Industrial De Alimentos Cutter", "Industrias y Oficinas > Gastronomía y Hotelería > Procesado de Alimentos > Procesadores Industriales"),
        ("Temperadora De Chocolate Profesional", "Industrias y Oficinas > Gastronomía y Hotelería > Procesado de Alimentos > Templadoras de Chocolate"),
        ("Congelador Exhibidor Vertical Puerta De Vidrio", "Industrias y Oficinas > Gastronomía y Hotelería > Refrigeración > Freezers Exhibidores"),
        ("Vitrina Refrigerada Vertical Para Bebidas 2 Puertas", "Industrias y Oficinas > Gastronomía y Hotelería > Refrigeración > Heladeras Exhibidoras"),
        ("Maquina Para Hacer Empanadas Repulgadora", "Industrias y Oficinas > Gastronomía y Hotelería > Tratamiento de la Carne > Máquinas Empanadoras"),
        ("Letrero De Acrílico Para Negocio Personalizado", "Industrias y Oficinas > Publicidad y Promoción > Carteles"),
        ("Porta Carnet Rígido Vertical Acrílico", "Industrias y Oficinas > Publicidad y Promoción > Identificación para Eventos > Porta Credenciales"),
        ("Esferos Personalizados Con Logo X 100", "Industrias y Oficinas > Publicidad y Promoción > Merchandising > Bolígrafos"),
        ("Exhibidor Porta Folletos Acrilico A4 Triple", "Industrias y Oficinas > Publicidad y Promoción > Portafolletos"),
        ("Dispensador Aromatizador Automático Con Aerosol", "Industrias y Oficinas > Seguridad Laboral > Limpieza y Sanitización > Aromatizadores y Purificadores"),
        ("Hidrolavadora A Gasolina 3000 Psi", "Industrias y Oficinas > Seguridad Laboral > Limpieza y Sanitización > Hidrolavadoras a Combustión"),
        ("Secador De Manos Eléctrico Automático Para Baño", "Industrias y Oficinas > Seguridad Laboral > Limpieza y Sanitización > Secamanos"),
        ("Mascarilla N95 3m 8210 Caja X 20", "Industrias y Oficinas > Seguridad Laboral > Protección Personal > Barbijos Antipolvo"),
        ("Faja De Seguridad Industrial Con Tirantes", "Industrias y Oficinas > Seguridad Laboral > Protección Personal > Fajas Lumbares y Abdominales"),
        ("Ojaladora Para Maquina De Coser Industrial", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Accesorios para Coser y Bordar > Ojales"),
        ("Estampadora Térmica Plancha Sublimación 38x38", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Estampadoras"),
        ("Máquina De Tejer Silver Reed Punto", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Máquinas de Tejer"),
        ("Selladora Bolsas Pedal 60cm Nueva Garantia", "Industrias y Oficinas > Embalaje y Logística > Selladoras > Selladoras de Bolsas"),
        ("Bordadora Industrial 12 Agujas Una Cabeza Nueva", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Máquinas de Bordar"),
        ("Maquina De Tejer Familiar Knittax Con Accesorios", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Máquinas de Tejer"),
        ("Picadora De Carne Boca 22 Electrica Industrial Nueva", "Industrias y Oficinas > Gastronomía y Hotelería > Tratamiento de la Carne > Picadoras de Carne"),
        ("Freezer Exhibidor Horizontal Tapa Vidrio 300 Lts", "Industrias y Oficinas > Gastronomía y Hotelería > Refrigeración > Freezers Exhibidores"),
        ("Ploteo Vinilo Adhesivo De Corte Vidrieras Por Metro", "Industrias y Oficinas > Publicidad y Promoción > Vinilos"),
        ("Impresora Etiquetas Termica Zebra Usada Funcionando", "Industrias y Oficinas > Equipamiento para Comercios > Etiquetado de Mercadería > Impresoras de Etiquetas"),
        ("Perchero De Pie Con Ruedas Para Local De Ropa Cromado", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Percheros Móviles"),
        ("Toner Ricoh Aficio 1515 Original Nuevo En Caja", "Industrias y Oficinas > Equipamiento para Oficinas > Fotocopiadoras y Accesorios > Insumos y Accesorios > Tóners"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Tobillera Elastica Ortopedica Con Velcro Liquido", "Salud y Equipamiento Médico > Ortopedia > Tobilleras"),
        ("Nebulizador A Pistón Omron Ne-c801", "Salud y Equipamiento Médico > Cuidado de la Salud > Tratamientos Respiratorios > Nebulizadores"),
        ("Algodón Hidrófilo Rollo 500 Gramos", "Salud y Equipamiento Médico > Cuidado de la Salud > Farmacia > Algodones"),
        ("Cartuchos 3m 6003 Para Respirador", "Industrias y Oficinas > Seguridad Laboral > Protección Personal > Cartuchos para Respiradores"),
        ("Lampara Halogena Fotocurado Odontologica Nueva", "Salud y Equipamiento Médico > Equipamiento Médico > Equipamiento Odontológico > Lámparas Odontológicas"),
        ("Vitrina Exhibidora De Vidrio Para Celulares", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Vitrinas"),
        ("Carrito De Supermercado Metálico 100 Litros", "Industrias y Oficinas > Equipamiento para Comercios > Carros de Supermercado"),
        ("Plastificadora A4 Para Carnet Y Documentos", "Industrias y Oficinas > Gráfica e Impresión > Plastificado > Plastificadoras"),
        ("Pallet De Madera 120x100 Reforzado", "Industrias y Oficinas > Embalaje y Logística > Materiales > Pallets"),
        ("Glucómetro Accu-chek Instant Con 50 Tiras", "Salud y Equipamiento Médico > Equipamiento Médico > Equipos de Monitoreo > Medidores de Glucosa"),
        ("Silla De Baño Para Ducha Adulto Mayor", "Salud y Equipamiento Médico > Movilidad > Ayudas para el Baño > Sillas de Baño"),
        ("Andador Articulado Aluminio Adultos Nuevo Zona Oeste", "Salud y Equipamiento Médico > Movilidad > Andadores"),
        ("Escritorio De Oficina En L Melamina", "Industrias y Oficinas > Equipamiento para Oficinas > Mesas, Sillas y Escritorios > Escritorios"),
        ("Alcohol En Gel 500ml Pack X 12 Envio Gratis", "Salud y Equipamiento Médico > Cuidado de la Salud > Farmacia > Alcoholes en Gel"),
        ("Pantorrillera Compresión Deportiva Par", "Salud y Equipamiento Médico > Ortopedia > Musleras y Pantorrilleras"),
        ("Maquina Overlock Industrial 4 Hilos Siruba", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Máquinas de Coser"),
        ("Silla De Oficina Ergonómica Malla Con Soporte Lumbar", "Industrias y Oficinas > Equipamiento para Oficinas > Mesas, Sillas y Escritorios > Sillas de Oficina"),
        ("Preservativos Durex Extra Seguro Caja 12", "Salud y Equipamiento Médico > Cuidado de la Salud > Farmacia > Cuidado Sexual > Preservativos"),
        ("Pinza Algodonera Odontologica Acero", "Salud y Equipamiento Médico > Equipamiento Médico > Equipamiento Odontológico > Instrumental Odontológico > Pinzas Odontológicas"),
        ("Purificador De Aire Filtro Hepa Para Alergias", "Salud y Equipamiento Médico > Cuidado de la Salud > Tratamientos Respiratorios > Purificadores de Aire"),
    ]);
}
