// Journeys for Mercado Libre's language: the live panel's "Así te verá Mercado Libre" and
// pasting an error Mercado Libre returned. Each asserts no console errors, no page errors and
// no request to another origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, openApp, screenshot } from "./harness.mjs";
import { fillPhoneListing } from "./seller.mjs";

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const start = (viewport) => openApp(server.origin, viewport);

const mlCard = (page) => page.getByTestId("ml-quality");
const mlLevel = (page) => page.getByTestId("ml-level");

test("“Así te verá Mercado Libre” follows the draft, says the weights are an estimate, and names the field and rule", async () => {
  const { browser, page, problems } = await start();
  try {
    await mlCard(page).getByRole("heading", { name: "Así te verá Mercado Libre" }).waitFor();
    assert.match(await mlLevel(page).innerText(), /Básica/);
    assert.match(await mlCard(page).innerText(), /estimación de Listo/);

    await fillPhoneListing(page);
    await mlLevel(page).getByText("Profesional").waitFor({ timeout: 5000 }).catch(async () => {
      assert.fail(`not Profesional; the card says:\n${await mlCard(page).innerText()}`);
    });

    // One unit in stock: STOCK_DEPOSITO is not met and the level drops.
    await page.getByLabel("Cantidad disponible", { exact: true }).fill("1");
    await mlLevel(page).getByText("Estándar").waitFor();
    const details = mlCard(page).locator("summary");
    await details.focus();
    await page.keyboard.press("Enter");
    await mlCard(page).getByRole("heading", { name: "Datos del producto" }).waitFor();
    await mlCard(page).getByRole("heading", { name: "Condiciones de venta" }).waitFor();
    const stock = mlCard(page).locator('[data-goal="STOCK_DEPOSITO"]');
    assert.match(await stock.innerText(), /pendiente/);
    assert.match(await mlCard(page).locator('[data-goal="FINANCING"]').innerText(), /no se sabe/);
    assert.match(await stock.innerText(), /Campo: Cantidad disponible/);
    await screenshot(page, "ml-quality-360");
    await stock.getByRole("link", { name: /¿Por qué\? \(LI006\)/ }).click();
    await page.locator("#regla-LI006").waitFor();
    await page.goto(server.origin + "/#");
    await mlCard(page).waitFor();

    await page.getByRole("button", { name: "English" }).first().click();
    await mlCard(page).getByRole("heading", { name: "How Mercado Libre will see you" }).waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("pasting a Mercado Libre error names the field, says what to do and links the rule", async () => {
  const { browser, page, problems } = await start({ width: 1280, height: 900 });
  try {
    await page.getByTestId("ml-errors").locator("summary").click();
    const box = page.getByLabel("Error que te devolvió Mercado Libre", { exact: true });
    await box.focus();
    await page.keyboard.insertText(
      JSON.stringify({
        message: "Validation error",
        error: "validation_error",
        status: 400,
        cause: [
          { code: "item.attributes.missing_required", message: "The attributes [BRAND, MODEL] are required for category MEC1055." },
          { code: "item.title.something_new", message: "Title problem" },
        ],
      }),
    );
    const panel = page.getByTestId("ml-errors");
    const known = panel.locator(".listo-diag", { hasText: "item.attributes.missing_required" });
    await known.waitFor();
    assert.match(await known.innerText(), /Campo: Marca/);
    assert.match(await known.innerText(), /Características/);
    const unknown = panel.locator(".listo-diag", { hasText: "item.title.something_new" });
    assert.match(await unknown.innerText(), /aún no conoce/);
    assert.match(await unknown.innerText(), /Campo: Título/);
    await screenshot(page, "ml-error-1280");

    await known.getByRole("link", { name: /¿Por qué\? \(CA005\)/ }).click();
    await page.locator("#regla-CA005").waitFor();

    await page.goto(server.origin + "/#");
    await page.getByTestId("ml-errors").locator("summary").click();
    const again = page.getByLabel("Error que te devolvió Mercado Libre", { exact: true });
    await again.fill("Hola, no pude publicar");
    await page.getByTestId("ml-errors").getByText("No encontramos ningún código").waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});
