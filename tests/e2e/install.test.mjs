// Journey: Listo is an installable app (docs/install.md). The manifest has what Chromium and the
// issue ask for; every icon loads at its declared size; Chromium reports no installability error
// once a service worker controls the page, and accepts the install; "Instalar Listo" appears only
// when the browser offers installation; the app started from its start_url with no connection
// opens on the editor with the last draft; and a screenshot of the installed app's window.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist, launch, openPage, screenshot } from "./harness.mjs";

const ASSETS = new URL("../../assets/", import.meta.url).pathname;
/** A PNG's width and height, from its IHDR chunk (bytes 16–23). */
const pngSize = (buf) => {
  assert.equal(buf.subarray(1, 4).toString("latin1"), "PNG", "a PNG file");
  return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
};

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

test("the icons kept in the repo have the sizes the manifest declares", () => {
  const manifest = JSON.parse(readFileSync(ASSETS + "manifest.webmanifest", "utf8"));
  for (const icon of manifest.icons) assert.equal(pngSize(readFileSync(ASSETS + icon.src)), icon.sizes, icon.src);
});

test("installable: manifest, icons, a controlling service worker, the install button, an offline start", async (t) => {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.origin);
    await page.goto(server.origin + "/");
    const title = page.getByLabel("Título", { exact: true });
    await title.fill("Mochila escolar impermeable azul");

    // The manifest, as the page links it.
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifestUrl = new URL(href, server.origin + "/").href;
    const response = await page.request.get(manifestUrl);
    assert.equal(response.headers()["content-type"], "application/manifest+json");
    const manifest = await response.json();
    assert.equal(manifest.short_name, "Listo");
    assert.match(manifest.name, /^Listo/);
    assert.match(manifest.description, /Mercado Libre/);
    assert.equal(manifest.lang, "es-EC");
    assert.equal(manifest.display, "standalone");
    // Relative, so the app installs from any host or sub-path.
    for (const key of ["start_url", "scope", "id"]) assert.equal(manifest[key], "./", key);
    const css = readFileSync(new URL("../../style/main.css", import.meta.url), "utf8");
    assert.ok(css.includes(`--brand: ${manifest.theme_color};`), "theme colour is the app's brand colour");
    assert.ok(css.includes(`--canvas: ${manifest.background_color};`), "background colour is the app's canvas");
    assert.equal(await page.locator('meta[name="theme-color"]').getAttribute("content"), manifest.theme_color);

    // Every icon loads, at its declared size, and there are 192, 512 and a maskable one.
    const declared = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
    assert.deepEqual(declared, ["192x192 any", "512x512 any", "512x512 maskable"]);
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, manifestUrl).href;
      const png = await page.request.get(url);
      assert.equal(png.headers()["content-type"], "image/png", icon.src);
      assert.equal(pngSize(await png.body()), icon.sizes, icon.src);
      const natural = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, url);
      assert.equal(natural, icon.sizes, `${icon.src} decoded in the browser`);
    }

    // A service worker controls the page (after the reload that follows the first visit).
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await title.waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.state), "activated");

    // Chromium's own installability check, then "Instalar Listo" appears only when offered.
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    const parsed = await cdp.send("Page.getAppManifest");
    assert.deepEqual(parsed.errors, []);
    const button = page.getByRole("button", { name: "Instalar Listo" });
    assert.equal(await button.count(), 0, "no button before the browser offers installation");
    // Headless Chromium never shows its install offer, so the page gets the event it would.
    const offer = () =>
      page.evaluate(() => {
        const event = new Event("beforeinstallprompt", { cancelable: true });
        event.prompt = () => {
          window.__listoPrompted = (window.__listoPrompted ?? 0) + 1;
          return Promise.resolve();
        };
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    assert.equal(await offer(), true, "the app keeps the offer (no mini-infobar)");
    await button.waitFor();
    await button.click();
    assert.equal(await page.evaluate(() => window.__listoPrompted), 1, "the click opens the browser's install dialog");
    await button.waitFor({ state: "detached" });
    await offer();
    await button.waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event("appinstalled")));
    await button.waitFor({ state: "detached" });

    // Started from the home screen with no connection: the editor, with the last draft, and the
    // manifest and icons from the cache.
    await browser.context.setOffline(true);
    await page.goto(new URL(manifest.start_url, manifestUrl).href);
    await page.getByRole("heading", { name: "Listo" }).waitFor();
    assert.equal(await title.inputValue(), "Mochila escolar impermeable azul");
    const cached = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).status)), [manifestUrl, ...manifest.icons.map((i) => new URL(i.src, manifestUrl).href)]);
    assert.deepEqual(cached, [200, 200, 200, 200]);
    await browser.context.setOffline(false);

    // Installed for real (Chromium's DevTools protocol), then started as an app.
    await cdp.send("PWA.install", { manifestId: new URL(manifest.id, manifestUrl).href });
    const opened = browser.context.waitForEvent("page");
    await cdp.send("PWA.launch", { manifestId: new URL(manifest.id, manifestUrl).href });
    const app = await opened;
    await app.getByLabel("Título", { exact: true }).waitFor();
    assert.equal(await app.getByLabel("Título", { exact: true }).inputValue(), "Mochila escolar impermeable azul");
    // Headless Chromium opens the installed app in a tab (display-mode "browser") and
    // Emulation.setEmulatedMedia ignores display-mode; ask anyway and say what was shown.
    const appCdp = await browser.context.newCDPSession(app);
    await appCdp.send("Emulation.setEmulatedMedia", { features: [{ name: "display-mode", value: "standalone" }] }).catch(() => {});
    const standalone = await app.evaluate(() => matchMedia("(display-mode: standalone)").matches);
    t.diagnostic(`installed app window: display-mode standalone ${standalone ? "applied" : "not applied by headless Chromium (screenshot shows the app page)"}`);
    await screenshot(app, standalone ? "install-standalone-360" : "install-launched-360", { fullPage: false });
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});
