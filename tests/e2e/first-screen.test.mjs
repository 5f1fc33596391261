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

test("on a 360×640 phone the title field is on the first screen and the drafts are one tap away", async () => {
  const phone = await launch({ viewport: { width: 360, height: 640 } });
  try {
    const { page, problems } = await openPage(phone.context, server.origin);
    await page.goto(server.origin + "/");
    const title = page.getByLabel("Título", { exact: true });
    await title.waitFor();
    const box = await title.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `title field at y=${box?.y}, height ${box?.height}`);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await screenshot(page, "first-screen-360x640", { fullPage: false });
    // One tap on the drafts summary shows the drafts' actions.
    await page.getByTestId("drafts").locator("summary").click();
    await page.getByRole("button", { name: "Nuevo", exact: true }).waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await phone.close();
  }
});
