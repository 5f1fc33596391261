// Files a seller would load into "Revisar catálogo", made here (no real listing text): a
// semicolon CSV as Excel in Spanish saves it (Windows-1252, CRLF), and a reader for the CSVs the
// page exports.

/** Windows-1252 bytes of `text` (the accents used here are the same code points as Latin-1). */
export function windows1252(text) {
  for (const ch of text) if (ch.codePointAt(0) > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
  return Buffer.from(text, "latin1");
}

export const HEADER = ["Título", "Precio", "Moneda", "Cantidad", "Categoría", "Condición", "Descripción", "Marca", "Modelo", "Peso", "Largo", "Ancho", "Alto", "Ciudad", "Fotos"];

const PRODUCTS = [
  ["Celular Samsung Galaxy A15 128 GB Negro", "189,90", "MEC1055", "Samsung", "Galaxy A15", "0,45 kg"],
  ["Balanceado para perro adulto 15 kg", "32,50", "", "Pro Can", "Adulto", "15 kg"],
  ["Zapatos de cuero para niño talla 30", "24", "", "", "", "0,6 kg"],
  ["Licuadora Oster 10 velocidades", "doce", "", "Oster", "BLSTKAG", "3 kg"],
  ["CHOMPA DE LANA OFERTA!!!", "18", "", "", "", "400 g"],
];

/** One data row; `i` varies the text so rows differ. */
export function row(i) {
  const [title, price, category, brand, model, weight] = PRODUCTS[i % PRODUCTS.length];
  const n = Math.floor(i / PRODUCTS.length);
  const description = `Producto nuevo en su caja, número ${n}. Envío desde Quito; también entregamos en Cumbayá.`;
  return [n ? `${title} ${n}` : title, price, "USD", String((i % 7) + 1), category, "Nuevo", description, brand, model, weight, "30", "20", "10", "Quito", "https://example.invalid/a.jpg|https://example.invalid/b.jpg"];
}

/** A semicolon-separated CSV of `rows` rows, CRLF, quoting fields with a semicolon or quote. */
export function excelCsv(rows) {
  const quote = (f) => (/[;"\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  const lines = [HEADER, ...Array.from({ length: rows }, (_, i) => row(i))].map((r) => r.map(quote).join(";"));
  return windows1252(lines.join("\r\n") + "\r\n");
}

/** Reads CSV text (comma separated, quoted fields, a leading BOM) into records. */
export function readCsv(text) {
  text = text.replace(/^\ufeff/, "");
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field), records.push(record), (record = []), (field = "");
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}
