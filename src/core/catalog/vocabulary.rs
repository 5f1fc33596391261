//! The word tables that [`super::normalize`] reads: stopwords, units, misspellings, the
//! regional synonyms sellers use for the same product, and the first halves of Spanish
//! verb-noun compounds. Kept apart from the tokenizer so that adding a word does not mean
//! reading the code, and the tokenizer stays short.

/// Words that say nothing about the category.
pub(super) const STOPWORDS: &[&str] = &[
    "a", "al", "con", "de", "del", "el", "en", "la", "las", "lo", "los", "o", "para", "por", "sin", "su", "un",
    "una", "uno", "y", "e", "x", "u", "the", "of", "and", "for", "with", "otro", "otra", "otros", "otras", "nuevo",
    "nueva", "usado", "usada", "original", "oferta", "envio", "gratis", "garantia", "excelente", "estado",
    "calidad", "mejor", "precio", "promo", "promocion", "liquidacion", "unico", "unica", "ideal", "tipo", "modelo",
    "marca", "mas", "muy", "todo", "toda", "cada", "solo", "gran", "super", "nuevos", "new", "pro", "plus", "mini",
    "max", "cm", "mm", "metro", "p", "c", "s", "n",
    // Seller talk: how the offer is pitched, not what is sold.
    "vendo", "vende", "remato", "permuto", "impecable", "hermoso", "hermosa", "lindo", "linda", "barato", "barata",
    "oportunidad", "importado", "importada", "envios", "entrega", "inmediata", "stock", "disponible", "consulte",
    "uso", "nuevito", "nuevita", "remate", "garantizado",
    // How the goods are bundled, not what they are.
    "lote", "pack", "kit", "set", "combo", "unidad", "unidades", "und", "uds", "par",
];

/// Units written after a number ("500ml", "1,5 kg"), by their canonical key.
pub(super) const UNITS: &[(&str, &[&str])] = &[
    ("ml", &["ml", "mls", "cc", "cm3"]),
    ("litro", &["l", "lt", "lts", "litro", "litros", "ltr", "ltrs"]),
    ("kg", &["kg", "kgs", "kilo", "kilos", "kilogramo", "kilogramos"]),
    ("gramo", &["g", "gr", "grs", "gramo", "gramos"]),
    ("mg", &["mg", "mcg", "ui", "iu"]),
    ("oz", &["oz", "onza", "onzas"]),
    ("lb", &["lb", "lbs", "libra", "libras"]),
    ("gb", &["gb", "gigas", "giga", "tb", "mb"]),
    ("mah", &["mah"]),
    ("watt", &["w", "watt", "watts", "kw"]),
    ("volt", &["v", "volt", "volts", "voltios", "vac", "vdc"]),
    // Horsepower, kept apart from the brand HP ("Laptop HP").
    ("cv", &["hp", "cv"]),
    ("cm", &["mm", "cm", "cms", "m", "mt", "mts", "metro", "metros"]),
    ("pulgada", &["pulgada", "pulgadas", "pulg", "in"]),
    ("hz", &["hz", "mhz", "ghz"]),
    ("mpx", &["mp", "mpx", "megapixel", "megapixeles"]),
    ("m2", &["m2", "mts2", "m²"]),
    ("amp", &["a", "amp", "amperes", "ah"]),
];

/// Frequent misspellings, by the word they mean (both folded).
pub(super) const MISSPELLINGS: &[(&str, &str)] = &[
    ("selular", "celular"), ("celuar", "celular"), ("cellular", "celular"), ("celulaar", "celular"),
    ("samsumg", "samsung"), ("samgung", "samsung"), ("sansung", "samsung"), ("motorolla", "motorola"),
    ("xiomi", "xiaomi"), ("xaomi", "xiaomi"), ("shiaomi", "xiaomi"), ("iphon", "iphone"), ("ifone", "iphone"),
    ("huawuei", "huawei"), ("bluetooh", "bluetooth"), ("bluetoth", "bluetooth"), ("blutooth", "bluetooth"),
    ("audifono", "audifono"), ("audifonos", "audifono"), ("audiofono", "audifono"), ("vicicleta", "bicicleta"),
    ("bisicleta", "bicicleta"), ("bicleta", "bicicleta"), ("zapatiya", "zapatilla"), ("zapatiyas", "zapatilla"),
    ("balanciado", "balanceado"), ("valanceado", "balanceado"), ("refrijeradora", "refrigeradora"),
    ("labadora", "lavadora"), ("televisor", "televisor"), ("telvisor", "televisor"), ("compu", "computadora"),
    ("computador", "computadora"), ("laptob", "laptop"), ("lapto", "laptop"), ("notbook", "notebook"),
    ("nootbook", "notebook"), ("impresor", "impresora"), ("camara", "camara"), ("cammara", "camara"),
    ("maquillage", "maquillaje"), ("perfum", "perfume"), ("proteina", "proteina"), ("protehina", "proteina"),
    ("creatine", "creatina"), ("vitamine", "vitamina"), ("jugete", "juguete"), ("juguetes", "juguete"),
    ("chevrolet", "chevrolet"), ("chevolet", "chevrolet"), ("volkswagem", "volkswagen"),
    ("wolkswagen", "volkswagen"), ("reno", "renault"), ("peugot", "peugeot"), ("pegeout", "peugeot"),
    ("amortiguadores", "amortiguador"), ("mochilla", "mochila"), ("carteras", "cartera"), ("billeteras", "billetera"),
    ("pantalon", "pantalon"), ("camiseta", "camiseta"), ("brasier", "brasier"), ("bracier", "brasier"),
    ("sosten", "brasier"), ("colchon", "colchon"), ("colchones", "colchon"), ("herramienta", "herramienta"),
    ("taladro", "taladro"), ("destornillador", "destornillador"), ("desarmador", "destornillador"),
    ("portaretrato", "portarretrato"), ("portaretratos", "portarretrato"),
];

/// Regional synonyms and variants, by the key they share (both singular and folded). The key is
/// usually the word in Mercado Libre's category names, so names and lexicon meet.
pub(super) const SYNONYMS: &[(&str, &str)] = &[
    // Phones.
    ("movil", "celular"), ("smartphone", "celular"), ("telefono_celular", "celular"), ("cel", "celular"),
    ("smartphon", "celular"), ("telefonia", "telefono"),
    // Computers.
    ("laptop", "notebook"), ("portatil", "notebook"), ("computadora_portatil", "notebook"), ("ordenador", "computadora"),
    ("pc", "computadora"), ("cpu", "computadora"), ("tablet", "tablet"),
    ("microprocesador", "procesador"),
    ("audifono", "auricular"), ("headphone", "auricular"), ("headset", "auricular"), ("earbud", "auricular"),
    ("cascos", "auricular"), ("parlante", "parlante"), ("bocina", "parlante"), ("altavoz", "parlante"),
    ("speaker", "parlante"), ("tv", "televisor"), ("television", "televisor"), ("smart_tv", "televisor"),
    ("tele", "televisor"), ("pendrive", "pendrive"), ("memoria_usb", "pendrive"), ("flash", "pendrive"),
    // Shoes and clothes (Ecuador: terno, chompa, buzo, calentador, zapatos deportivos…).
    ("tenis", "zapatilla"), ("tennis", "zapatilla"), ("sneaker", "zapatilla"), ("deportivo_zapato", "zapatilla"),
    ("zapato_deportivo", "zapatilla"), ("championes", "zapatilla"), ("champion", "zapatilla"),
    ("zapato", "zapato"), ("calzado", "zapato"), ("chompa", "campera"), ("chaqueta", "campera"),
    ("casaca", "campera"), ("chamarra", "campera"), ("chaleco", "chaleco"), ("buzo", "buzo"), ("sudadera", "buzo"),
    ("hoodie", "buzo"), ("saco", "sueter"), ("sweater", "sueter"), ("sueter", "sueter"), ("jersey", "sueter"),
    ("pulover", "sueter"), ("terno", "traje"), ("vestido_novia", "vestido_novia"), ("polera", "remera"),
    ("camiseta", "remera"), ("playera", "remera"), ("polo", "chomba"), ("franela", "remera"), ("tshirt", "remera"),
    ("jean", "jean"), ("vaquero", "jean"), ("mezclilla", "jean"), ("short", "short"), ("bermuda", "short"),
    ("calentador", "jogging"), ("pants", "jogging"), ("jogger", "jogging"), ("buzo_deportivo", "jogging"),
    ("interior", "interior"), ("calzon", "bombacha"), ("panti", "bombacha"), ("panty", "bombacha"),
    ("tanga", "bombacha"), ("boxer", "boxer"), ("calzoncillo", "boxer"), ("brasier", "corpino"), ("bra", "corpino"),
    ("sujetador", "corpino"), ("medias", "media"), ("calcetin", "media"), ("soquete", "media"),
    ("pijama", "pijama"), ("piyama", "pijama"), ("blusa", "blusa"), ("falda", "pollera"), ("gorra", "gorra"),
    ("cachucha", "gorra"), ("visera", "gorra"), ("cartera", "cartera"), ("bolso", "cartera"), ("mochila", "mochila"),
    ("morral", "mochila"), ("billetera", "billetera"), ("sandalia", "sandalia"), ("chancla", "ojota"),
    ("chancleta", "ojota"), ("chinela", "ojota"), ("sayonara", "ojota"),
    // Pets.
    ("croqueta", "balanceado"), ("pienso", "balanceado"), ("alimento_perro", "balanceado"),
    ("comida_perro", "balanceado"), ("alimento_gato", "balanceado_gato"), ("comida_gato", "balanceado_gato"),
    ("perrito", "perro"), ("cachorro", "perro"), ("canino", "perro"), ("can", "perro"), ("gatito", "gato"),
    ("felino", "gato"), ("mascota", "mascota"),
    // Beauty and supplements.
    ("labial", "labial"), ("pintalabio", "labial"), ("lipstick", "labial"), ("rimel", "mascara_pestana"),
    ("mascara_pestana", "mascara_pestana"), ("pestanina", "mascara_pestana"), ("base_maquillaje", "base"),
    ("crema", "crema"), ("perfume", "perfume"), ("colonia", "perfume"), ("fragancia", "perfume"),
    ("eau", "perfume"), ("edp", "perfume"), ("edt", "perfume"), ("toilette", "perfume"), ("parfum", "perfume"),
    ("whey", "proteina"), ("suplemento", "suplemento"), ("multivitaminico", "vitamina"), ("vitaminico", "vitamina"),
    ("creatine", "creatina"), ("colageno", "colageno"), ("omega3", "omega"),
    // Home and appliances.
    ("refrigeradora", "heladera"), ("refrigerador", "heladera"), ("nevera", "heladera"), ("frigorifico", "heladera"),
    ("refri", "heladera"), ("cocineta", "cocina"), ("estufa", "cocina"), ("licuadora", "licuadora"),
    ("lavarropa", "lavarropas"), ("lavadora", "lavarropas"), ("secadora", "secarropas"), ("microonda", "microondas"),
    ("foco", "lampara"), ("bombillo", "lampara"), ("bombilla", "lampara"), ("ampolleta", "lampara"),
    ("cobija", "manta"), ("frazada", "manta"), ("cobertor", "manta"), ("edredon", "acolchado"),
    ("sabana", "sabana"), ("almohada", "almohada"), ("closet", "placard"), ("ropero", "placard"), ("armario", "placard"),
    ("velador_mesa", "mesa_luz"), ("veladora", "vela"), ("cortina", "cortina"), ("pegante", "pegamento"),
    // Vehicles.
    ("llanta", "llanta"), ("neumatico", "neumatico"), ("caucho", "neumatico"), ("cubierta", "neumatico"),
    ("goma", "neumatico"), ("carro", "auto"), ("coche", "auto"), ("automovil", "auto"), ("vehiculo", "auto"),
    ("camioneta", "camioneta"), ("moto", "moto"), ("motocicleta", "moto"), ("motoneta", "moto"),
    ("paragolpe", "paragolpe"), ("parachoque", "paragolpe"), ("bumper", "paragolpe"), ("bomper", "paragolpe"),
    ("faro", "faro"), ("optica", "faro"), ("farol", "faro"), ("stop", "faro"), ("bujia", "bujia"),
    ("nafta", "combustible"), ("gasolina", "combustible"), ("diesel", "combustible"), ("gasoil", "combustible"),
    // Babies and toys.
    ("bebe", "bebe"), ("coche_bebe", "cochecito"), ("carriola", "cochecito"), ("carreola", "cochecito"),
    ("panal", "panal"), ("pañal", "panal"), ("tetero", "mamadera"), ("biberon", "mamadera"), ("chupon", "chupete"),
    ("chupeta", "chupete"), ("juguete", "juguete"), ("peluche", "peluche"), ("muneca", "muneca"),
    // Books.
    ("libro", "libro"), ("novela", "novela"), ("tomo", "libro"), ("historieta", "comic"), ("manga", "comic"),
    ("blu_ray", "bluray"),
    // Real estate (Ecuador rents with "arriendo"; a "suite" is a one-room flat).
    ("arriendo", "alquiler"), ("arrienda", "alquiler"), ("arriendan", "alquiler"), ("alquilo", "alquiler"),
    ("alquila", "alquiler"), ("renta", "alquiler"), ("suite", "departamento"), ("minidepartamento", "departamento"),
];

/// First halves of Spanish verb-noun compounds.
pub(super) const COMPOUND_HEADS: &[&str] = &["porta", "cubre", "guarda", "limpia", "saca", "abre", "lava", "corta", "quita", "salva", "pasa", "tapa", "cuenta", "lanza", "rompe", "espanta"];
