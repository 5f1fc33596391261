// A trainer's whole workshop, end to end: the gallery, the presenter on a 1920×1080 projector
// (fixes applied live), "Compartir con la clase" (a QR code and its link), a participant's 360 px
// phone opening that link in a fresh browser and saving it as a draft with the same score, the
// participant exporting their drafts, and the trainer's class results: the exported files dropped
// together and the shared links pasted, with the class's most common problems charted. Every page
// asserts no console errors, no page errors and no request to another origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist, launch, openPage, openApp, screenshot } from "./harness.mjs";
import { openDrafts } from "./seller.mjs";

const PROJECTOR = { width: 1920, height: 1080 };

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

/** The editor's score once the category and shipping verdicts are in (nothing pending). */
async function settledScore(page) {
  await page.waitForFunction(() => !/Cargando categorías|Calculando envío/.test(document.body.innerText));
  return page.getByTestId("score").innerText();
}

/** A participant's phone: a fresh 360 px browser opening `link`, saving it, exporting drafts. */
async function participant(link, expectedScore, name) {
  const browser = await launch();
  const { page, problems } = await openPage(browser.context, server.origin);
  try {
    await page.goto(link);
    const banner = page.getByTestId("shared-preview");
    await banner.waitFor();
    const title = page.getByLabel("Título", { exact: true });
    assert.ok(await title.isDisabled(), "read-only until saved");
    assert.equal(await settledScore(page), expectedScore, "the phone's score is the projector's");
    await screenshot(page, `trainer-${name}-phone-360`, { fullPage: false });
    await banner.getByRole("button", { name: "Guardar como mi borrador" }).click();
    await banner.waitFor({ state: "detached" });
    assert.ok(await title.isEditable());
    assert.equal(await settledScore(page), expectedScore, "saved with the same score");
    await openDrafts(page);
    const download = page.waitForEvent("download");
    await page.getByTestId("drafts").getByRole("button", { name: "Exportar" }).click();
    const file = await download;
    const exported = readFileSync(await file.path());
    assert.deepEqual(problems(), []);
    return exported;
  } finally {
    await browser.close();
  }
}

test("a workshop end to end: present, share by QR, phones save it, the class's results", async () => {
  const trainer = await openApp(server.origin, PROJECTOR);
  const { page } = trainer;
  try {
    // The gallery, then one example on the projector; two fixes applied live.
    await page.getByRole("link", { name: "Taller" }).click();
    await page.getByTestId("gallery").locator('[data-example="celular-samsung-a15"]').getByRole("link", { name: /^Presentar/ }).click();
    const presenter = page.getByTestId("presenter");
    const score = presenter.getByTestId("presenter-score").locator(".ws-score__number");
    await score.waitFor();
    const start = Number(await score.innerText());
    for (let i = 0; i < 2; i++) {
      const before = Number(await score.innerText());
      await page.keyboard.press("ArrowRight");
      await presenter.getByTestId("presenter-problem").waitFor();
      await page.keyboard.press("f");
      await page.waitForFunction((b) => Number(document.querySelector(".ws-score__number")?.textContent) !== b, before);
    }
    const fixed = await score.innerText();
    assert.ok(Number(fixed) > start, `the score climbed: ${start} → ${fixed}`);

    // "C" shows the QR code of the listing as it stands now, and its link; "C" again hides it.
    await page.keyboard.press("c");
    const qr = presenter.getByRole("img", { name: "Código QR de esta publicación" });
    await qr.waitFor();
    const version = Number(await qr.getAttribute("data-qr-version"));
    assert.ok(version >= 1 && version <= 20, `QR version ${version}`);
    const box = await qr.boundingBox();
    assert.ok(box.width >= 400, `a QR code big enough for the back of the room: ${box.width}px`);
    const link = await presenter.getByTestId("presenter-link").getAttribute("href");
    assert.ok(link.startsWith(`${server.origin}/#compartido=`), link);
    console.log(`# the presented listing after 2 fixes: link ${link.length} characters, QR version ${version}, drawn ${Math.round(box.width)} px wide`);
    await screenshot(page, "trainer-presenter-qr-1920", { fullPage: false });
    await page.keyboard.press("c");
    await qr.waitFor({ state: "detached" });
    // The example's "after" as a second participant's listing (it reaches Profesional).
    await presenter.getByRole("button", { name: "Compartir con la clase (C)" }).click();
    for (let step = 0; step < 20 && (await presenter.getByTestId("presenter-done").count()) === 0; step++) {
      const before = Number(await score.innerText());
      await page.keyboard.press("f");
      await page.waitForFunction((b) => Number(document.querySelector(".ws-score__number")?.textContent) !== b, before);
    }
    const doneScore = await score.innerText();
    const doneLink = await presenter.getByTestId("presenter-link").getAttribute("href");
    assert.notEqual(doneLink, link, "the QR code follows the fixes");

    // Two phones open the links, save them and export their drafts.
    const ana = await participant(link, fixed, "ana");
    const luis = await participant(doneLink, doneScore, "luis");

    // Class results: the exported files dropped together, then the links pasted from a chat.
    await page.evaluate(() => (location.hash = "#catalogo"));
    const files = [
      { name: "ana.json", mimeType: "application/json", buffer: ana },
      { name: "luis.json", mimeType: "application/json", buffer: luis },
    ];
    await page.getByLabel("Archivo de publicaciones").setInputFiles(files);
    const summary = page.getByTestId("bulk-summary");
    // Each phone exported its own empty first draft and the saved listing.
    await summary.getByText(/^Clase: 2 archivos, 4 publicaciones: 4 publicaciones revisadas/).waitFor({ timeout: 20000 }).catch(async (e) => {
      assert.fail(`${e.message}\nThe page says: ${await page.locator(".bulk").innerText()}`);
    });
    // The exported listings themselves were read: the "after" Luis saved is Profesional here too.
    const fromFiles = await page.getByTestId("chart-levels").locator("desc").textContent();
    assert.match(fromFiles, /Profesional: 1 publicaci/, fromFiles);
    await page.getByTestId("bulk-table").getByRole("button", { name: /Samsung/ }).first().waitFor();
    const bars = page.getByTestId("chart-problems").locator("[role=button]");
    assert.ok((await bars.count()) > 0, "the class's most common problems are charted");
    await screenshot(page, "trainer-class-files-1920", { fullPage: false });

    const chat = `[10:02] Ana: aquí va ${link}\n[10:04] Luis: <${doneLink}>\n[10:05] Ana: ${link}\n[10:06] Eva: ${link.slice(0, -10)}\n`;
    await page.getByLabel("Enlaces de la clase").fill(chat);
    await page.getByRole("button", { name: "Revisar los enlaces" }).click();
    await summary.getByText(/^Clase: 2 enlace\(s\): 2 publicaciones revisadas/).waitFor({ timeout: 20000 });
    assert.match(await summary.innerText(), /1 enlace\(s\) repetido\(s\) se contaron una sola vez/);
    assert.match(await page.getByTestId("bulk-cells").innerText(), /Enlace 4 \(línea 4\): /, "the cut link is named by its line");
    const levels = await page.getByTestId("chart-levels").locator("desc").textContent();
    assert.match(levels, /Profesional: 1 publicaciones?/, levels);
    await screenshot(page, "trainer-class-links-1920");
    assert.deepEqual(trainer.problems(), []);
  } finally {
    await trainer.browser.close();
  }
});
