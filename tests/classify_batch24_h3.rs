//! Batch 24 (issue 15), helper 3's round on books, magazines and comics and on music, films and
//! series: titles invented for those departments (517), half as Ecuadorian sellers write them
//! today and half as Argentine booksellers and record shops wrote them in 2013–2015; not
//! measurement data. Every title of the tests named after a department went to another
//! department or leaf with the lexicon of 7001105e (before the round) and reaches its leaf with
//! the round's words (authors and textbook makers, famous titles, a film's or a series' DVD); the
//! guards, drawn at random from the titles that were right then, must stay right.

#[path = "support/leaf.rs"]
mod leaf;
use leaf::assert_on_their_leaf;

#[test]
fn libros_revistas_y_comics_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Don Segundo Sombra Ricardo Guiraldes Losada", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Hombre Mas Rico De Babilonia George Clason", "Libros, Revistas y Comics > Libros Físicos"),
        ("Los 7 Habitos De La Gente Altamente Efectiva Stephen Covey", "Libros, Revistas y Comics > Libros Físicos"),
        ("Sapiens De Animales A Dioses Yuval Noah Harari", "Libros, Revistas y Comics > Libros Físicos"),
        ("La Sombra Del Viento Carlos Ruiz Zafon", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Perfume Patrick Suskind Libro", "Libros, Revistas y Comics > Libros Físicos"),
        ("La Ciudad Y Los Perros Mario Vargas Llosa", "Libros, Revistas y Comics > Libros Físicos"),
        ("Ingenieria De Control Moderna Ogata", "Libros, Revistas y Comics > Libros Físicos"),
        ("Mecanica De Materiales Beer Johnston Mc Graw Hill", "Libros, Revistas y Comics > Libros Físicos"),
        ("Top Notch 2 Student Book Pearson", "Libros, Revistas y Comics > Libros Físicos"),
        ("Manual Estrada 6 Bonaerense Usado", "Libros, Revistas y Comics > Libros Físicos"),
        ("Arduino Curso Practico Libro Marcombo", "Libros, Revistas y Comics > Libros Físicos"),
        ("Yo Antes De Ti Jojo Moyes", "Libros, Revistas y Comics > Libros Físicos"),
        ("El Caballero De La Armadura Oxidada Robert Fisher", "Libros, Revistas y Comics > Libros Físicos"),
        ("Quien Se Ha Llevado Mi Queso Spencer Johnson", "Libros, Revistas y Comics > Libros Físicos"),
        ("Percy Jackson El Ladron Del Rayo Rick Riordan", "Libros, Revistas y Comics > Libros Físicos"),
        ("La Paciente Silenciosa Alex Michaelides", "Libros, Revistas y Comics > Libros Físicos"),
        ("Como Hacer Que Te Pasen Cosas Buenas Marian Rojas Estape", "Libros, Revistas y Comics > Libros Físicos"),
        ("Encuentra Tu Persona Vitamina Marian Rojas", "Libros, Revistas y Comics > Libros Físicos"),
        ("Sistemas Operativos Tanenbaum Pearson", "Libros, Revistas y Comics > Libros Físicos"),
        ("Redes De Computadoras Tanenbaum 5ta Edicion", "Libros, Revistas y Comics > Libros Físicos"),
        ("Geometria Analitica Lehmann Limusa", "Libros, Revistas y Comics > Libros Físicos"),
        ("Calculo Diferencial E Integral Granville", "Libros, Revistas y Comics > Libros Físicos"),
        ("Algebra Lineal Grossman Mc Graw Hill", "Libros, Revistas y Comics > Libros Físicos"),
        ("Dejame Que Te Cuente Jorge Bucay Rba", "Libros, Revistas y Comics > Libros Físicos"),
    ]);
}

#[test]
fn musica_peliculas_y_series_titles_reach_their_leaf() {
    assert_on_their_leaf(&[
        ("Casete Musica Romantica Años 80", "Música, Películas y Series > Música"),
        ("Kpop Album Bts Proof Original Sellado", "Música, Películas y Series > Música"),
        ("Box Set Cd Los Beatles Coleccion Completa", "Música, Películas y Series > Música"),
        ("Dvd Titanic Edicion Especial 2 Discos", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Shrek Original Zona 4", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Star Wars Trilogia Original", "Música, Películas y Series > Películas Físicas"),
        ("Dvd Jurassic Park Coleccion", "Música, Películas y Series > Películas Físicas"),
        ("Game Of Thrones Temporada 1 Bluray", "Música, Películas y Series > Series de TV"),
        ("Dvd Dragon Ball Z Serie Completa", "Música, Películas y Series > Series de TV"),
        ("Dvd La Era De Hielo Coleccion 1 Al 5", "Música, Películas y Series > Películas Físicas"),
    ]);
}

#[test]
fn guards_stay_on_their_leaf() {
    assert_on_their_leaf(&[
        ("El Beso De La Mujer Araña Manuel Puig Seix Barral", "Libros, Revistas y Comics > Libros Físicos"),
        ("Coleccion Grandes Clasicos 20 Libros", "Libros, Revistas y Comics > Libros Físicos"),
        ("Disco Vinilo The Beatles Abbey Road Lp", "Música, Películas y Series > Música"),
        ("Principios De Marketing Kotler Armstrong", "Libros, Revistas y Comics > Libros Físicos"),
        ("Psicologia Del Desarrollo Papalia Libro", "Libros, Revistas y Comics > Libros Físicos"),
        ("Atlas De Anatomia Netter 6ta Edicion", "Libros, Revistas y Comics > Libros Físicos"),
        ("Termodinamica Cengel Boles 7ma Edicion", "Libros, Revistas y Comics > Libros Físicos"),
        ("Tratado De Fisiologia Medica Guyton Hall", "Libros, Revistas y Comics > Libros Físicos"),
        ("Curso De Reposteria Online Con Videos", "Música, Películas y Series > Cursos"),
        ("La Casa De Papel Libro Oficial", "Libros, Revistas y Comics > Libros Físicos"),
        ("Frankenstein Mary Shelley Libro Clasicos", "Libros, Revistas y Comics > Libros Físicos"),
        ("Los Miserables Victor Hugo 2 Tomos", "Libros, Revistas y Comics > Libros Físicos"),
        ("Vademecum Farmaceutico Edicion 2023", "Libros, Revistas y Comics > Libros Físicos"),
        ("Aritmetica De Baldor Libro", "Libros, Revistas y Comics > Libros Físicos"),
        ("La Mano Del Muerto Jorge Bucay", "Libros, Revistas y Comics > Libros Físicos"),
        ("Interchange 1 Student Book Cambridge Quinta Edicion", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cafe Con Aroma De Mujer Libro Novela", "Libros, Revistas y Comics > Libros Físicos"),
        ("Elementos De Derecho Penal Soler", "Libros, Revistas y Comics > Libros Físicos"),
        ("Cuentos De La Selva Horacio Quiroga Libro Escolar", "Libros, Revistas y Comics > Libros Físicos"),
        ("Moby Dick Herman Melville Libro", "Libros, Revistas y Comics > Libros Físicos"),
    ]);
}
