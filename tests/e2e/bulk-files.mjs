// Files a seller would load into "Revisar catálogo", made here (no real listing text): a
// semicolon CSV as Excel in Spanish saves it (Windows-1252, CRLF), a small XLSX with several
// sheets, and a reader for the CSVs the page exports.
import { crc32 as zlibCrc32 } from "node:zlib";

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

/** A minimal XLSX (a zip of XML parts, stored uncompressed) with one sheet per entry of
 *  `sheets` ({ name, rows: [[cell, …], …] }), cells as inline strings. */
export function xlsx(sheets) {
  const esc = (s) => String(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
  const col = (i) => (i < 26 ? String.fromCharCode(65 + i) : col(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
  const sheetXml = (rows) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
    rows.map((r, ri) => `<row r="${ri + 1}">` + r.map((c, ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`).join("") + `</row>`).join("") +
    `</sheetData></worksheet>`;
  const files = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      `</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
      sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s.rows)));
  return zipStored(files);
}

/** A zip archive of `files` (name → text), every entry stored without compression. */
function zipStored(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = zlibCrc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
