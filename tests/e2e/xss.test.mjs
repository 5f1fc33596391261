// User text is shown as text. Every payload of tests/e2e/xss-payloads.txt goes into every place a
// seller's or a stranger's text reaches the page: the title, the description, attribute values,
// a bulk file's name and its CSV and XLSX cells, a shared link (#compartido=), a profile name
// (#perfil=) and a pasted Mercado Libre error. Run twice: with the Content-Security-Policy as
// shipped, and with it removed (header and meta tag, tools/serve.mjs `withoutCsp`), which proves
// the rendering itself is safe, not only the policy. Each run asserts the canary never fires, no
// dialog opens, no element a payload carries exists in the DOM, and the harness saw no problem
// (console errors, CSP violations, requests to another origin).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, openPage } from "./harness.mjs";
import { serveDir } from "../../tools/serve.mjs";
import { windows1252, xlsx, HEADER, row } from "./bulk-files.mjs";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const PAYLOADS = readFileSync(new URL("./xss-payloads.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"));
const servers = [];
after(async () => {
  for (const s of servers) await s.close();
});

/** Whatever a payload would leave behind if it were parsed as markup or run as script. */
async function assertSafe(page, dialogs, where) {
  await page.waitForTimeout(150);
  const found = await page.evaluate(() => {
    const bad = [];
    if (window.__xss !== undefined || window.parent.__xss !== undefined) bad.push("the canary window.__xss was set");
    const selector = [
      "img[onerror]", "img[src='x']", "svg[onload]", "iframe", "frame", "object", "embed", "base", "math", "marquee", "video",
      "[onload]", "[onerror]", "[onclick]", "[onmouseover]", "[onfocus]", "[onblur]", "[onbegin]", "[onstart]", "[ontoggle]", "[srcdoc]",
      "a[href^='javascript:' i]", "form[action^='javascript:' i]", "img[src^='javascript:' i]", "style", "[style*='evil']",
      "script:not([src])", "meta[http-equiv='refresh' i]", "x[contenteditable]",
    ].join(",");
    for (const el of document.querySelectorAll(selector)) bad.push(`element: ${el.outerHTML.slice(0, 120)}`);
    for (const el of document.querySelectorAll("script[src], link[href]")) {
      const url = new URL(el.getAttribute("src") ?? el.getAttribute("href"), location.href);
      if (url.origin !== location.origin && url.protocol !== "data:") bad.push(`outside file: ${el.outerHTML.slice(0, 120)}`);
    }
    return bad;
  });
  assert.deepEqual([...found, ...dialogs.map((m) => `dialog: ${m}`)], [], `after ${where}`);
}

/** A CSV (semicolons, Windows-1252) with one row per payload in the title, description, brand,
 * model and photo columns. */
function payloadRows() {
  return PAYLOADS.map((p, i) => {
    const r = row(i);
    r[0] = p;
    r[6] = `Descripción ${i}: ${p}`;
    r[7] = p;
    r[8] = p;
    r[14] = p;
    return r;
  });
}
function payloadCsv() {
  const quote = (f) => (/[;"\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  return windows1252([HEADER, ...payloadRows()].map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n");
}

for (const withoutCsp of [false, true]) {
  const mode = withoutCsp ? "without the CSP (the rendering alone)" : "with the CSP as shipped";
  test(`every XSS payload in every place user text reaches is shown as text, ${mode}`, async () => {
    const server = await serveDir(DIST, { withoutCsp });
    servers.push(server);
    const browser = await launch({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(browser.context, server.origin);
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    try {
      await page.goto(server.origin + "/");
      await page.getByRole("heading", { name: "Listo" }).waitFor();
      const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null);
      if (withoutCsp) assert.equal(policy, null, "the policy was removed for this run");
      else assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
      const field = (label) => page.getByLabel(label, { exact: true });

      // Editor: each payload as the title; all of them in the description and attributes.
      await field("Categoría").fill("MEC1055");
      for (const p of PAYLOADS) {
        await field("Título").fill(p);
        await page.getByTestId("score").waitFor();
      }
      await assertSafe(page, dialogs, "titles");
      await field("Título").fill(`Celular ${PAYLOADS[0]} ${PAYLOADS[5]}`);
      await field("Descripción").fill(PAYLOADS.join("\n"));
      await field("Marca").fill(PAYLOADS[1]);
      await field("Modelo").fill(PAYLOADS[6]);
      await field("Ciudad de origen").fill(PAYLOADS[0]);
      const color = field("Color");
      if ((await color.count()) && (await color.evaluate((el) => el.tagName)) === "INPUT") await color.fill(PAYLOADS[7]);
      await assertSafe(page, dialogs, "the description and attribute values");

      // A pasted Mercado Libre error: as JSON with payload messages and codes, then as raw text.
      await page.getByTestId("ml-errors").locator("summary").click();
      const box = field("Error que te devolvió Mercado Libre");
      const cause = PAYLOADS.map((p, i) => ({ code: i % 2 ? "item.attributes.missing_required" : p, message: p }));
      await box.fill(JSON.stringify({ message: PAYLOADS[3], error: PAYLOADS[0], status: 400, cause }));
      await page.getByTestId("ml-errors").locator(".listo-diag").first().waitFor();
      await assertSafe(page, dialogs, "a pasted error (JSON)");
      await box.fill(PAYLOADS.join("\n"));
      await page.waitForTimeout(300);
      await assertSafe(page, dialogs, "a pasted error (text)");

      // This listing as a shared link, opened as a phone would.
      await page.getByTestId("share").locator("summary").click();
      const linkField = field("Enlace de esta publicación");
      await linkField.waitFor();
      const shared = await linkField.inputValue();
      await page.goto(shared);
      await page.getByTestId("shared-preview").waitFor();
      assert.equal(await field("Descripción").inputValue(), PAYLOADS.join("\n"), "the link carried the payloads");
      await assertSafe(page, dialogs, "a shared link");
      // A stranger's link with a broken payload in the fragment.
      await page.goto(`${server.origin}/#compartido=${encodeURIComponent(PAYLOADS[0])}`);
      await page.getByTestId("link-error").waitFor();
      await assertSafe(page, dialogs, "a broken shared link");

      // Bulk import: payload file names, a CSV and an XLSX whose cells are payloads.
      await page.goto(server.origin + "/#catalogo");
      const file = page.getByLabel("Archivo de publicaciones");
      const summary = page.getByTestId("bulk-summary");
      await file.setInputFiles({ name: `${PAYLOADS[0]}.csv`, mimeType: "text/csv", buffer: payloadCsv() });
      await summary.getByText(`${PAYLOADS.length} publicaciones revisadas`).waitFor({ timeout: 20000 });
      await page.getByTestId("bulk-cells").waitFor();
      await assertSafe(page, dialogs, "a CSV of payloads");
      await file.setInputFiles({ name: `${PAYLOADS[1]}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx([{ name: "Hoja1", rows: [HEADER, ...payloadRows().slice(1)] }]) });
      await summary.getByText(`${PAYLOADS.length - 1} publicaciones revisadas`).waitFor({ timeout: 20000 });
      await assertSafe(page, dialogs, "an XLSX of payloads");
      for (const p of PAYLOADS.filter((p) => !p.includes("/")).slice(0, 6)) {
        await file.setInputFiles({ name: `${p}.json`, mimeType: "application/json", buffer: Buffer.from(p) });
        await page.waitForTimeout(300);
      }
      await assertSafe(page, dialogs, "payload file names (broken files)");

      // Profile names (up to 60 characters), each through its #perfil= link.
      for (const p of PAYLOADS.filter((p) => p.length <= 60).slice(0, 4)) {
        await page.goto(server.origin + "/");
        await page.getByRole("heading", { name: "Listo" }).waitFor();
        await page.getByRole("link", { name: "Perfil" }).click();
        await field("Nombre del perfil").fill(p);
        await page.waitForFunction(() => document.querySelector("#profile-link")?.value.includes("#perfil="));
        await assertSafe(page, dialogs, `the profile form (${p})`);
        const link = await field("Enlace del perfil").inputValue();
        await page.goto(link);
        await page.getByTestId("profile-badge").waitFor();
        const shown = await page
          .waitForFunction((name) => document.querySelector('[data-testid="profile-badge"]')?.textContent.includes(name), p.trim(), { timeout: 10000 })
          .then(() => true, () => false);
        assert.ok(shown, `the badge shows the name as text: ${await page.getByTestId("profile-badge").innerText()}`);
        await assertSafe(page, dialogs, `a profile link (${p})`);
      }
      assert.deepEqual(problems(), []);
    } finally {
      await browser.close();
    }
  });
}
