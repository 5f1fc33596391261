//! Batch 25, helper 3's round on four departments: titles invented for health and medical
//! equipment, industry and office, beauty and personal care, and appliances and air
//! conditioning (876), half as Ecuadorian sellers write them today (refrigeradora, calefón,
//! sanduchera, banqueta para ducha, faja post operatoria) and half as Argentine sellers wrote
//! them in 2013–2015 (Atma, Liliana, Gafa, Drean, Orbis, Eskabe, Silfab, Gama; "usado",
//! "impecable", "oferta"); not measurement data. Every title of the tests named after a
//! department went to another department or leaf with the lexicon of 4f9102d4 (before the
//! round) and reaches its leaf with the round's words; the guards, drawn at random from the
//! titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn salud_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Muletas De Aluminio Axilares Par Talla M", "Salud y Equipamiento Médico > Movilidad > Muletas"),
        ("Banqueta Para Ducha Antideslizante Discapacitados", "Salud y Equipamiento Médico > Movilidad > Ayudas para el Baño > Sillas de Baño"),
        ("Mesa Puente Para Cama Hospitalaria Con Ruedas", "Salud y Equipamiento Médico > Equipamiento Médico > Mobiliario Clínico > Mesas Auxiliares"),
        ("Inmovilizador De Rodilla Largo Post Operatorio", "Salud y Equipamiento Médico > Ortopedia > Rodilleras"),
        ("Protector Bucal Antironquidos Ajustable", "Salud y Equipamiento Médico > Cuidado de la Salud > Tratamientos para Ronquidos > Protectores Bucales"),
        ("Microscopio Biologico Binocular 1000x Laboratorio", "Salud y Equipamiento Médico > Equipamiento Médico > Equipos de Monitoreo > Microscopios Médicos"),
        ("Cuadriciclo Ortopedico Scooter Electrico Para Discapacitados", "Salud y Equipamiento Médico > Movilidad > Otros"),
        ("Tensiometro Manual De Mercurio Usado", "Salud y Equipamiento Médico > Cuidado de la Salud > Tensiómetros > Otros"),
        ("Ropa Interior Absorbente Adulto Plenitud Active", "Salud y Equipamiento Médico > Cuidado de la Salud > Protección para Incontinencia > Pañales para Adultos"),
        ("Cinta Adhesiva Micropore 3m 2.5 Cm", "Salud y Equipamiento Médico > Cuidado de la Salud > Farmacia > Otros"),
        ("Silla Para Masaje Quick Massage Plegable", "Salud y Equipamiento Médico > Masajes > Camillas y Sillas > Camillas para Masajes"),
        ("Pelota De Masaje Con Pinches Erizo", "Salud y Equipamiento Médico > Masajes > Masajeadores > Masajeadores Portátiles > Manuales"),
        ("Tijera Mayo Quirurgica Curva Acero 14 Cm", "Salud y Equipamiento Médico > Equipamiento Médico > Instrumental Médico > Otros"),
        ("Espejo Bucal Odontologico X 12", "Salud y Equipamiento Médico > Equipamiento Médico > Equipamiento Odontológico > Instrumental Odontológico > Otros"),
        ("Amalgamador Odontologico Usado", "Salud y Equipamiento Médico > Equipamiento Médico > Equipamiento Odontológico > Otros"),
    ]);
}

#[test]
fn industrias_y_oficinas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Sensores Antihurto Para Ropa X 100 Alarma", "Industrias y Oficinas > Equipamiento para Comercios > Etiquetado de Mercadería > Alarmas para Ropa"),
        ("Sandwichera Industrial Electrica Doble Placa", "Industrias y Oficinas > Gastronomía y Hotelería > Cocción > Planchas Sandwicheras > Eléctricas"),
        ("Carro Bandejero Acero 15 Bandejas", "Industrias y Oficinas > Gastronomía y Hotelería > Limpieza y Organización > Carros Bandejeros"),
        ("Careta Protector Facial Para Esmerilar", "Industrias y Oficinas > Seguridad Laboral > Protección Personal > Visores de Protección Facial"),
        ("Maquina Bordadora Industrial Brother 6 Agujas", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Máquinas de Bordar"),
        ("Letrero Luminoso Led Abierto Para Negocio", "Industrias y Oficinas > Publicidad y Promoción > Carteles Luminosos"),
        ("Silla Operativa Giratoria Con Ruedas Tapizado Tela", "Industrias y Oficinas > Equipamiento para Oficinas > Mesas, Sillas y Escritorios > Sillas de Oficina"),
        ("Fogonero Industrial Hierro 3 Quemadores", "Industrias y Oficinas > Gastronomía y Hotelería > Cocción > Anafes Industriales"),
        ("Bandeja Antideslizante Para Mozo Redonda", "Industrias y Oficinas > Gastronomía y Hotelería > Accesorios para Restaurantes > Bandejas"),
        ("Chopera Cervecera Con Serpentina 2 Canillas", "Industrias y Oficinas > Gastronomía y Hotelería > Cervecería Artesanal > Equipos para Cerveza Artesanal"),
        ("Ploter De Corte Usado Graphtec", "Industrias y Oficinas > Gráfica e Impresión > Plotters de Corte"),
        ("Impresora Comandera Epson Tm-t20 Usb", "Industrias y Oficinas > Gráfica e Impresión > Impresoras Térmicas"),
        ("Cartel Salida De Emergencia Fotoluminiscente", "Industrias y Oficinas > Seguridad Laboral > Otros"),
        ("Mesa De Planchado Industrial Con Aspiracion", "Industrias y Oficinas > Textil y Calzado > Lavado y Planchado"),
        ("Bandera Publicitaria Vela Con Base", "Industrias y Oficinas > Publicidad y Promoción > Otros"),
    ]);
}

#[test]
fn belleza_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Afeitadora Braun Series 3 Usada Impecable", "Belleza y Cuidado Personal > Barbería > Afeitadoras > Afeitadoras Eléctricas"),
        ("Peine Barbero De Carbono Antiestatico", "Belleza y Cuidado Personal > Barbería > Peines Barberos"),
        ("Tips Para Uñas Esculpidas X 500", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Uñas Esculpidas > Cápsulas y Broches para Uñas"),
        ("Ruleros Termicos X 20 Con Pinzas", "Belleza y Cuidado Personal > Artículos de Peluquería > Accesorios de Peluquería > Ruleros"),
        ("Botas De Presoterapia Equipo Completo", "Belleza y Cuidado Personal > Tratamientos de Belleza > Equipos de Estética Corporal > Presoterapia"),
        ("Bronzer Contorno Paleta Iluminadora", "Belleza y Cuidado Personal > Maquillaje > Rostro > Iluminadores y Rubores"),
        ("Pomada Para Cejas Anastasia Dipbrow", "Belleza y Cuidado Personal > Maquillaje > Ojos, Pestañas y Cejas > Delineadores para Cejas"),
        ("Agujas Para Microblading 14 Puntas X 50", "Belleza y Cuidado Personal > Maquillaje > Agujas para Microblading"),
        ("Mascara Exfoliante Para Pies Calcetin", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Tratamientos para Manos y Pies > Máscaras para Pies"),
        ("Aspiradora De Polvo Para Uñas Extractor", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Uñas Esculpidas > Extractores de Polvo"),
        ("Estuche Para Retenedor Ortodoncia", "Belleza y Cuidado Personal > Higiene Personal > Cuidado Bucal > Cajas para Ortodoncia"),
        ("Peine De Carbono Para Peluqueria Set X 10", "Belleza y Cuidado Personal > Artículos de Peluquería > Accesorios de Peluquería > Peines"),
        ("Espejo De Peluqueria Con Repisa Tocador", "Belleza y Cuidado Personal > Artículos de Peluquería > Muebles para Peluquerías > Espejos para Salón de Belleza"),
        ("Criolipolisis Equipo Portatil Usado", "Belleza y Cuidado Personal > Tratamientos de Belleza > Equipos de Estética Corporal > Criolipólisis"),
        ("Vincha Para Spa Cosmetologia Toalla", "Belleza y Cuidado Personal > Tratamientos de Belleza > Vinchas Cosmetológicas"),
    ]);
}

#[test]
fn electrodomesticos_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Plaqueta Electronica Heladera Samsung No Frost", "Electrodomésticos y Aires Ac. > Refrigeración > Repuestos y Accesorios > Plaquetas para Heladeras"),
        ("Filtro De Agua Para Refrigeradora Lg Original", "Electrodomésticos y Aires Ac. > Refrigeración > Repuestos y Accesorios > Filtros > Filtros de Agua"),
        ("Filtro De Carbon Activado Para Campana", "Electrodomésticos y Aires Ac. > Cocción > Repuestos y Accesorios > Para Campanas > Filtros"),
        ("Acondicionador Surrey 2250 Frigorias Usado", "Electrodomésticos y Aires Ac. > Climatización > Aires Acondicionados"),
        ("Maquina Para Hacer Fideos Electrica", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Cocina > Preparación de Alimentos > Máquinas para Pastas"),
        ("Pie Prensatelas Para Maquina De Coser Set X 11", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Hogar > Repuestos y Accesorios > Para Costura y Bordado > Prensatelas"),
        ("Bisagra Para Puerta De Heladera", "Electrodomésticos y Aires Ac. > Refrigeración > Repuestos y Accesorios > Bisagras"),
        ("Lavasecarropas Samsung 9 Kg Carga Frontal", "Electrodomésticos y Aires Ac. > Lavado > Lavarropas y Lavasecarropas"),
        ("Capacitor Alta Tension Para Microondas", "Electrodomésticos y Aires Ac. > Cocción > Repuestos y Accesorios > Para Microondas > Capacitores"),
        ("Calefactor Infrarrojo Cuarzo Oferta", "Electrodomésticos y Aires Ac. > Climatización > Estufas y Calefactores > Eléctricos"),
        ("Estufa A Pellet 8 Kw", "Electrodomésticos y Aires Ac. > Climatización > Estufas y Calefactores > A Combustión"),
        ("Motor Ventilador Condensadora Aire Acondicionado", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Aires Acondicionados > Motores de Aires Ac."),
        ("Multiprocesadora Philips Con Jarra Oferta", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Cocina > Preparación de Alimentos > Procesadoras"),
        ("Robot Aspirador Xiaomi Mop Trapeador", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Hogar > Aspiradoras Robot"),
        ("Motor Para Licuadora Oster 10 Velocidades", "Electrodomésticos y Aires Ac. > Pequeños Electrodomésticos > Para Cocina > Repuestos y Accesorios > Para Licuadoras > Motores"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Lavavajillas Bosch 12 Cubiertos Acero", "Electrodomésticos y Aires Ac. > Lavado > Lavavajillas"),
        ("Tensiometro Digital De Muñeca Aspen Oferta", "Salud y Equipamiento Médico > Cuidado de la Salud > Tensiómetros > Digitales"),
        ("Sobres De Seguridad Para Envios Courier X 100", "Industrias y Oficinas > Embalaje y Logística > Materiales > Sobres de Seguridad"),
        ("Esmalte De Uñas Masglo 13.5 Ml", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Esmaltes"),
        ("Burlete Para Horno Silicona", "Electrodomésticos y Aires Ac. > Cocción > Repuestos y Accesorios > Para Cocinas y Hornos > Burletes"),
        ("Elevador De Inodoro Con Apoyabrazos Adulto Mayor", "Salud y Equipamiento Médico > Movilidad > Ayudas para el Baño > Sillas de Baño"),
        ("Almohadilla Metatarsal De Gel Par", "Salud y Equipamiento Médico > Ortopedia > Podología > Protectores de Metatarso"),
        ("Cuchilla Repuesto Para Maquina Wahl Senior", "Belleza y Cuidado Personal > Artefactos para el Cabello > Repuestos de Cortadora de Pelo"),
        ("Corrector De Postura Espalda Unisex Ajustable", "Salud y Equipamiento Médico > Ortopedia > Espalderas"),
        ("Lampara Uv Led Para Uñas 48w Secado", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Uñas Esculpidas > Cabinas para Uñas"),
        ("Buclera Remington Ceramica 19 Mm", "Belleza y Cuidado Personal > Artefactos para el Cabello > Bucleras"),
        ("Capacitor Para Ventilador 1.5 Uf", "Electrodomésticos y Aires Ac. > Climatización > Repuestos y Accesorios > Para Ventiladores > Capacitores para Ventiladores"),
        ("Cavitador Ultrasonico Dental Woodpecker", "Salud y Equipamiento Médico > Equipamiento Médico > Equipamiento Odontológico > Instrumental Odontológico > Cavitadores"),
        ("Perfume Original Hugo Boss Bottled 100 Ml Hombre", "Belleza y Cuidado Personal > Perfumes"),
        ("Sillon Gerencial Alto Cuero Ecologico Oferta", "Industrias y Oficinas > Equipamiento para Oficinas > Mesas, Sillas y Escritorios > Sillones Gerenciales"),
        ("Crema Antiage Avon Anew Reversalist", "Belleza y Cuidado Personal > Cuidado de la Piel > Cuidado Facial"),
        ("Cafetera Espresso Industrial 2 Grupos", "Industrias y Oficinas > Gastronomía y Hotelería > Cafeteras"),
        ("Spirulina En Capsulas 500 Mg Frasco", "Salud y Equipamiento Médico > Suplementos Alimenticios"),
        ("Manguera De Desagote Para Lavarropas 2 M", "Electrodomésticos y Aires Ac. > Lavado > Repuestos y Accesorios > Para Lavarropas y Secarropas > Mangueras"),
        ("Kit De Manicura Set Estuche 12 Piezas", "Belleza y Cuidado Personal > Manicuría y Pedicuría > Instrumentos > Kits para Manicura"),
    ]);
}
