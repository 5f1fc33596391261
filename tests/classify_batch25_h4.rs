//! Batch 25, helper 4's round on books, magazines and comics and on music, films and series:
//! titles invented for those departments (571, in two sets), half as Ecuadorian sellers write
//! them today and half as Argentine bookshops and record shops wrote them in 2013–2015 ("Title -
//! Author", "Author - Title (ed. X)", textbooks by subject and author, with no word "libro");
//! not measurement data. Every title of the tests named after a department went to another
//! department or leaf with the lexicon of c06117e9 (before the round) and reaches its leaf with
//! the round's words (authors, textbook authors and publishers, primers, method books, a film's
//! director or actor after "dvd", a series' complete box); the guards, drawn at random from the
//! titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn libros_revistas_y_comics_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cumanda Juan Leon Mera", "Libros, Revistas y Comics > Libros Físicos"),
        ("Bajo La Misma Estrella John Green Nube De Tinta", "Libros, Revistas y Comics > Libros Físicos"),
        ("Luna Nueva Stephenie Meyer Tapa Blanda", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cincuenta Sombras De Grey E L James", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Niño Con El Pijama De Rayas John Boyne Salamandra", "Libros, Revistas y Comics > Libros Físicos"),
        ("Mil Soles Esplendidos Hosseini Salamandra", "Libros, Revistas y Comics > Libros Físicos"),
        ("Piense Y Hagase Rico Napoleon Hill", "Libros, Revistas y Comics > Libros Físicos"),
        ("Habitos Atomicos James Clear", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Sutil Arte De Que Te Importe Un Carajo Mark Manson", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Hombre En Busca De Sentido Viktor Frankl Herder", "Libros, Revistas y Comics > Libros Físicos"),
        ("Embriologia Langman", "Libros, Revistas y Comics > Libros Físicos"),
        ("Microbiologia Medica Murray", "Libros, Revistas y Comics > Libros Físicos"),
        ("Algebra Baldor Original", "Libros, Revistas y Comics > Libros Físicos"),
        ("Marketing Kotler Armstrong", "Libros, Revistas y Comics > Libros Físicos"),
        ("Contabilidad Financiera Horngren", "Libros, Revistas y Comics > Libros Físicos"),
        ("Derecho Administrativo Gordillo", "Libros, Revistas y Comics > Libros Físicos"),
        ("Codigo Del Trabajo Ecuador 2024", "Libros, Revistas y Comics > Libros Físicos"),
        ("English File Elementary Oxford Third Edition", "Libros, Revistas y Comics > Libros Físicos"),
        ("Reposteria Paso A Paso Maru Botana", "Libros, Revistas y Comics > Libros Físicos"),
        ("Nuevo Testamento Bolsillo", "Libros, Revistas y Comics > Libros Físicos"),
        ("Guia De Viaje Lonely Planet Peru", "Libros, Revistas y Comics > Libros Físicos"),
        ("Asi Hablo Zaratustra Nietzsche Alianza", "Libros, Revistas y Comics > Libros Físicos"),
        ("Yo El Supremo Roa Bastos", "Libros, Revistas y Comics > Libros Físicos"),
        ("La Catedral Del Mar Ildefonso Falcones", "Libros, Revistas y Comics > Libros Físicos"),
        ("Manual De Carpinteria Ceac", "Libros, Revistas y Comics > Libros Físicos"),
        ("Lote 20 Revistas Tejido Crochet", "Libros, Revistas y Comics > Revistas"),
        ("Mujercitas Louisa May Alcott", "Libros, Revistas y Comics > Libros Físicos"),
        ("Autoboicot Stamateas", "Libros, Revistas y Comics > Libros Físicos"),
        ("Circuitos Electricos Dorf", "Libros, Revistas y Comics > Libros Físicos"),
        ("Electronica Teoria De Circuitos Boylestad", "Libros, Revistas y Comics > Libros Físicos"),
        ("Diseño De Maquinas Shigley", "Libros, Revistas y Comics > Libros Físicos"),
        ("Hormigon Armado Jimenez Montoya", "Libros, Revistas y Comics > Libros Físicos"),
        ("Arte De Proyectar En Arquitectura Neufert", "Libros, Revistas y Comics > Libros Físicos"),
        ("Sistemas De Informacion Gerencial Laudon", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cisco Ccna Guia Oficial", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cirugia Michans", "Libros, Revistas y Comics > Libros Físicos"),
        ("Ley De Contrato De Trabajo Comentada Grisolia", "Libros, Revistas y Comics > Libros Físicos"),
        ("Silabario Nacho Lee", "Libros, Revistas y Comics > Libros Físicos"),
        ("Gerónimo Stilton El Misterio Del Ojo De Esmeralda", "Libros, Revistas y Comics > Libros Físicos"),
        ("Mis Recetas De Cocina Ecuatoriana", "Libros, Revistas y Comics > Libros Físicos"),
    ]);
}

#[test]
fn musica_peliculas_y_series_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Cd Los Fabulosos Cadillacs Vasos Vacios", "Música, Películas y Series > Música"),
        ("Casete Michael Jackson Thriller", "Música, Películas y Series > Música"),
        ("Dvd El Secreto De Sus Ojos Campanella", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Nueve Reinas Ricardo Darin", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Harry Potter Y La Camara Secreta", "Música, Películas y Series > Películas Físicas"),
        ("Dvd El Señor De Los Anillos Version Extendida", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Los Vengadores Marvel", "Música, Películas y Series > Películas Físicas"),
        ("Blu Ray 3d Frozen Disney", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Volver Almodovar", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Chaplin Tiempos Modernos", "Música, Películas y Series > Películas Físicas"),
        ("Vhs Rambo Original Sylvester Stallone", "Música, Películas y Series > Películas Físicas"),
        ("Bluray The Office Serie Completa", "Música, Películas y Series > Series de TV"),
        ("Dvd Pulp Fiction Tarantino", "Música, Películas y Series > Películas Físicas"),
    ]);
}

#[test]
fn instrumentos_musicales_method_books_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Metodo Suzuki Violin Volumen 1", "Instrumentos Musicales > Partituras y Letras > Partituras"),
        ("Metodo De Flauta Dulce Para Niños", "Instrumentos Musicales > Partituras y Letras > Partituras"),
        ("Real Book Jazz Standards", "Instrumentos Musicales > Partituras y Letras > Partituras"),
        ("Metodo Beyer Piano", "Instrumentos Musicales > Partituras y Letras > Partituras"),
        ("Hanon El Pianista Virtuoso", "Instrumentos Musicales > Partituras y Letras > Partituras"),
        ("Metodo Para Bateria Dante Agostini", "Instrumentos Musicales > Partituras y Letras > Partituras"),
        ("Metodo De Saxofon Klose", "Instrumentos Musicales > Partituras y Letras > Partituras"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("El Alquimista Paulo Coelho", "Libros, Revistas y Comics > Libros Físicos"),
        ("Niebla Miguel De Unamuno Austral", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Retrato De Dorian Gray Oscar Wilde", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cd Maná Unplugged Mtv", "Música, Películas y Series > Música"),
        ("Frankenstein Mary Shelley", "Libros, Revistas y Comics > Libros Físicos"),
        ("La Casa Verde Vargas Llosa", "Libros, Revistas y Comics > Libros Físicos"),
        ("Platero Y Yo Juan Ramon Jimenez", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cd Rodrigo El Potro Cordobes", "Música, Películas y Series > Música"),
        ("Marianela Benito Perez Galdos", "Libros, Revistas y Comics > Libros Físicos"),
        ("Dvd Los Simuladores Temporada 1", "Música, Películas y Series > Series de TV"),
        ("Lengua 6 Tinta Fresca", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cuentos De Amor De Locura Y De Muerte Quiroga", "Libros, Revistas y Comics > Libros Físicos"),
        ("Revista Para Ti Numero 4700", "Libros, Revistas y Comics > Revistas"),
        ("Ficciones / Jorge Luis Borges", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cd Enanitos Verdes Lo Esencial", "Música, Películas y Series > Música"),
        ("Texto Matematica 8vo Egb Ministerio Educacion Ecuador", "Libros, Revistas y Comics > Libros Físicos"),
        ("Rich Dad Poor Dad Kiyosaki Ingles", "Libros, Revistas y Comics > Libros Físicos"),
        ("Novela Romantica Megan Maxwell Pideme Lo Que Quieras", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Nombre De La Rosa Umberto Eco", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cd Los Kjarkas Lo Mejor", "Música, Películas y Series > Música"),
    ]);
}
