// Private and locked down: one seller's and trainer's whole visit (the editor, a pasted Mercado
// Libre error, a shared link, "Revisar catálogo" with a CSV and an XLSX, the workshop's gallery
// and presenter, a trainer's profile and its link) records every request the page makes: each
// goes to the app's own origin. The harness also fails the journey on anything the
// Content-Security-Policy refused; a last test shows that it would notice.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, openApp } from "./harness.mjs";
import { fillPhoneListing } from "./seller.mjs";
import { excelCsv, xlsx, HEADER, row } from "./bulk-files.mjs";

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

test("every request of a whole visit goes to the app's own origin, with no CSP violation", async () => {
  const { browser, page, problems, requests } = await openApp(server.origin, { width: 1280, height: 900 });
  try {
    // The editor, a pasted error, the share panel.
    await fillPhoneListing(page);
    await page.getByTestId("ml-errors").locator("summary").click();
    await page.getByLabel("Error que te devolvió Mercado Libre", { exact: true }).fill('{"cause":[{"code":"item.attributes.missing_required","message":"The attributes [BRAND] are required."}]}');
    await page.getByTestId("ml-errors").locator(".listo-diag", { hasText: "item.attributes.missing_required" }).waitFor();
    await page.getByTestId("share").locator("summary").click();
    await page.getByRole("img", { name: "Código QR del enlace de esta publicación" }).waitFor();
    const shared = await page.getByLabel("Enlace de esta publicación", { exact: true }).inputValue();

    // A bulk import: a CSV, then an XLSX.
    await page.getByRole("link", { name: "Revisar catálogo" }).click();
    const file = page.getByLabel("Archivo de publicaciones");
    await file.setInputFiles({ name: "catalogo.csv", mimeType: "text/csv", buffer: excelCsv(6) });
    await page.getByTestId("bulk-summary").getByText("6 publicaciones revisadas").waitFor({ timeout: 20000 });
    const book = xlsx([{ name: "Hoja1", rows: [HEADER, row(0), row(1)] }]);
    await file.setInputFiles({ name: "catalogo.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: book });
    await page.getByTestId("bulk-summary").getByText("2 publicaciones revisadas").waitFor({ timeout: 20000 });

    // The workshop: gallery, presenter, one fix, the QR code.
    await page.evaluate(() => (location.hash = "#taller"));
    await page.getByTestId("gallery").locator('[data-example="celular-samsung-a15"]').getByRole("link", { name: /^Presentar/ }).click();
    const presenter = page.getByTestId("presenter");
    await presenter.getByTestId("presenter-score").locator(".ws-score__number").waitFor({ timeout: 20000 });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("f");
    await page.keyboard.press("c");
    await presenter.getByRole("img", { name: "Código QR de esta publicación" }).waitFor();

    // The shared link, as a phone opens it.
    await page.goto(shared);
    await page.getByTestId("shared-preview").waitFor();

    // A trainer's profile, then its link.
    await page.goto(server.origin + "/");
    await page.getByRole("link", { name: "Perfil" }).click();
    await page.getByLabel("Nombre del perfil", { exact: true }).fill("Taller de prueba");
    await page.waitForFunction(() => document.querySelector("#profile-link")?.value.includes("#perfil="));
    const profile = await page.getByLabel("Enlace del perfil", { exact: true }).inputValue();
    await page.goto(profile);
    await page.getByTestId("profile-badge").getByText("Perfil: Taller de prueba").waitFor();
    await page.waitForLoadState("networkidle");

    const all = requests();
    const foreign = all.filter((u) => !u.startsWith(server.origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
    console.log(`# ${all.length} requests, ${new Set(all.map((u) => new URL(u).pathname)).size} distinct paths, ${foreign.length} to another origin`);
    assert.ok(all.some((u) => /listo-bulk-[0-9a-f]{12,16}_bg\.wasm$/.test(u)) && all.some((u) => /listo-workshop-/.test(u)), "the journey reached the modules");
    assert.deepEqual(foreign, [], `requests to another origin:\n${foreign.join("\n")}`);
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("the harness notices what the CSP refuses: an injected inline script neither runs nor goes unseen", async () => {
  const { browser, page, problems } = await openApp(server.origin);
  try {
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__csp_canary = 1";
      document.body.append(s);
      const img = document.createElement("img");
      img.src = "https://example.invalid/pixel.png";
      document.body.append(img);
    });
    await page.waitForFunction(() => true);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.evaluate(() => window.__csp_canary), undefined, "the inline script did not run");
    const seen = problems();
    assert.ok(seen.some((p) => /^CSP violation: script-src-elem refused \(inline\)|^CSP violation: script-src-elem refused inline/.test(p)), seen.join("\n"));
    assert.ok(seen.some((p) => /^CSP violation: img-src refused https:\/\/example\.invalid/.test(p)), seen.join("\n"));
  } finally {
    await browser.close();
  }
});
