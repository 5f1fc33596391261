// Journey: if the app's wasm stops (a trap: a panic in a release build, built with
// -Cpanic=immediate-abort) or never starts (a broken module), the page shows a Spanish message with
// "Exportar mis borradores" (src/ui/crash.js), and that button downloads the drafts read straight
// from localStorage. Two honest triggers, no test-only code in the product:
// 1. a real `WebAssembly.RuntimeError` thrown inside an event, as a trap would be (the release
//    build has no panic hook; a trap reaches the page as exactly this error);
// 2. the real wasm module served corrupted, so the browser itself fails to compile it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist, openApp } from "./harness.mjs";

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const TITLE = "Silla de madera para comedor color nogal";

/** Types a draft and waits until the app has saved it. */
async function typeDraft(page) {
  await page.getByLabel("Título", { exact: true }).fill(TITLE);
  await page.waitForFunction((t) => (localStorage.getItem("listo.drafts.v1") ?? "").includes(t), TITLE);
}

/** Asserts the crash page and that its export holds the typed draft, in the app's export format. */
async function assertCrashPageExports(page) {
  const crash = page.getByTestId("crash");
  await crash.waitFor();
  assert.match(await crash.innerText(), /Algo salió mal en Listo/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exportar mis borradores" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "listo-borradores.json");
  const items = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.ok(Array.isArray(items));
  assert.ok(items.some((item) => item.listing?.title === TITLE && typeof item.name === "string"), JSON.stringify(items));
  assert.ok(await page.getByRole("button", { name: "Recargar / Reload" }).isVisible());
}

test("a wasm trap during an event shows the crash page, and its export holds the typed draft", async () => {
  const { browser, page } = await openApp(server.origin);
  try {
    await typeDraft(page);
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
    await assertCrashPageExports(page);
  } finally {
    await browser.close();
  }
});

test("a wasm module that cannot start shows the crash page, and its export still works", async () => {
  const { browser, page } = await openApp(server.origin);
  try {
    await typeDraft(page);
    // Out of the service worker's way, so the next load fetches the module over the network.
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    });
    await browser.context.route(/\/listo-[0-9a-f]+_bg\.wasm$/, (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm broken module") }),
    );
    await page.reload();
    await assertCrashPageExports(page);
  } finally {
    await browser.close();
  }
});
