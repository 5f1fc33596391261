// Journeys for what loads after the first render: the category data and the rules module.
// The editor works before they arrive, says what it is waiting for, gives no category verdict on
// data it does not have, and explains a damaged download.
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

const title = (page) => page.getByLabel("Título", { exact: true });
const panel = (page) => page.locator("#panel");

test("before the category data arrives the editor checks, says it is loading, and gives no category verdict", async () => {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.origin);
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/catalog-[0-9a-f]{12,16}\.txt$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.origin + "/");
    await title(page).fill("Celular Samsung Galaxy A15 128 GB");
    await page.getByLabel("Categoría", { exact: true }).fill("MEC1055");
    await page.getByTestId("category-loading").getByText("Cargando categorías").waitFor();
    // Live checks run (the price is missing) but no category rule speaks yet.
    await panel(page).getByText("Falta el precio").waitFor();
    assert.equal(await panel(page).getByText(/^CA0\d\d$/).count(), 0);
    assert.equal(await page.getByTestId("category-card").locator(".listo-category__item").count(), 0, "no suggestion yet");
    release();
    await page.getByTestId("category-loading").waitFor({ state: "detached" });
    await page.getByTestId("category-card").locator(".listo-category__item").first().waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("before the verdicts module arrives the shipping card says so and no shipping rule speaks; then they do", async () => {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.origin);
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/listo-verdicts-[0-9a-f]{12,16}_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.origin + "/");
    await title(page).fill("Balanceado para perro adulto 15 kg");
    await page.getByLabel("Peso", { exact: true }).fill("45 kg");
    await page.getByTestId("shipping-card").getByText("Calculando envío").waitFor();
    await panel(page).getByText("Falta el precio").waitFor();
    assert.equal(await panel(page).getByText(/^(SH|CA)0\d\d$/).count(), 0, "no verdict without the module");
    release();
    // The module draws the shipping card and the shipping rules speak about the 45 kg package.
    await page.getByTestId("shipping-card").locator(".listo-mode").first().waitFor();
    await panel(page).getByText(/^SH0\d\d$/).first().waitFor();
    await page.getByTestId("category-card").locator(".listo-category__item").first().waitFor();
    assert.equal(await page.getByTestId("shipping-card").count(), 1, "one shipping card");
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("a damaged category file gets a clear message and the editor keeps working", async () => {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.origin);
    await page.route(/catalog-[0-9a-f]{12,16}\.txt$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("Celulares", "Celularez");
      await route.fulfill({ response, body });
    });
    await page.goto(server.origin + "/");
    await page.getByTestId("category-loading").getByText("llegó dañado").waitFor();
    await title(page).fill("Perfume floral 100 ml");
    await panel(page).getByText("Falta el precio").waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("the rules page loads its module on demand and renders every rule in the chosen language", async () => {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.origin);
    const requested = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(server.origin + "/");
    await title(page).waitFor();
    assert.ok(!requested.some((p) => p.includes("listo-rules")), "the rules module is not part of the first load");
    await page.getByRole("link", { name: "Reglas" }).click();
    await page.locator("#regla-TI002 h3").getByText("El título es demasiado largo").waitFor();
    assert.ok(requested.some((p) => /listo-rules-[0-9a-f]{12,16}_bg\.wasm$/.test(p)));
    const count = await page.getByTestId("rules-catalogue").locator("article").count();
    assert.ok(count >= 50, `rules rendered: ${count}`);
    await page.getByRole("button", { name: /Idioma/ }).click();
    await page.locator("#regla-TI002 h3").getByText("The title is too long").waitFor();
    await page.getByText("Por qué / Why").first().waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});
