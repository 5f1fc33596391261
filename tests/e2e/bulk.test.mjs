// Journeys for "Revisar catálogo" (the bulk module), as a seller or a trainer would do them: load
// a semicolon CSV saved by Excel in Windows-1252 with Spanish headers, sort and filter the table,
// open a row in the editor as a new draft, export the problems and read them back, load a broken
// file and see the row and column named. Each asserts no console errors, no page errors and no
// request to another origin; the module is not part of the first load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { serveDist, openApp, screenshot } from "./harness.mjs";
import { openDrafts } from "./seller.mjs";
import { excelCsv, readCsv, windows1252, xlsx, HEADER, row } from "./bulk-files.mjs";
import { png } from "./images.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const ROWS = 25;
const summary = (page) => page.getByTestId("bulk-summary");
const table = (page) => page.getByTestId("bulk-table");
const count = (page) => page.locator("#bulk-table-count");

/** Opens the app, goes to "Revisar catálogo" from the header, and loads `file`. */
async function loadCatalogue(page, file) {
  await page.getByRole("link", { name: "Revisar catálogo" }).click();
  await page.getByLabel("Archivo de publicaciones").setInputFiles(file);
}

test("a semicolon CSV from Excel (Windows-1252, Spanish headers) is checked: table, charts, cell problems", async () => {
  const { browser, page, problems } = await openApp(server.origin);
  try {
    const requested = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.getByLabel("Título", { exact: true }).waitFor();
    assert.ok(!requested.some((p) => p.includes("listo-bulk")), "the bulk module is not part of the first load");
    await loadCatalogue(page, { name: "catálogo.csv", mimeType: "text/csv", buffer: excelCsv(ROWS) });
    await summary(page).getByText(`${ROWS} publicaciones revisadas`).waitFor({ timeout: 20000 });
    assert.ok(requested.some((p) => /listo-bulk-[0-9a-f]{12,16}_bg\.wasm$/.test(p)), "the module loads when the page opens");
    assert.match(await count(page).innerText(), new RegExp(`Mostrando ${ROWS} de ${ROWS}`));
    // The accents survived the Windows-1252 file: the first title reads as written.
    await table(page).getByRole("button", { name: /Celular Samsung Galaxy A15 128 GB Negro$/ }).waitFor();
    await table(page).getByRole("button", { name: /Balanceado para perro adulto 15 kg$/ }).waitFor();
    // Price "doce" (the fourth product) is named by row and column (the exact row number is
    // checked in "rows are numbered as Excel shows them" below).
    const cells = page.getByTestId("bulk-cells");
    assert.match(await cells.innerText(), /Fila \d+, columna B \(Precio\): /);
    // Charts with their text alternative.
    const levels = page.getByTestId("chart-levels");
    assert.match(await levels.locator("desc").textContent(), /Básica: \d+ publicaciones; Estándar: \d+ publicaciones; Profesional: \d+ publicaciones/);
    assert.ok((await page.getByTestId("chart-problems").locator("[role=button]").count()) > 0);
    // Only the visible rows are in the DOM.
    const drawn = await table(page).locator("tbody tr:not(.bulk-spacer)").count();
    assert.ok(drawn > 0 && drawn <= ROWS, `rows drawn: ${drawn}`);
    await screenshot(page, "bulk-360");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("sort and filter the table (keyboard too), a chart bar filters by rule, a row opens as a new draft", async () => {
  const { browser, page, problems } = await openApp(server.origin, { width: 1280, height: 900 });
  try {
    await page.getByLabel("Título", { exact: true }).fill("Mi borrador de siempre");
    await loadCatalogue(page, { name: "catalogo.csv", mimeType: "text/csv", buffer: excelCsv(ROWS) });
    await summary(page).getByText(`${ROWS} publicaciones revisadas`).waitFor({ timeout: 20000 });

    const header = (name) => table(page).locator("th", { has: page.getByRole("button", { name }) });
    const column = async (index) => (await table(page).locator(`tbody tr:not(.bulk-spacer) td:nth-child(${index})`).allInnerTexts()).map((t) => t.trim());
    await header("Puntaje").getByRole("button").click();
    assert.equal(await header("Puntaje").getAttribute("aria-sort"), "ascending");
    const scores = (await column(4)).map(Number);
    assert.deepEqual(scores, scores.slice().sort((a, b) => a - b));
    // From the keyboard: focus the "Errores" heading and press Enter (most errors first).
    await header("Errores").getByRole("button").focus();
    await page.keyboard.press("Enter");
    assert.equal(await header("Errores").getAttribute("aria-sort"), "descending");
    const errors = (await column(6)).map(Number);
    assert.deepEqual(errors, errors.slice().sort((a, b) => b - a));

    // Filter by text, then by level.
    await page.getByLabel("Buscar en título o categoría").fill("perro");
    await count(page).getByText(`Mostrando 5 de ${ROWS}`).waitFor();
    await page.getByRole("button", { name: "Quitar filtros" }).click();
    await page.getByLabel("Nivel", { exact: true }).selectOption({ label: "Básica" });
    const levels = await column(5);
    assert.ok(levels.length > 0 && levels.every((l) => l === "Básica"), levels.join());
    await page.getByRole("button", { name: "Quitar filtros" }).click();

    // The top bar of the problems chart filters the table to its rule.
    const bar = page.getByTestId("chart-problems").locator("[role=button]").first();
    const code = await bar.getAttribute("data-code");
    await bar.focus();
    await page.keyboard.press("Enter");
    const select = page.getByLabel("Regla", { exact: true });
    assert.match(await select.locator("option:checked").innerText(), new RegExp(`^${code} `));
    await screenshot(page, "bulk-1280");

    // Open the first row in the editor: a new draft, the old one is still there.
    await page.getByRole("button", { name: "Quitar filtros" }).click();
    await header("Fila").getByRole("button").click();
    const first = row(0)[0];
    await table(page).getByRole("button", { name: new RegExp(`Fila \\d+ — ${first}$`) }).click();
    await page.getByLabel("Título", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), first);
    assert.equal(await page.getByLabel("Precio (USD)", { exact: true }).inputValue(), "189,90");
    await openDrafts(page);
    const names = await page.locator("#draft-select option").allInnerTexts();
    assert.equal(names.length, 2, names.join(" | "));
    await page.locator("#draft-select").selectOption({ index: 0 });
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "Mi borrador de siempre");

    // Back on the page, the results are still there.
    await page.getByRole("link", { name: "Revisar catálogo" }).click();
    await summary(page).getByText(`${ROWS} publicaciones revisadas`).waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("the problems export reads back: one line per problem with row, title, code, severity, field, message", async () => {
  const { browser, page, problems } = await openApp(server.origin);
  try {
    await loadCatalogue(page, { name: "catalogo.csv", mimeType: "text/csv", buffer: excelCsv(ROWS) });
    await summary(page).getByText(`${ROWS} publicaciones revisadas`).waitFor({ timeout: 20000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Problemas (CSV)" }).click()]);
    assert.equal(download.suggestedFilename(), "catalogo-problemas.csv");
    const records = readCsv(readFileSync(await download.path(), "utf8"));
    assert.deepEqual(records[0], ["fila", "título", "código", "gravedad", "campo", "mensaje"]);
    const lines = records.slice(1);
    assert.ok(lines.length >= ROWS, `problems: ${lines.length}`);
    for (const l of lines) {
      assert.equal(l.length, 6);
      assert.match(l[2], /^[A-Z]{2,4}\d{2,3}$/);
      assert.ok(["Error", "Advertencia", "Sugerencia"].includes(l[3]), l[3]);
      assert.ok(l[5].length > 0);
    }
    // Titles come back as they were in the file (accents and "!!!" intact), and the price
    // "doce" is a problem on that listing's price.
    assert.ok(lines.some((l) => l[1] === row(4)[0]), "the fifth product's title");
    assert.ok(lines.some((l) => l[1] === row(3)[0] && l[4] === "price"), "the unreadable price is reported");

    const [table] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tabla (CSV)" }).click()]);
    const tableRecords = readCsv(readFileSync(await table.path(), "utf8"));
    assert.equal(tableRecords.length, ROWS + 1);
    assert.equal(tableRecords[0][0], "fila");
    // Every problem's row and title is a row of the table, and the table's error counts add up.
    const titleOf = new Map(tableRecords.slice(1).map((r) => [r[0], r[1]]));
    for (const l of lines) assert.equal(titleOf.get(l[0]), l[1], `row ${l[0]}`);
    const errors = tableRecords.slice(1).reduce((n, r) => n + Number(r[6]), 0);
    assert.equal(errors, lines.filter((l) => l[3] === "Error").length);
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tabla (XLSX)" }).click()]);
    const bytes = readFileSync(await xlsx.path());
    assert.equal(bytes.subarray(0, 2).toString(), "PK", "an XLSX is a zip file");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("a broken file names the row and column; a picture renamed .csv is refused and the earlier results stay", async () => {
  const { browser, page, problems } = await openApp(server.origin);
  try {
    await loadCatalogue(page, { name: "catalogo.csv", mimeType: "text/csv", buffer: excelCsv(3) });
    await summary(page).getByText("3 publicaciones revisadas").waitFor({ timeout: 20000 });
    // A row with more cells than headers and a weight that cannot be read.
    const broken = [HEADER.join(";"), row(0).join(";"), [...row(1).slice(0, 9), "1,2,3 kg", ...row(1).slice(10), "sobra"].join(";")].join("\r\n");
    await page.getByLabel("Archivo de publicaciones").setInputFiles({ name: "roto.csv", mimeType: "text/csv", buffer: windows1252(broken) });
    await summary(page).getByText("roto.csv").waitFor({ timeout: 20000 });
    const cells = await page.getByTestId("bulk-cells").innerText();
    assert.match(cells, /Fila \d+, columna J \(Peso\): /, cells);
    assert.match(cells, /Fila \d+: tiene 16 celdas y el encabezado 15 columnas; lo de la columna P no se leyó/, cells);
    // A PNG renamed .csv: a clear message, and the last results are still shown.
    await page.getByLabel("Archivo de publicaciones").setInputFiles({ name: "foto.csv", mimeType: "text/csv", buffer: png(40, 40) });
    const message = page.getByTestId("bulk-message");
    await message.waitFor();
    assert.match(await message.innerText(), /no cambiaron/);
    await summary(page).getByText("roto.csv").waitFor();
    // In English too.
    await page.getByRole("button", { name: /Idioma/ }).click();
    await page.getByText("Your drafts and the earlier results did not change.").waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("an XLSX with several sheets: the first is checked, «Hoja» chooses another", async () => {
  const { browser, page, problems } = await openApp(server.origin);
  try {
    const book = xlsx([
      { name: "Productos", rows: [HEADER, row(0), row(1)] },
      { name: "Ofertas", rows: [HEADER, row(2), row(3), row(4)] },
    ]);
    await loadCatalogue(page, { name: "tienda.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: book });
    await summary(page).getByText("2 publicaciones revisadas").waitFor({ timeout: 20000 });
    const sheet = page.getByLabel("Hoja", { exact: true });
    assert.deepEqual(await sheet.locator("option").allInnerTexts(), ["Productos", "Ofertas"]);
    await sheet.selectOption("Ofertas");
    await summary(page).getByText("3 publicaciones revisadas").waitFor({ timeout: 20000 });
    await table(page).getByRole("button", { name: new RegExp(`${row(4)[0]}$`) }).waitFor();
    assert.equal(await page.getByLabel("Hoja", { exact: true }).inputValue(), "Ofertas");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

// Excel saves CRLF line ends. The header is row 1, so the fourth product (price "doce") is row 5.
test("rows are numbered as Excel shows them (CRLF file): the unreadable price is row 5, column B", async () => {
  const { browser, page, problems } = await openApp(server.origin);
  try {
    await loadCatalogue(page, { name: "catalogo.csv", mimeType: "text/csv", buffer: excelCsv(5) });
    await summary(page).getByText("5 publicaciones revisadas").waitFor({ timeout: 20000 });
    assert.match(await page.getByTestId("bulk-cells").innerText(), /Fila 5, columna B \(Precio\): /);
    assert.ok(await table(page).locator('tr[data-row="2"]').count(), "the first product is row 2");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
  test(`axe-core: no serious or critical violations on "Revisar catálogo" at ${viewport.width} px`, async () => {
    const { browser, page, problems } = await openApp(server.origin, viewport);
    try {
      await loadCatalogue(page, { name: "catalogo.csv", mimeType: "text/csv", buffer: excelCsv(ROWS) });
      await summary(page).getByText(`${ROWS} publicaciones revisadas`).waitFor({ timeout: 20000 });
      await page.evaluate(AXE); // through DevTools: the CSP refuses an inline <script> tag
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
      await screenshot(page, `bulk-axe-${viewport.width}`, { fullPage: false });
      assert.deepEqual(problems(), []);
    } finally {
      await browser.close();
    }
  });
}

test("the first load did not change: the bulk module is its own part of the size report, and every part is within budget", () => {
  const dist = new URL("../../dist/", import.meta.url).pathname;
  const report = execFileSync(process.execPath, [new URL("../tools/size-report.mjs", import.meta.url).pathname, dist, "--budget"], { encoding: "utf8" });
  const firstLoad = report.slice(report.indexOf("[first load]"), report.indexOf("\n[", report.indexOf("[first load]") + 1));
  assert.ok(!firstLoad.includes("listo-bulk"), firstLoad);
  assert.match(report, /\[module:bulk\]\n\s+listo-bulk-[0-9a-f]{12,16}\.js/);
  assert.match(report, /first load: [\d,]+ B brotli \(budget/);
});
