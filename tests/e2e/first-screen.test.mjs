// Journey: a seller opens Listo for the first time and types a title that is too long.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, openPage, screenshot } from "./harness.mjs";

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("first screen is in Spanish and a 70-character title shows the count and the message", async () => {
  const { page, problems } = await openPage(browser.context, server.origin);
  await page.goto(server.origin + "/");
  await page.getByRole("heading", { name: "Listo" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "es-EC");

  const title = page.getByLabel("Título", { exact: true });
  await title.fill("a".repeat(70));
  await page.locator("#field-title-count").filter({ hasText: "70 / 60" }).waitFor();
  const messages = await page.locator("#field-title-msgs").innerText();
  assert.match(messages, /70 caracteres/);
  assert.match(messages, /máximo es 60/);
  await screenshot(page, "first-screen-long-title-360");

  assert.deepEqual(problems(), []);
});
