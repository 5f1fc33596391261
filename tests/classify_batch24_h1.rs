//! Batch 24, helper 1's round on four departments: titles invented for vehicle
//! accessories and parts, sports and fitness, farm goods and tools (595), half as Ecuadorian
//! sellers write them today (llanta, guardafango, empaque de cabezote, aretes para ganado) and
//! half as Argentine sellers wrote them in 2013–2015; not measurement data. Every title of the
//! tests named after a department went to another department or leaf with the lexicon of
//! 05550d50 (before the round) and reaches its leaf with the round's words; the guards, drawn at
//! random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn accesorios_para_vehiculos_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Llanta Para Moto 90/90-18 Pirelli", "Accesorios para Vehículos > Neumáticos > Cubiertas para Motos"),
        ("Llanta Para Tractor 18.4-30 Agricola", "Accesorios para Vehículos > Neumáticos > Neumáticos Agrícolas"),
        ("Llanta Para Montacargas 6.50-10 Solida", "Accesorios para Vehículos > Neumáticos > Neumáticos Industriales"),
        ("Tubo Camara Para Llanta Rin 15", "Accesorios para Vehículos > Neumáticos > Cámaras para Neumáticos"),
        ("Aros De Aleacion Rin 17 5 Huecos Juego X 4", "Accesorios para Vehículos > Llantas y Accesorios > Llantas de Autos y Camionetas"),
        ("Empaque De Cabezote Chevrolet Luv 2.3", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Motor > Juntas de Motor"),
        ("Motor De Arranque Nissan Frontier", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Encendido > Burros de Arranque"),
        ("Sensor Maf Flujo De Aire Nissan", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Inyección > Sensores de Inyección > Sensores MAF"),
        ("Guardafango Delantero Toyota Hilux", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Carrocería > Guardabarros"),
        ("Enganche De Remolque Bola 50mm Hilux", "Accesorios para Vehículos > Accesorios de Auto y Camioneta > Accesorios de Exterior > Enganches > Enganches Completos"),
        ("Autoestereo Sony Con Cd Usb Bluetooth", "Accesorios para Vehículos > Audio para Vehículos > Reproductores > Estéreos > Sin Pantalla"),
        ("Filtro De Aire Para Moto Suzuki Gn 125", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Filtros > Filtros de Aire"),
        ("Filtro De Aire Para Camion Hino 500", "Accesorios para Vehículos > Repuestos de Línea Pesada > Filtros > Filtros de Aire"),
        ("Calcomanias Vinilo Para Auto Racing", "Accesorios para Vehículos > Tuning > Vinilos y Calcos > Calcomanías"),
    ]);
}

#[test]
fn deportes_y_fitness_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Timbre Para Bicicleta Aluminio", "Deportes y Fitness > Ciclismo > Accesorios para Bicicletas > Seguridad > Bocinas > Timbres"),
        ("Parrilla Portaequipaje Para Bicicleta Trasera", "Deportes y Fitness > Ciclismo > Accesorios para Bicicletas > Transporte y Carga > Portaequipajes"),
        ("Rotor Disco De Freno 160mm Para Bicicleta", "Deportes y Fitness > Ciclismo > Repuestos > Frenos > Disco Hidráulico > Discos de Freno"),
        ("Juego De Ruedas Mtb 29 Con Mazas", "Deportes y Fitness > Ciclismo > Repuestos > Ruedas de Bicicleta"),
        ("Gafas Lentes Para Ciclismo Polarizados", "Deportes y Fitness > Ciclismo > Indumentaria > Lentes para Ciclismo"),
        ("Kit De Barra Y Discos 40 Kg Con Mancuernas", "Deportes y Fitness > Fitness y Musculación > Pesas, Discos y Barras > Kits de Barras y Discos"),
        ("Foam Roller Rodillo Masajeador 33 Cm", "Deportes y Fitness > Fitness y Musculación > Funcional, Pilates y Yoga > Foam Roller"),
        ("Cajon Pliometrico De Salto Madera", "Deportes y Fitness > Fitness y Musculación > Funcional, Pilates y Yoga > Cajones de Salto"),
        ("Rodilleras Para Crossfit 7mm Neopreno Par", "Deportes y Fitness > Fitness y Musculación > Protección y Rehabilitación > Rodilleras"),
        ("Karategui Para Niño Con Cinturon", "Deportes y Fitness > Artes Marciales y Boxeo > Indumentaria > Trajes y Kimonos"),
        ("Nunchaku De Madera Con Cadena", "Deportes y Fitness > Artes Marciales y Boxeo > Protección y Defensa > Nunchakus"),
        ("Rulemanes Abec 9 Para Patines X 16", "Deportes y Fitness > Patín y Skateboard > Repuestos > Rodamientos y Rulemanes"),
        ("Cuerda Dinamica Para Escalar 10mm 60 Metros", "Deportes y Fitness > Montañismo y Trekking > Accesorios para Escalada > Cuerdas"),
        ("Pelota De Rugby Gilbert Numero 5", "Deportes y Fitness > Rugby > Pelotas"),
    ]);
}

#[test]
fn agro_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Piola Cinta Electroplastica Para Cerca 200 Metros", "Agro > Infraestructura Rural > Alambrados y Accesorios > Accesorios > Hilo Eléctrico"),
        ("Varillas Para Boyero Fibra De Vidrio 1.20 X 20", "Agro > Infraestructura Rural > Alambrados y Accesorios > Accesorios > Varillas para Eléctricos"),
        ("Aretes Para Ganado Identificacion Vacas X 100", "Agro > Producción Animal > Herramientas y Accesorios > Caravanas"),
        ("Bloque Nutricional Melaza Para Bovinos", "Agro > Producción Animal > Insumos Nutrición Animal"),
        ("Semilla De Pasto Brachiaria Por Kilo", "Agro > Semillas"),
        ("Insecticida Agricola Cipermetrina 1 Litro", "Agro > Insumos Agrícolas > Insecticidas y Herbicidas"),
        ("Banderillero Satelital Para Pulverizadora", "Agro > Agricultura de Precisión"),
        ("Ahumador Para Apicultura Acero Inoxidable", "Agro > Apicultura"),
        ("Desgranadora De Maiz Electrica", "Agro > Maquinaria Agrícola > Otras"),
        ("Faro Auxiliar Led Para Tractor 48w", "Agro > Repuestos Maquinaria Agrícola > Carrocería > Faros Exteriores > Faros Auxiliares"),
        ("Filtro De Aire Para Tractor John Deere", "Agro > Repuestos Maquinaria Agrícola > Filtros > Filtros de Aire"),
        ("Pico Para Pulverizadora Abanico Teejet X 10", "Agro > Repuestos Maquinaria Agrícola > Para Pulverizadoras"),
        ("Dientes Para Cosechadora Cabezal Maicero", "Agro > Repuestos Maquinaria Agrícola > Para Cosechadoras"),
        ("Cuchilla Para Sembradora Directa Disco", "Agro > Repuestos Maquinaria Agrícola > Para Sembradoras"),
        ("Esquiladora Electrica Para Ovejas", "Agro > Herramientas de Trabajo > Herramientas Eléctricas"),
        ("Ordeñadora Mecanica Para 1 Vaca Portatil", "Agro > Insumos Ganaderos > Otros"),
    ]);
}

#[test]
fn herramientas_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cortadora De Concreto A Gasolina 14 Pulgadas", "Herramientas > Herramientas Eléctricas > Corte > Sierras > Cortadoras de Concreto"),
        ("Cautin Tipo Lapiz 40w Para Estaño", "Herramientas > Herramientas Eléctricas > Soldadura > Cautines para Soldar"),
        ("Engrapadora Electrica Para Tapizar 18 Ga", "Herramientas > Herramientas Eléctricas > Perforación > Engrapadoras y Clavadoras"),
        ("Hojas De Caladora Bosch T101b Pack X 5", "Herramientas > Accesorios para Herramientas > Hojas para Sierras"),
        ("Hacha Forjada 3.5 Lbs Mango Madera", "Herramientas > Herramientas Manuales > Corte y Desbaste > Hachas"),
        ("Terraja Para Caño 1/2 A 1 Pulgada Ridgid", "Herramientas > Herramientas Manuales > Corte y Desbaste > Terrajas"),
        ("Barreta Pata De Cabra 24 Pulgadas", "Herramientas > Herramientas Manuales > Extracción > Barretas"),
        ("Yunque De Hierro 50 Kg Para Herrero", "Herramientas > Herramientas Manuales > Yunques"),
        ("Pistola De Pintar Neumatica Hvlp 1.4mm Gravedad", "Herramientas > Herramientas Neumáticas > Pistolas para Pintar"),
        ("Desbrozadora A Gasolina Stihl Fs 280", "Herramientas > Herramientas para Jardín > Desmalezadoras y Bordeadoras > A Combustión"),
        ("Motosierra Stihl Ms 250 Espada 18", "Herramientas > Herramientas para Jardín > Motosierras > Motosierras a Explosión"),
        ("Termometro Infrarrojo Laser -50 A 550 Grados", "Herramientas > Testers y Equipos de Medición > Pistolas Infrarrojas"),
        ("Prensa Hidraulica 20 Toneladas De Piso", "Herramientas > Herramientas Industriales > Conformado > Prensas > Prensas Hidráulicas"),
        ("Ganzuas Set De Cerrajeria 24 Piezas", "Herramientas > Herramientas Manuales > Ganzúas"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("Bomba De Gasolina Electrica Universal", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Motor > Bombas > Bombas de Combustible"),
        ("Barra Para Dominadas De Puerta", "Deportes y Fitness > Fitness y Musculación > Pesas, Discos y Barras > Barras para Dominadas"),
        ("Casco Integral Shaft Talla M Con Visor", "Accesorios para Vehículos > Acc. para Motos y Cuatriciclos > Cascos"),
        ("Patas De Rana Aletas Para Natacion", "Deportes y Fitness > Natación > Accesorios para Natación > Patas de Rana"),
        ("Guadaña Motoguadaña 52cc Con Cuchilla", "Herramientas > Herramientas para Jardín > Desmalezadoras y Bordeadoras > A Combustión"),
        ("Micrometro De Exteriores 0-25mm", "Herramientas > Testers y Equipos de Medición > Medidores de Longitud > Micrómetros"),
        ("Destornillador Plano 1/4 X 6 Stanley", "Herramientas > Herramientas Manuales > Fijación > Destornilladores"),
        ("Sopladora A Gasolina De Mochila Echo", "Herramientas > Herramientas para Jardín > Sopladoras > A Combustión"),
        ("Remachadora Pop Manual Con 200 Remaches", "Herramientas > Herramientas Manuales > Fijación > Remachadoras"),
        ("Aceite Castrol Gtx 20w50 4 Litros", "Accesorios para Vehículos > Lubricantes y Fluidos > Autos y Camionetas > Aceites > Para Motor"),
        ("Bateria Para Moto Yuasa Ytx7l-bs", "Accesorios para Vehículos > Repuestos Motos y Cuatriciclos > Baterías"),
        ("Acople Rapido Para Compresor 1/4 Macho Hembra", "Herramientas > Accesorios para Herramientas > Puntas y Adaptadores > Acoples Rápidos"),
        ("Caja De Cambios Renault Clio Usada", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Transmisión > Cajas de Cambios > Cajas de Cambio"),
        ("Manija Exterior De Puerta Nissan Sentra", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Carrocería > Manijas > Manijas para Puertas"),
        ("Alicate Universal 8 Pulgadas Aislado 1000v", "Herramientas > Herramientas Manuales > Pinzas > Pinzas Universales"),
        ("Alarma Para Moto Con Control Remoto Y Arranque", "Accesorios para Vehículos > Seguridad Vehicular > Alarmas y Accesorios > Alarmas para Motos"),
        ("Bomba De Agua Tractor Massey Ferguson 275", "Agro > Repuestos Maquinaria Agrícola > Motor > Bombas > Bombas de Agua"),
        ("Bobina De Encendido Chevrolet Aveo", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Encendido > Bobinas de Encendido"),
        ("Silenciador Escape Universal Acero", "Accesorios para Vehículos > Repuestos Autos y Camionetas > Escapes > Silenciadores"),
        ("Amoladora Dewalt 7 Pulgadas 2200w Usada Impecable", "Herramientas > Herramientas Eléctricas > Corte > Amoladoras"),
    ]);
}
