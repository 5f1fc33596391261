// Journeys of a trainer running a workshop: the gallery loads an example as a new draft without
// touching the seller's own, the presenter takes a "before" to Profesional with the clicker's
// keys on a 1920×1080 projector, and the cheat-sheet prints. Screenshots land in
// target/screenshots/ (workshop-*.png) to be looked at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serveDist, openApp, screenshot } from "./harness.mjs";
import { openDrafts } from "./seller.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 360, height: 780 };

async function axeClean(page, what) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE); // through DevTools: the CSP refuses an inline <script> tag
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], what);
}

const draftNames = (page) => page.locator("#draft-select option").allInnerTexts();

test("the gallery opens a “before” as a new draft and the seller's own draft stays", async () => {
  const { browser, page, problems } = await openApp(server.origin, PHONE);
  try {
    const requested = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    // The seller's own draft.
    await page.getByLabel("Título", { exact: true }).fill("Mi chompa de alpaca tejida a mano");
    assert.ok(!requested.some((p) => p.includes("listo-workshop")), "the workshop module is not part of the first load");

    await page.getByRole("link", { name: "Taller" }).click();
    const gallery = page.getByTestId("gallery");
    await gallery.getByRole("heading", { name: "Mascotas" }).waitFor();
    assert.ok(requested.some((p) => /listo-workshop-[0-9a-f]{12,16}_bg\.wasm$/.test(p)), "loaded on demand");
    const cards = await gallery.locator(".ws-card").count();
    assert.ok(cards >= 20, `cards: ${cards}`);
    for (const area of ["Tecnología", "Mascotas", "Moda", "Belleza", "Suplementos", "Hogar", "Deportes", "Juguetes"]) {
      await gallery.getByRole("heading", { name: area, exact: true }).waitFor();
    }
    // The examples live in the module only: the first load's wasm does not carry their text.
    const mainWasm = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).find((p) => /\/listo-[0-9a-f]{12,16}_bg\.wasm$/.test(p)),
    );
    const bytes = await page.evaluate(async (u) => new Uint8Array(await (await fetch(u)).arrayBuffer()).length, mainWasm);
    assert.ok(bytes > 100_000, `main wasm fetched: ${bytes} B`);
    const carried = (u) =>
      page.evaluate(async (u) => {
        const text = new TextDecoder("latin1").decode(await (await fetch(u)).arrayBuffer());
        return ["Rascador para gato Michi", "Guía de 10 reglas"].filter((t) => text.includes(new TextDecoder("latin1").decode(new TextEncoder().encode(t))));
      }, u);
    assert.deepEqual(await carried(mainWasm), [], "gallery and guide text stay out of the first load");
    const moduleWasm = requested.find((p) => /listo-workshop-[0-9a-f]{12,16}_bg\.wasm$/.test(p));
    assert.equal((await carried(moduleWasm)).length, 2, "the module carries them");
    // In English, the same gallery.
    await page.getByRole("button", { name: /Idioma/ }).click();
    await gallery.getByRole("heading", { name: "Workshop: example gallery" }).waitFor();
    await gallery.getByRole("heading", { name: "Pets", exact: true }).waitFor();
    await page.getByRole("button", { name: /Language/ }).click();
    await gallery.getByRole("heading", { name: "Mascotas", exact: true }).waitFor();
    await axeClean(page, "gallery at 360 px");
    await screenshot(page, "workshop-gallery-360-full");
    await screenshot(page, "workshop-gallery-360", { fullPage: false });
    await gallery.getByRole("heading", { name: "Mascotas" }).scrollIntoViewIfNeeded();
    await screenshot(page, "workshop-gallery-360-pets", { fullPage: false });

    const card = gallery.locator('[data-example="celular-samsung-a15"]');
    await card.getByRole("button", { name: /^Abrir el antes/ }).click();
    // Back in the editor, on the new draft, with its mistakes found.
    await page.getByLabel("Título", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "CELULAR SAMSUNG A15 OFERTA LLAMA AL 0991234567");
    await page.locator("#panel").getByText("El título tiene un número de teléfono", { exact: false }).first().waitFor();
    assert.equal(await page.getByTestId("level").locator("strong").innerText(), "Básica");
    await openDrafts(page);
    const names = await draftNames(page);
    assert.equal(names.length, 2, `drafts: ${names}`);
    assert.ok(names.some((n) => n.includes("(antes)")), `drafts: ${names}`);
    // The listing's check prints as a checklist: the panel without the form or buttons.
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByLabel("Título", { exact: true }).isVisible(), false, "no form on paper");
    assert.equal(await page.locator("#panel").isVisible(), true, "the check is on paper");
    const tick = await page.locator("#panel .listo-diag__message").first().evaluate((e) => getComputedStyle(e, "::before").content);
    assert.match(tick, /☐/);
    assert.equal(await page.locator("#panel .listo-diag__actions").first().isVisible(), false);
    const checkPdf = await page.pdf({ format: "A4" });
    assert.equal((checkPdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, "the check fits one page");
    await screenshot(page, "workshop-check-print");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize(PHONE);
    // The seller's draft is untouched.
    await page.locator("#draft-select").selectOption({ index: 0 });
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "Mi chompa de alpaca tejida a mano");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("the presenter takes a “before” to Profesional with → and F on a 1920×1080 projector", async () => {
  const { browser, page, problems } = await openApp(server.origin, PROJECTOR);
  try {
    await page.getByRole("link", { name: "Taller" }).click();
    await page.getByTestId("gallery").locator('[data-example="celular-samsung-a15"]').getByRole("link", { name: /^Presentar/ }).click();
    const presenter = page.getByTestId("presenter");
    const score = presenter.getByTestId("presenter-score");
    await score.waitFor();
    const scoreOf = async () => Number(await score.locator(".ws-score__number").innerText());
    const start = await scoreOf();
    assert.ok(start < 70, `starts Básica: ${start}`);
    // Readable from the back of a room: the problem's text is large on a 1920 px screen.
    await page.keyboard.press("ArrowRight");
    const problem = presenter.getByTestId("presenter-problem");
    await problem.waitFor();
    const size = await problem.locator(".ws-problem__message").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 48, `problem text ${size}px`);
    assert.ok((await page.locator(".listo-header").count()) === 0 || !(await page.locator(".listo-header").isVisible()), "the header steps aside");
    await screenshot(page, "workshop-presenter-1920-problem", { fullPage: false });
    // ← hides it again, → shows it.
    await page.keyboard.press("ArrowLeft");
    await problem.waitFor({ state: "detached" });
    await page.keyboard.press("ArrowRight");
    await problem.waitFor();

    const scores = [start];
    for (let step = 0; step < 20; step++) {
      if ((await presenter.getByTestId("presenter-done").count()) > 0) break;
      if ((await problem.count()) === 0) await page.keyboard.press("ArrowRight");
      await problem.waitFor();
      const before = await scoreOf();
      await page.keyboard.press("f");
      await page.waitForFunction((b) => Number(document.querySelector(".ws-score__number")?.textContent) !== b, before);
      scores.push(await scoreOf());
    }
    await presenter.getByTestId("presenter-done").waitFor();
    assert.equal(await score.locator(".ws-score__level").innerText(), "Profesional");
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i] > scores[i - 1], `the score climbs: ${scores}`);
    assert.ok(scores.length >= 3, `several steps: ${scores}`);
    await axeClean(page, "presenter at 1920 px");
    await screenshot(page, "workshop-presenter-1920-done", { fullPage: false });

    // The buttons do the same as the keys.
    await presenter.getByRole("button", { name: "← Atrás" }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="presenter-done"]'));
    assert.ok((await scoreOf()) < 99);
    // The presenter's engine has the category and shipping rules too: the laptop in the phones
    // category starts on a category problem.
    await page.evaluate(() => (location.hash = "#taller/presentar/laptop-lenovo"));
    await presenter.getByRole("heading", { name: "Laptop Lenovo IdeaPad 3" }).waitFor();
    await score.waitFor();
    await page.keyboard.press("ArrowRight");
    await problem.waitFor();
    assert.match(await problem.locator(".ws-problem__meta").innerText(), /CA00\d/);
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

// Sharing the presented listing with the class (QR code, phones, class results): trainer.test.mjs.

test("the 10-rule guide prints on its own, Spanish first then English", async () => {
  const { browser, page, problems } = await openApp(server.origin, { width: 1280, height: 900 });
  try {
    await page.evaluate(() => (location.hash = "#taller/guia"));
    const guide = page.getByTestId("guide");
    await guide.getByRole("heading", { name: "Guía de 10 reglas para publicar en Mercado Libre" }).waitFor();
    assert.equal(await guide.locator(".ws-guide__list").first().locator("li").count(), 10);
    await guide.getByRole("button", { name: "Imprimir la guía" }).waitFor();
    await axeClean(page, "guide");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".listo-header").isVisible(), false, "no app header on paper");
    assert.equal(await guide.getByRole("button", { name: "Imprimir la guía" }).isVisible(), false, "no button on paper");
    const headings = await guide.locator("h2").allInnerTexts();
    assert.deepEqual(headings, ["Guía de 10 reglas para publicar en Mercado Libre", "10-rule guide to listing on Mercado Libre"]);
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, "one A4 page");
    await screenshot(page, "workshop-guide-print");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});
