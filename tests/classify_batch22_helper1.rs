//! Batch 22 (issue 15), a helper's round: titles invented for electronics, cameras, computing,
//! consoles, industry and office, tools and phone accessories (800), as Argentine sellers wrote
//! them in 2013–2015 and Ecuadorian sellers write them today; not measurement data. Every title
//! of the tests named after a department went to another department or leaf with the lexicon of
//! df65d4e (before the round), drawn at random from those the round mended; the guards, drawn at
//! random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_under_their_branch;

#[test]
fn celulares_y_telefonos_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Chip Claro Prepago 4g Liberado", "Celulares y Teléfonos > Accesorios para Celulares > Chips GSM"),
        ("Manta Antiestatica P/ Reparacion Celulares Envio Gratis", "Celulares y Teléfonos > Accesorios para Celulares > Mantas Antiestática"),
        ("Lente Camara Vidrio Iphone 11 Entrega Inmediata", "Celulares y Teléfonos > Repuestos de Celulares > Lentes"),
        ("Malla Silicona Xiaomi Mi Band 4 Nuevo Sellado", "Celulares y Teléfonos > Smartwatches y Accesorios > Mallas"),
        ("Protector Pantalla Apple Watch Zona Sur", "Celulares y Teléfonos > Smartwatches y Accesorios > Protectores de Pantalla"),
        ("Filtro Adsl Microfiltro Telefono Guayaquil", "Celulares y Teléfonos > Telefonía Fija e Inalámbrica > Accesorios > Filtros Telefónicos"),
    ]);
}

#[test]
fn computacion_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Adaptador Usb A Rs232 Serial Nisuta", "Computación"),
        ("Simulador De Manejo Cockpit P/ Volante Liquido", "Computación > Accesorios para PC Gaming > Controles para Gamers > Simuladores de Manejo"),
        ("Porta Cd 24 Discos Cuerina", "Computación > Almacenamiento > Discos y Accesorios > Porta CDs"),
        ("Soporte Cpu Con Ruedas Bajo Escritorio Importado", "Computación > Componentes de PC > Gabinetes de PC y Soportes > Soportes para CPU"),
        ("Placa Controladora Pci Sata 4 Puertos Envios A Todo El Pais", "Computación > Componentes de PC > Placas > Placas Controladoras"),
        ("Bobina Cable Utp Cat5e 305 Metros Zona Oeste", "Computación > Conectividad y Redes > Cables de Red y Accesorios > Cables de Red"),
        ("Tester De Red Cable Utp Rj45 Rj11 Calidad Premium", "Computación > Conectividad y Redes > Herramientas > Testers de Redes"),
        ("Funda Cubre Impresora Epson Tela Oferta!!", "Computación > Impresión > Accesorios > Fundas para Impresoras"),
        ("Cama Caliente Impresora 3d Mk2b 12v Original Garantia", "Computación > Impresión > Impresión 3D > Componentes para Impresoras 3D > Camas Calientes"),
        ("Revelador Para Fotocopiadora Ricoh Mejor Precio", "Computación > Impresión > Insumos de Impresión > Reveladores"),
        ("Engranajes Fusor Hp P1005 Liquido", "Computación > Impresión > Repuestos > De Arrastre y Tracción > Engranajes"),
        ("Filmina Fusor Hp 1020 Teflon", "Computación > Impresión > Repuestos > De Arrastre y Tracción > Filminas"),
        ("Pick Up Roller Hp Laserjet 1320 Envio Gratis", "Computación > Impresión > Repuestos > De Arrastre y Tracción > Pick Up Rollers"),
        ("Rodillo De Presion Fusor Hp 1010", "Computación > Impresión > Repuestos > De Arrastre y Tracción > Rodillos de Presión"),
        ("Fusor Hp 1020 Laserjet", "Computación > Impresión > Repuestos > Fusores"),
        ("Cuchilla Limpieza Toner Hp 12a Entrega Inmediata", "Computación > Impresión > Repuestos > Para Tóners > Cuchillas para Tóner"),
        ("Maletin Notebook 14 Ejecutivo", "Computación > Notebooks y Accesorios > Accesorios para Laptops > Bolsos Porta Notebooks > Maletines"),
        ("Presentador Inalambrico Laser Puntero Logitech R400 Liquido", "Computación > Notebooks y Accesorios > Accesorios para Laptops > Presentadores de Diapositivas"),
        ("Inverter Lcd Notebook Compaq", "Computación > Notebooks y Accesorios > Repuestos > Inverters"),
        ("Pila Bios Cr2032 Con Cable Notebook Liquido", "Computación > Notebooks y Accesorios > Repuestos > Pilas BIOS"),
        ("Stencil Reballing Kit 90mm", "Computación > Notebooks y Accesorios > Repuestos > Stencils"),
        ("Teclas Sueltas Macbook Repuesto", "Computación > Notebooks y Accesorios > Repuestos > Teclas Sueltas"),
        ("Touchpad Notebook Asus X550 Envio Gratis", "Computación > Notebooks y Accesorios > Repuestos > Touchpads"),
        ("Touch Para Tablet 7 Pulgadas 30 Pines Original Nuevo", "Computación > Tablets y Accesorios > Repuestos > Pantallas Táctiles"),
    ]);
}

#[test]
fn consolas_y_videojuegos_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Control Family Game 9 Pines Envio Gratis Quito", "Consolas y Videojuegos > Accesorios para Consolas > Para Family Game > Otros"),
        ("Vidrio Templado P/ Nintendo Switch Protector", "Consolas y Videojuegos > Accesorios para Consolas > Para Nintendo > Nintendo Switch > Protectores de Pantalla"),
        ("Cable Av Audio Video Ps2 Ps3 Oferta", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS2 - PlayStation 2 > Cables y Adaptadores"),
        ("Volante P/ Ps2 Y Pc C/ Pedales Vibracion", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS2 - PlayStation 2 > Controles y Joysticks > Volantes"),
        ("Figura Skylanders Ps3 Guayaquil", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS3 - PlayStation 3 > Figuras Interactivas"),
        ("Cargador Doble Base P/ Joystick Ps4 Dualshock Oferta", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Cargadores de Controles"),
        ("Funda Silicona Para Joystick Ps4 Antideslizante Entrega Inmediata", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Fundas para Controles"),
        ("Joystick Ps4 Generico Inalambrico C/ Cable", "Consolas y Videojuegos > Accesorios para Consolas > Para PlayStation > PS4 - PlayStation 4 > Gamepads y Joysticks"),
        ("Pulsador Arcade 30mm X 10 Con Garantia", "Consolas y Videojuegos > Flippers y Arcade > Accesorios y Repuestos > Otros"),
    ]);
}

#[test]
fn camaras_y_accesorios_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Protector De Pantalla Lcd Para Nikon D5200", "Cámaras y Accesorios > Accesorios para Cámaras > Bolsos y Cuidado de la Cámara > Films Protectores"),
        ("Control Remoto Inalambrico Nikon Ml-l3", "Cámaras y Accesorios > Accesorios para Cámaras > Controles Remotos"),
        ("Panel Led Bicolor 600 Leds Estudio Video Caba", "Cámaras y Accesorios > Accesorios para Cámaras > Estudio e Iluminación > Iluminación Continua"),
        ("Reflector Plegable 5 En 1 110cm Fotografia Original Nuevo", "Cámaras y Accesorios > Accesorios para Cámaras > Estudio e Iluminación > Pantallas Reflectoras"),
        ("Film Instax Mini X 20 Fotos Fujifilm Nuevo", "Cámaras y Accesorios > Accesorios para Cámaras > Rollos > Para Cámaras Instantáneas"),
        ("Anillo Adaptador M42 A Canon Eos Factura A", "Cámaras y Accesorios > Lentes y Filtros > Anillos Adaptadores"),
        ("Tapa Trasera Body Cap Canon Eos Envio Gratis", "Cámaras y Accesorios > Lentes y Filtros > Tapas"),
        ("Impresora Fotografica Canon Selphy Cp1300 Oferta!!", "Cámaras y Accesorios > Revelado y Laboratorio > Impresoras"),
    ]);
}

#[test]
fn electronica_audio_y_video_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Monitor In Ear Shure Se215 Auricular Escenario Envios A Todo El Pais", "Electrónica, Audio y Video > Accesorios para Audio y Video > Monitores In-Ear"),
        ("Decodificador Tda Sintonizador Digital Isdb-t Hdmi", "Electrónica, Audio y Video > Accesorios para TV > Decodificadores para TV"),
        ("Maquina De Humo 1500w Con Control Remoto", "Electrónica, Audio y Video > Audio > Equipos de DJ y Accesorios > Luces y Efectos > Efectos - Humo, Nieve y Papel > Humo"),
        ("Tacho Led Par 54 X 3w Rgbw Dmx Oferta!!", "Electrónica, Audio y Video > Audio > Equipos de DJ y Accesorios > Luces y Efectos > Luces Led Profesionales"),
        ("Pie Soporte Tripode Para Bafle Par", "Electrónica, Audio y Video > Audio > Soportes para Parlantes"),
        ("Zocalo Porta Integrado 28 Pines X 10", "Electrónica, Audio y Video > Componentes Electrónicos > Conectores"),
        ("Placa Virgen Fibra De Vidrio Doble Faz 10x10 X 5", "Electrónica, Audio y Video > Componentes Electrónicos > Plaquetas"),
        ("Programador Usbasp Avr Con Cable Envio Gratis", "Electrónica, Audio y Video > Componentes Electrónicos > Programadores"),
        ("Regulador Lm317 Ajustable To-220 Pack X 5", "Electrónica, Audio y Video > Componentes Electrónicos > Semiconductores > Reguladores de Tensión"),
        ("Valvula 12ax7 Electro Harmonix Para Amplificador Guayaquil", "Electrónica, Audio y Video > Componentes Electrónicos > Semiconductores > Válvulas Electrónicas"),
        ("Bateria Para Drone Dji Phantom 4", "Electrónica, Audio y Video > Drones y Accesorios > Accesorios y Repuestos > Baterías"),
    ]);
}

#[test]
fn herramientas_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Consumibles Plasma Toberas Electrodos Kit", "Herramientas > Accesorios para Herramientas > Kit de Consumibles para Plasma"),
        ("Acople Rapido P/ Compresor Cuotas Sin Interes", "Herramientas > Accesorios para Herramientas > Puntas y Adaptadores > Acoples Rápidos"),
        ("Dados Para Terraja 1/2 Bsp", "Herramientas > Accesorios para Herramientas > Puntas y Adaptadores > Dados de Tarrajas"),
        ("Mandril 13mm C/ Llave Rosca 1/2 Cuotas Sin Interes", "Herramientas > Accesorios para Herramientas > Puntas y Adaptadores > Mandriles"),
        ("Alambre Mig 0.8mm 5kg", "Herramientas > Accesorios para Herramientas > Soldado > Alambres para Soldar"),
        ("Escuadra Magnetica P/ Soldar", "Herramientas > Accesorios para Herramientas > Soldado > Escuadras Magnéticas"),
        ("Pinza Porta Electrodo 300a", "Herramientas > Accesorios para Herramientas > Soldado > Porta Electrodos"),
        ("Bandeja Imantada Para Tornillos", "Herramientas > Cajas y Organizadores > Bandejas Imantadas"),
        ("Bolso Porta Herramientas Lona 16 Envios A Todo El Pais", "Herramientas > Cajas y Organizadores > Bolsos de Herramientas"),
        ("Cartuchera Porta Herramientas Cuero 12 Cuotas", "Herramientas > Cajas y Organizadores > Cartucheras Portaherramientas"),
        ("Afilador De Mechas Electrico Con Garantia", "Herramientas > Herramientas Eléctricas > Afiladores"),
        ("Mezclador De Pintura Electrico Mejor Precio", "Herramientas > Herramientas Eléctricas > Mezcladores de Pintura"),
        ("Martillo Demoledor 15 Kg 1500w Factura A", "Herramientas > Herramientas Eléctricas > Perforación > Martillos Demoledores"),
        ("Cuñas Y Clips Niveladores Ceramica X 100 Originales", "Herramientas > Herramientas Manuales > Albañilería > Cuñas y Clips Niveladores"),
        ("Llana Dentada 10mm Caba", "Herramientas > Herramientas Manuales > Albañilería > Llanas y Fratachos"),
        ("Maza 2 Kg Cabo Madera 12 Cuotas", "Herramientas > Herramientas Manuales > Albañilería > Mazas"),
        ("Plomada De Albañil 500 Gr Nuevo Garantia", "Herramientas > Herramientas Manuales > Albañilería > Plomadas de Albañil"),
        ("Caja De Ingletes Con Serrucho Nuevo Sellado", "Herramientas > Herramientas Manuales > Corte y Desbaste > Cajas de Ingletes"),
        ("Lima Plana Bastarda 8", "Herramientas > Herramientas Manuales > Corte y Desbaste > Limas"),
        ("Terraja Manual Para Caños Oferta", "Herramientas > Herramientas Manuales > Corte y Desbaste > Terrajas"),
        ("Cinta De Amarre Con Criquet 5 Mts Nuevos", "Herramientas > Herramientas Manuales > Elevación y Tracción > Cintas de Amarre"),
        ("Pistola Aplicadora De Silicona", "Herramientas > Herramientas Manuales > Fijación > Aplicadores de Silicona"),
        ("Sopapa Ventosa Doble Vidrio Original Nuevo", "Herramientas > Herramientas Manuales > Sopapas Ventosas"),
        ("Caudalimetro Digital Agua Nuevos", "Herramientas > Testers y Equipos de Medición > Caudalimetro"),
        ("Anemometro Digital Portatil Viento Mejor Precio", "Herramientas > Testers y Equipos de Medición > Medidores Ambientales > Anemómetros"),
        ("Solucion Calibracion Ph 4 7", "Herramientas > Testers y Equipos de Medición > Medidores Ambientales > Solución para Medidores de PH"),
        ("Destornillador Buscapolo Bremen 220v", "Herramientas > Testers y Equipos de Medición > Medidores de Electricidad > Buscapolos"),
        ("Torquimetro 1/2 Pulgada Excelente Calidad", "Herramientas > Testers y Equipos de Medición > Medidores de Fuerza > Torquímetros"),
        ("Reloj Comparador + Base Magnetica Importado", "Herramientas > Testers y Equipos de Medición > Medidores de Longitud > Relojes Comparadores"),
        ("Manifold Refrigeracion R22 R410", "Herramientas > Testers y Equipos de Medición > Medidores de Presión > Kits de Manifolds"),
        ("Pirometro Digital Con Termocupla Tipo K", "Herramientas > Testers y Equipos de Medición > Pistolas Infrarrojas"),
        ("Tacometro Digital Laser Sin Contacto Originales", "Herramientas > Testers y Equipos de Medición > Tacómetros Portátiles"),
    ]);
}

#[test]
fn industrias_y_oficinas_titles_reach_their_branch() {
    assert_under_their_branch(&[
        ("Bascula Plataforma 300 Kg Industrial", "Industrias y Oficinas"),
        ("Conos Para Papas Fritas Carton X 100 Nuevo Garantia", "Industrias y Oficinas > Embalaje y Logística > Materiales > Conos para Alimentos"),
        ("Film Strech Rollo 50cm X 17 Micrones", "Industrias y Oficinas > Embalaje y Logística > Materiales > Rollos de Embalaje"),
        ("Portarrollo Cinta Embalar Dispenser", "Industrias y Oficinas > Embalaje y Logística > Racionadores de Cintas"),
        ("Cajon Portadinero 5 Billetes 8 Monedas Nuevos", "Industrias y Oficinas > Equipamiento para Comercios > Cobro y Control > Cajas para Dinero"),
        ("Mojadedos Esponja Para Billetes Oferta", "Industrias y Oficinas > Equipamiento para Comercios > Cobro y Control > Mojadedos"),
        ("Carteles De Oferta Fluo X 50 Nuevo Sellado", "Industrias y Oficinas > Equipamiento para Comercios > Etiquetado de Mercadería > Carteles de Oferta"),
        ("Precinto Manual Numerado Seguridad Caba", "Industrias y Oficinas > Equipamiento para Comercios > Etiquetado de Mercadería > Precintos Manuales"),
        ("Canasto Supermercado Plastico C/ Manijas", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Cajones y Canastos"),
        ("Ganchos Blisteros 20cm X 50 Unidades Cuotas Sin Interes", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Exhibidores > Ménsulas y Ganchos Blisteros"),
        ("Ordenador De Filas Con Cinta Retractil", "Industrias y Oficinas > Equipamiento para Comercios > Organización y Exhibición > Ordenadores de Filas"),
        ("Sillon Gerencial Respaldo Alto Cuero Nuevos", "Industrias y Oficinas > Equipamiento para Oficinas > Mesas, Sillas y Escritorios > Sillones Gerenciales"),
        ("Locker Metalico 4 Puertas Vestuario Con Garantia", "Industrias y Oficinas > Equipamiento para Oficinas > Muebles de Guardado > Lockers"),
        ("Fichero Metalico 4 Cajones Oficio", "Industrias y Oficinas > Equipamiento para Oficinas > Muebles de Guardado > Muebles de Archivo"),
        ("Fermentador Cerveza Artesanal 30 Litros", "Industrias y Oficinas > Gastronomía y Hotelería > Cervecería Artesanal > Accesorios y Repuestos > Fermentadores de Cerveza"),
        ("Boligrafos Personalizados Con Logo X 100 Oferta!!", "Industrias y Oficinas > Publicidad y Promoción > Merchandising > Bolígrafos"),
        ("Calendarios Personalizados Imanes X 100 Oferta!!", "Industrias y Oficinas > Publicidad y Promoción > Merchandising > Calendarios"),
        ("Guante Moteado Algodon X 12 Pares", "Industrias y Oficinas > Seguridad Laboral > Protección Personal > Guantes"),
    ]);
}

#[test]
fn guards_stay_on_their_branch() {
    assert_under_their_branch(&[
        ("Tapa De Lente 67mm Con Cordon X 2", "Cámaras y Accesorios > Lentes y Filtros > Tapas"),
        ("Driver De Compresion 2 Pulgadas Diafragma Titanio", "Electrónica, Audio y Video > Audio > Drivers, Cornetas y Diafragmas > Drivers"),
        ("Funda Neoprene Notebook 14 Pulgadas Nuevo", "Computación > Notebooks y Accesorios > Accesorios para Laptops > Fundas"),
        ("Auricular Manos Libres Samsung Original Nuevo Sellado", "Celulares y Teléfonos > Accesorios para Celulares > Auriculares y Manos Libres"),
        ("Camara Gopro Hero 9 Black Sumergible Guayaquil", "Cámaras y Accesorios > Filmadoras y Cámaras de Acción"),
        ("Placa De Red Pci Wifi Tp-link Excelente Calidad", "Computación > Conectividad y Redes > Placas de Red"),
        ("Placa De Carga Samsung A20", "Celulares y Teléfonos > Repuestos de Celulares > Placas de Carga"),
        ("Toner Alternativo Samsung Mlt-d101 Compatible", "Computación > Impresión > Insumos de Impresión > Tóners"),
        ("Microfono Inalambrico Doble Vhf Shure Pgx Envio Gratis Quito", "Electrónica, Audio y Video > Audio > Micrófonos y Preamplificadores > Micrófonos"),
        ("Kit Accesorios Gopro 50 En 1", "Cámaras y Accesorios > Accesorios para Cámaras > Para Cámaras de Acción > Kits para Cámaras de Acción"),
        ("Pulsera Antiestatica Con Cable P/ Reparar Pc", "Computación > Accesorios de Antiestática"),
        ("Cajas Para Pizza X 100 Unidades Original Garantia", "Industrias y Oficinas > Embalaje y Logística > Materiales > Cajas para Pizza"),
        ("Dvd Virgen X 100 Unidades 4.7gb", "Computación > Almacenamiento > Discos y Accesorios > Discos Vírgenes"),
        ("Microfono Repuesto Samsung J2 Oferta!!", "Celulares y Teléfonos > Repuestos de Celulares > Micrófonos"),
        ("Maquina Overlock Industrial", "Industrias y Oficinas > Textil y Calzado > Confección de Ropa > Máquinas de Coser"),
        ("Telefono Ip Grandstream Gxp1610 Poe", "Celulares y Teléfonos > Telefonía IP > Teléfonos"),
        ("Funda Tipo Libro P/ Samsung Galaxy S5 Cuero", "Celulares y Teléfonos > Accesorios para Celulares > Carcasas, Fundas y Protectores > Fundas para Celulares"),
        ("Echo Dot 4ta Generacion Alexa Asistente Cuotas Sin Interes", "Electrónica, Audio y Video > Audio > Asistentes Virtuales"),
        ("Pinza Pelacables Automatica Original Nuevo", "Herramientas > Herramientas Manuales > Pinzas > Pinzas Pelacables"),
        ("Disparador Radio Flash Rf603 Ii Par Mejor Precio", "Cámaras y Accesorios > Accesorios para Cámaras > Estudio e Iluminación > Flashes y Accesorios > Disparadores"),
        ("Envasadora Al Vacio Gastronomica", "Industrias y Oficinas > Embalaje y Logística > Envasadoras > Envasadoras al Vacío"),
        ("Arduino Uno R3 Atmega328 C/ Cable Usb Excelente Calidad", "Electrónica, Audio y Video > Componentes Electrónicos > Placas de Microcontrolador"),
        ("Notebook Lenovo Ideapad 15.6 Core I3 4gb", "Computación > Notebooks y Accesorios > Notebooks"),
        ("Disketera 3.5 Interna Pc Zona Sur", "Computación > Componentes de PC > Disketteras"),
        ("Pinza Universal 8 Pulgadas Bremen", "Herramientas > Herramientas Manuales > Pinzas > Pinzas Universales"),
        ("Walkman Sony Cassette Con Auriculares", "Electrónica, Audio y Video > Audio > Audio Portátil y Accesorios > Walkmans"),
        ("Inducido P/ Taladro Bosch", "Herramientas > Accesorios para Herramientas > Inducidos"),
        ("Lente Canon Ef 50mm F1.8 Stm Envio Gratis", "Cámaras y Accesorios > Lentes y Filtros > Lentes"),
        ("Tinta Para Sistema Continuo Epson 4 X 100ml", "Computación > Impresión > Insumos de Impresión > Recargas de Tinta"),
        ("Auriculares Bluetooth Vincha Plegables Philco", "Electrónica, Audio y Video > Audio > Auriculares"),
    ]);
}
