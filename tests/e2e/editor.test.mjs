// Journeys of a new seller in the editor, at phone and laptop widths.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serveDist, launch, openPage, openApp, screenshot } from "./harness.mjs";
import { fillPhoneListing, openDrafts } from "./seller.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const start = (viewport) => openApp(server.origin, viewport);

const panel = (page) => page.locator("#panel");
const level = (page) => page.getByTestId("level");

test("a new seller sees what is missing, then fills a phone listing to Profesional", async () => {
  const { browser, page, problems } = await start();
  try {
    await panel(page).getByText("Falta el precio").waitFor();
    assert.match(await level(page).innerText(), /Básica/);
    await screenshot(page, "editor-empty-360");

    await fillPhoneListing(page);
    await level(page).getByText("Profesional").waitFor({ timeout: 5000 }).catch(async () => {
      assert.fail(`not Profesional; the panel says:\n${await panel(page).innerText()}`);
    });
    assert.equal(await page.getByTestId("score").innerText(), "100");
    await screenshot(page, "editor-profesional-360");
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, "editor-profesional-1280");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("a safe fix is applied with one click", async () => {
  const { browser, page, problems } = await start();
  try {
    const title = page.getByLabel("Título", { exact: true });
    await title.fill("Celular  Samsung  Galaxy  A15  " + "x".repeat(31));
    await page.locator("#field-title-msgs").getByText("máximo es 60").waitFor();
    await panel(page).getByRole("button", { name: "Corregir" }).first().click();
    await page.locator("#field-title-count").filter({ hasText: "58 / 60" }).waitFor();
    assert.equal(await title.inputValue(), "Celular Samsung Galaxy A15 " + "x".repeat(31));
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("language switch is remembered and a reload brings the draft back", async () => {
  const { browser, page, problems } = await start();
  try {
    await page.getByLabel("Precio (USD)", { exact: true }).fill("12,50");
    await page.getByLabel("Título", { exact: true }).fill("Chompa de lana para niño talla 8");
    await page.getByRole("button", { name: /English/ }).click();
    await page.getByLabel("Title", { exact: true }).waitFor();
    await page.reload();
    await page.getByLabel("Title", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Title", { exact: true }).inputValue(), "Chompa de lana para niño talla 8");
    assert.equal(await page.getByLabel("Price (USD)", { exact: true }).inputValue(), "12,50");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await screenshot(page, "editor-english-360");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("drafts: new, rename, delete with undo", async () => {
  const { browser, page, problems } = await start();
  try {
    await page.getByLabel("Título", { exact: true }).fill("Perfume floral 100 ml");
    await openDrafts(page);
    await page.getByRole("button", { name: "Nuevo", exact: true }).click();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "");
    const name = page.getByLabel("Nombre del borrador", { exact: true });
    await name.fill("Balanceado 15 kg");
    await name.press("Enter");
    await page.getByLabel("Borrador abierto").locator("option", { hasText: "Balanceado 15 kg" }).waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Eliminar", exact: true }).click();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "Perfume floral 100 ml");
    await page.getByRole("button", { name: "Deshacer" }).click();
    assert.equal(await name.inputValue(), "Balanceado 15 kg");
    assert.equal(await page.getByLabel("Borrador abierto").locator("option").count(), 2);
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("importing a broken file says where; importing items opens them with their problems", async () => {
  const { browser, page, problems } = await start();
  try {
    await openDrafts(page);
    const picker = page.locator("#draft-import");
    await picker.setInputFiles({ name: "roto.json", mimeType: "application/json", buffer: Buffer.from('{"title": "ok"}\n{"title": }\n') });
    const message = page.getByTestId("import-message");
    await message.getByText("Línea 2, columna").waitFor();
    await screenshot(page, "import-error-360");
    const item = { title: "ZAPATOS DEPORTIVOS OFERTA", price: 0, currency_id: "USD", available_quantity: 2, pictures: [{ max_size: "300x300" }] };
    await picker.setInputFiles({ name: "item.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(item)) });
    await message.getByText("Se importaron 1 borradores").waitFor();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "ZAPATOS DEPORTIVOS OFERTA");
    assert.match(await level(page).innerText(), /Básica/);
    assert.match(await panel(page).innerText(), /Errores/);
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("unreadable saved data: the app starts, keeps it aside and says so", async () => {
  const browser = await launch();
  try {
    // Seed the unreadable value before the app's first script runs (once per tab), so the app
    // cannot overwrite it first.
    await browser.context.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("listo.drafts.v1", "{esto no es json");
      }
    });
    const { page, problems } = await openPage(browser.context, server.origin);
    await page.goto(server.origin + "/");
    await page.getByTestId("storage-recovered").waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.some((k) => k.startsWith("listo.drafts.unreadable.")), `keys: ${keys}`);
    const kept = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((k) => k.startsWith("listo.drafts.unreadable."));
      return localStorage.getItem(k);
    });
    assert.equal(kept, "{esto no es json");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("no storage (private mode): a visible warning, and work goes on in memory", async () => {
  const browser = await launch();
  try {
    await browser.context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("denied", "SecurityError");
        },
      });
    });
    const { page, problems } = await openPage(browser.context, server.origin);
    await page.goto(server.origin + "/");
    await page.getByTestId("storage-warning").waitFor();
    await page.getByLabel("Precio (USD)", { exact: true }).fill("5");
    await panel(page).getByText("Falta el precio").waitFor({ state: "detached" });
    await openDrafts(page);
    await page.getByRole("button", { name: "Exportar" }).waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("keyboard only: fields, fixes and the panel are reachable, and focus is visible", async () => {
  const { browser, page, problems } = await start({ width: 1280, height: 900 });
  try {
    const seen = new Set();
    let outline = "none";
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        return { id: el?.id ?? "", text: el?.textContent ?? "", outline: el ? getComputedStyle(el).outlineStyle : "none" };
      });
      if (info.id === "field-title") {
        outline = info.outline;
        await page.keyboard.type("Celular");
      }
      seen.add(info.id || info.text.trim());
    }
    assert.ok(seen.has("field-title"), "title reachable");
    assert.ok(seen.has("field-price"), "price reachable");
    assert.ok([...seen].some((s) => s.startsWith("Ir al campo")), `panel actions reachable: ${[...seen].join(" | ")}`);
    assert.notEqual(outline, "none", "focus outline visible");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("an unsure leaf in a sure branch: the card names the branch, and its leaf is chosen from the keyboard", async () => {
  const { browser, page, problems } = await start();
  try {
    const title = page.getByLabel("Título", { exact: true });
    await title.fill("Funda silicona para celular");
    const branch = page.getByTestId("category-branch");
    await branch.getByText("Elige la más específica").waitFor();
    assert.match(await branch.innerText(), /Celulares y Teléfonos > Accesorios para Celulares/);
    const leaves = branch.getByRole("button");
    assert.ok((await leaves.count()) > 3, "more leaves than the three suggestions");
    const cases = branch.getByRole("button", { name: "Carcasas, Fundas y Protectores > Fundas para Celulares (MEC5337)" });
    assert.equal(await leaves.first().innerText(), await cases.innerText(), "the likeliest leaf leads");
    await branch.getByText(/más en esta rama/).waitFor();
    await screenshot(page, "category-branch-360");
    await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run("[data-testid=category-card]", { resultTypes: ["violations"] }));
    assert.deepEqual(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id), []);
    await cases.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("category-card").locator(".listo-category__chosen").getByText("Fundas para Celulares").waitFor();
    assert.equal(await page.getByLabel("Categoría", { exact: true }).inputValue(), "MEC5337");
    // A title sure of its leaf names no branch.
    await title.fill("Celular Samsung Galaxy A15 128gb");
    await branch.waitFor({ state: "detached" });
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
  test(`axe-core: no serious or critical violations at ${viewport.width} px (editor and rules page)`, async () => {
    const { browser, page, problems } = await start(viewport);
    try {
      await page.getByLabel("Título", { exact: true }).fill("CELULAR OFERTA!!!");
      await page.evaluate(AXE); // through DevTools: the CSP refuses an inline <script> tag
      for (const hash of ["", "#reglas"]) {
        await page.evaluate((h) => (location.hash = h), hash);
        await page.waitForTimeout(100);
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        assert.deepEqual(
          bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          [],
          `page ${hash || "editor"}`,
        );
      }
      await screenshot(page, `rules-${viewport.width}`, { fullPage: false });
      assert.deepEqual(problems(), []);
    } finally {
      await browser.close();
    }
  });
}

test("“¿Por qué?” opens the rule's explanation with its examples and source", async () => {
  const { browser, page, problems } = await start();
  try {
    const item = panel(page).locator(".listo-diag", { hasText: "Falta el precio" });
    await item.getByRole("link", { name: "¿Por qué?" }).click();
    const rule = page.locator("#regla-LI001");
    await rule.waitFor();
    const text = await rule.innerText();
    for (const heading of ["Por qué / Why", "Ejemplo malo / Bad example", "Ejemplo bueno / Good example", "Fuente / Source"]) {
      assert.ok(text.includes(heading), `missing ${heading} in:\n${text}`);
    }
    await screenshot(page, "rule-LI001-360", { fullPage: false });
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});
