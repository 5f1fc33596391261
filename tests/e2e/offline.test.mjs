// Journey: after a first visit, the app opens with no connection, drafts included.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, openPage } from "./harness.mjs";

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

test("after the first visit the app works offline, lazy data and modules included", async () => {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.origin);
    await page.goto(server.origin + "/");
    await page.getByLabel("Título", { exact: true }).fill("Cama para perro mediana");
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Reload once so the page is controlled and every asset has passed through the worker.
    await page.reload();
    await page.getByLabel("Título", { exact: true }).waitFor();
    await browser.context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { name: "Listo" }).waitFor();
    assert.equal(await page.getByLabel("Título", { exact: true }).inputValue(), "Cama para perro mediana");
    // The lazily loaded catalog came from the service worker's cache: suggestions still work.
    await page.getByLabel("Título", { exact: true }).fill("Croquetas balanceado para gato adulto 3 kg");
    const suggestions = page.getByTestId("category-card").locator(".listo-category__item");
    await suggestions.first().waitFor();
    assert.match(await suggestions.first().innerText(), /Mascotas/);
    // So does the on-demand rules module.
    await page.goto(server.origin + "/#reglas");
    await page.locator("#regla-TI001").waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});
