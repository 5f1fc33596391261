// Journeys for sharing without a server: a listing's link opened on a participant's phone (read-
// only, then saved as their own draft with the same score), a tampered link, and a trainer's
// profile that turns a rule off for whoever opens it. Each asserts no console errors, no page
// errors and no request to another origin. Figures (link length, QR version) are printed.
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

const score = (page) => page.getByTestId("score").innerText();

async function axeClean(page, where) {
  await page.evaluate(AXE); // through DevTools: the CSP refuses an inline <script> tag
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], where);
}

/** A fresh phone (360 px, empty storage) opening `url` as its first visit. */
async function phoneOpening(url) {
  const browser = await launch();
  const { page, problems } = await openPage(browser.context, server.origin);
  await page.goto(url);
  return { browser, page, problems };
}

test("a listing shared by link opens read-only on a phone and is saved as a new draft with the same score", async () => {
  const seller = await openApp(server.origin, { width: 1280, height: 900 });
  let link;
  try {
    await fillPhoneListing(seller.page);
    await seller.page.getByLabel("Título", { exact: true }).fill("Celular Samsung Galaxy A15 128 GB Negro OFERTA");
    const sellerScore = await score(seller.page);
    await seller.page.getByTestId("share").locator("summary").click();
    const field = seller.page.getByLabel("Enlace de esta publicación", { exact: true });
    await field.waitFor();
    link = await field.inputValue();
    assert.ok(link.startsWith(`${server.origin}/#compartido=`), link);
    const qr = seller.page.getByRole("img", { name: "Código QR del enlace de esta publicación" });
    const version = Number(await qr.getAttribute("data-qr-version"));
    assert.ok(version >= 1 && version <= 20, `QR version ${version}`);
    assert.equal(await qr.locator("svg path").count(), 1);
    console.log(`# the phone listing: link ${link.length} characters, QR version ${version} (${17 + 4 * version} modules)`);
    assert.match(await seller.page.getByTestId("share").innerText(), /Las fotos no viajan/);
    await qr.scrollIntoViewIfNeeded();
    await screenshot(seller.page, "share-panel-1280", { fullPage: false });
    assert.deepEqual(seller.problems(), []);

    const phone = await phoneOpening(link);
    try {
      const { page } = phone;
      const banner = page.getByTestId("shared-preview");
      await banner.waitFor();
      assert.match(await banner.innerText(), /solo lectura/);
      const title = page.getByLabel("Título", { exact: true });
      assert.equal(await title.inputValue(), "Celular Samsung Galaxy A15 128 GB Negro OFERTA");
      assert.ok(await title.isDisabled(), "the shared listing is read-only");
      assert.equal(await score(page), sellerScore);
      // The measurements of the three photos came along, not the photos.
      assert.equal(await page.locator(".listo-picture").count(), 3);
      assert.ok(await page.getByTestId("drafts").isHidden(), "the drafts are hidden while a shared listing is shown");
      assert.ok(await page.getByTestId("share").isHidden());
      await screenshot(page, "share-opened-360");
      await screenshot(page, "share-opened-360-first-screen", { fullPage: false });
      await axeClean(page, "shared listing at 360 px");

      await banner.getByRole("button", { name: "Guardar como mi borrador" }).click();
      await banner.waitFor({ state: "detached" });
      assert.ok(await title.isEditable());
      assert.equal(await title.inputValue(), "Celular Samsung Galaxy A15 128 GB Negro OFERTA");
      assert.equal(await score(page), sellerScore);
      await openDrafts(page);
      assert.match(await page.getByTestId("drafts").innerText(), /\(2\)/, "a new draft next to the phone's own");
      await screenshot(page, "share-saved-360");
      assert.deepEqual(phone.problems(), []);
    } finally {
      await phone.browser.close();
    }
  } finally {
    await seller.browser.close();
  }

  // A changed character and a cut link each get a message; nothing else happens.
  const [base, text] = link.split("#compartido=");
  const middle = Math.floor(text.length / 2);
  const tampered = `${base}#compartido=${text.slice(0, middle)}${text[middle] === "x" ? "y" : "x"}${text.slice(middle + 1)}`;
  const cut = `${base}#compartido=${text.slice(0, text.length - 12)}`;
  const phone = await phoneOpening(tampered);
  try {
    const error = phone.page.getByTestId("link-error");
    await error.waitFor();
    assert.match(await error.innerText(), /dañado o incompleto/);
    await screenshot(phone.page, "share-tampered-360", { fullPage: false });
    await phone.page.goto(cut);
    await phone.page.getByTestId("link-error").getByText(/dañado|cortado/).waitFor();
    // The phone's own editor stays usable under the message.
    const title = phone.page.getByLabel("Título", { exact: true });
    assert.equal(await title.inputValue(), "");
    assert.ok(await title.isEditable());
    assert.deepEqual(phone.problems(), []);
  } finally {
    await phone.browser.close();
  }
});

test("a trainer's profile turns a rule off for the participant who opens it, with a badge and a way back", async () => {
  const trainer = await openApp(server.origin, { width: 1280, height: 900 });
  let link;
  try {
    const { page } = trainer;
    await page.getByRole("link", { name: "Perfil" }).click();
    await page.getByLabel("Nombre del perfil", { exact: true }).fill("Taller Guayaquil");
    await page.locator("#profile-rule-TI005").selectOption("off");
    await page.getByLabel("Envío en el día en Guayaquil", { exact: true }).check();
    await page.getByLabel("Hora de corte del envío en el día (0–23)", { exact: true }).fill("16");
    const field = page.getByLabel("Enlace del perfil", { exact: true });
    await page.waitForFunction(() => document.querySelector("#profile-link")?.value.includes("#perfil="));
    link = await field.inputValue();
    const version = Number(await page.getByRole("img", { name: "Código QR del enlace del perfil" }).getAttribute("data-qr-version"));
    console.log(`# a profile (one rule off, Guayaquil same day, cut-off 16 h): link ${link.length} characters, QR version ${version}`);
    assert.ok(version <= 10, `QR version ${version}`);
    // A bad number names its field and keeps the default.
    await page.getByLabel("Fotos: mínimo útil", { exact: true }).fill("-2");
    assert.match(await page.getByTestId("profile-status").innerText(), /«Fotos: mínimo útil»/);
    await page.getByLabel("Fotos: mínimo útil", { exact: true }).fill("3");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar archivo" }).click()]);
    const file = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(file.name, "Taller Guayaquil");
    assert.deepEqual(file.config.rules, [["TI005", "off"]]);
    assert.equal(file.shipping.metros.find((m) => m.name === "Guayaquil").same_day, true);
    assert.equal(file.shipping.same_day.cutoff_hour.value, 16);
    await screenshot(page, "profile-form-1280", { fullPage: false });
    await page.getByRole("img", { name: "Código QR del enlace del perfil" }).scrollIntoViewIfNeeded();
    await screenshot(page, "profile-qr-1280", { fullPage: false });
    await axeClean(page, "profile form");
    assert.deepEqual(trainer.problems(), []);
  } finally {
    await trainer.browser.close();
  }

  const participant = await openApp(server.origin);
  try {
    const { page } = participant;
    const promo = page.locator(".listo-diag", { hasText: "palabras de promoción" });
    await page.getByLabel("Título", { exact: true }).fill("Celular Samsung OFERTA Galaxy A15");
    await promo.first().waitFor();
    // From Guayaquil, a small box: same day is not offered there by default.
    for (const [label, value] of [["Ciudad de origen", "Guayaquil"], ["Peso", "1 kg"], ["Largo", "20"], ["Ancho", "15"], ["Alto", "10"]]) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    const sameDay = page.getByTestId("shipping-card").locator(".listo-mode").first();
    await page.waitForFunction(() => document.querySelector("[data-testid=shipping-card] .listo-mode")?.className.includes("not-eligible"));
    await page.goto(link);
    const badge = page.getByTestId("profile-badge");
    await badge.getByText("Perfil: Taller Guayaquil").waitFor();
    await page.getByLabel("Título", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "Celular Samsung OFERTA Galaxy A15", "the draft is untouched");
    assert.equal(await promo.count(), 0, "TI005 is off under the profile");
    // The verdicts module checks with the profile too: same day from Guayaquil is now available.
    await page.waitForFunction(() => / listo-mode--eligible/.test(document.querySelector("[data-testid=shipping-card] .listo-mode")?.className ?? ""));
    assert.match(await sameDay.innerText(), /Envío en el día/);
    await screenshot(page, "profile-applied-360", { fullPage: false });
    await axeClean(page, "editor with a profile");
    // Kept across a reload.
    await page.reload();
    await badge.getByText("Perfil: Taller Guayaquil").waitFor();
    assert.equal(await promo.count(), 0);
    await badge.getByRole("button", { name: "Volver a los valores por defecto" }).click();
    await badge.waitFor({ state: "detached" });
    await promo.first().waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=shipping-card] .listo-mode")?.className.includes("not-eligible"));
    await page.reload();
    await page.getByLabel("Título", { exact: true }).waitFor();
    await promo.first().waitFor();
    assert.equal(await page.getByTestId("profile-badge").count(), 0);
    assert.deepEqual(participant.problems(), []);
  } finally {
    await participant.browser.close();
  }
});
