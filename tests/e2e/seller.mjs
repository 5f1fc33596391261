// What a seller types: a complete phone listing, shared by the journeys and the measurements.
import { png } from "./images.mjs";

/** EAN-13 with its check digit. */
function ean13(first12) {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return first12 + ((10 - (sum % 10)) % 10);
}

export async function fillPhoneListing(page) {
  const field = (label) => page.getByLabel(label, { exact: true });
  await field("Título").fill("Celular Samsung Galaxy A15 128 GB Negro Dual SIM");
  await field("Categoría").fill("MEC1055");
  await field("Precio (USD)").fill("189,90");
  await field("Cantidad disponible").fill("5");
  await field("Condición").selectOption("new");
  await field("Tipo de publicación").selectOption("gold_special");
  await field("Descripción").fill(
    "Celular Samsung Galaxy A15 nuevo, en caja sellada. Pantalla de 6,5 pulgadas, 128 GB de almacenamiento y 4 GB de RAM. " +
      "Incluye cargador y cable USB-C. Factura a nombre del comprador.",
  );
  await page.locator("#field-pictures").setInputFiles(
    ["frente", "atras", "lado"].map((name) => ({ name: `${name}.png`, mimeType: "image/png", buffer: png(1200, 1200) })),
  );
  await page.locator(".listo-picture").nth(2).waitFor();
  await field("Marca").fill("Samsung");
  await field("Modelo").fill("Galaxy A15");
  await field("Código de barras (GTIN/EAN)").fill(ean13("880609123456"));
  for (const [label, value] of [
    ["Color", "Negro"],
    ["Es Dual SIM", "Sí"],
    ["Compañía telefónica", "Liberado"],
  ]) {
    const input = page.getByLabel(label, { exact: true });
    if (await input.count()) {
      if ((await input.evaluate((el) => el.tagName)) === "SELECT") await input.selectOption({ label: value });
      else await input.fill(value);
    }
  }
  await field("Tipo de garantía").selectOption("Garantía de fábrica");
  await field("Tiempo de garantía").fill("12 meses");
  await field("Peso").fill("0,45 kg");
  await field("Largo").fill("18");
  await field("Ancho").fill("10");
  await field("Alto").fill("6");
  await field("Ciudad de origen").fill("Quito");
}


/** Opens the drafts box (folded under one line so the title is on a phone's first screen). */
export async function openDrafts(page) {
  const drafts = page.getByTestId("drafts");
  if ((await drafts.getAttribute("open")) === null) await drafts.locator("summary").click();
}
