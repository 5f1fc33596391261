// Journey: the browser's storage fails in each way it can, and the seller sees it and loses
// nothing (src/ui/state/storage.rs, drafts.rs, merge.rs; notices in components/storage_notice.rs).
// - quota exceeded: setItem for the drafts throws QuotaExceededError;
// - storage disabled: the localStorage getter itself throws;
// - drafts written by a newer Listo: set aside untouched, with their own message;
// - two tabs at once: a draft created in one is not dropped by the other's next save.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, openApp, launch, openPage } from "./harness.mjs";
import { openDrafts } from "./seller.mjs";

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const KEY = "listo.drafts.v1";

test("a full storage says so and the typed draft stays on screen", async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser.context, server.origin);
    await page.addInitScript((key) => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === key) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return real.call(this, k, v);
      };
    }, KEY);
    await page.goto(server.origin + "/");
    const title = page.getByLabel("Título", { exact: true });
    await title.fill("Lámpara de escritorio LED");
    const warning = page.getByTestId("storage-warning");
    await warning.waitFor();
    assert.match(await warning.innerText(), /almacenamiento del navegador está lleno/);
    assert.equal(await title.inputValue(), "Lámpara de escritorio LED");
  } finally {
    await browser.close();
  }
});

test("a browser that refuses storage says so and the editor still works", async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser.context, server.origin);
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    });
    await page.goto(server.origin + "/");
    const warning = page.getByTestId("storage-warning");
    await warning.waitFor();
    assert.match(await warning.innerText(), /no deja guardar/);
    const title = page.getByLabel("Título", { exact: true });
    await title.fill("Mesa plegable");
    assert.equal(await title.inputValue(), "Mesa plegable");
  } finally {
    await browser.close();
  }
});

test("drafts from a newer version are set aside untouched, with their own message", async () => {
  const { browser, page } = await openApp(server.origin);
  try {
    const future = JSON.stringify({ version: 9, drafts: [{ id: 1, name: "Del futuro", listing: { title: "Radio" } }], current: 1, next_id: 2 });
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, future]);
    await page.reload();
    const notice = page.getByTestId("storage-recovered");
    await notice.waitFor();
    assert.match(await notice.innerText(), /versión más nueva de Listo/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("listo.drafts.unreadable.")).map((k) => localStorage.getItem(k)),
    );
    assert.ok(kept.includes(future), JSON.stringify(kept));
  } finally {
    await browser.close();
  }
});

test("two tabs: a draft created in one survives the other's next save", async () => {
  const { browser, page: a } = await openApp(server.origin);
  try {
    const b = await browser.context.newPage();
    await b.goto(server.origin + "/");
    await b.getByRole("heading", { name: "Listo" }).waitFor();
    // Tab A makes a new draft and types in it.
    await openDrafts(a);
    await a.getByRole("button", { name: "Nuevo", exact: true }).click();
    await a.getByLabel("Título", { exact: true }).fill("Bicicleta de montaña aro 29");
    await a.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes("Bicicleta"), KEY);
    // Tab B hears of it, then saves its own edit.
    await b.getByTestId("storage-merged").waitFor();
    await b.getByLabel("Título", { exact: true }).fill("Guitarra acústica");
    await b.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes("Guitarra"), KEY);
    const stored = await b.evaluate((k) => localStorage.getItem(k), KEY);
    assert.match(stored, /Bicicleta de montaña aro 29/);
    assert.match(stored, /Guitarra acústica/);
  } finally {
    await browser.close();
  }
});

test("two tabs on the same draft: the other tab is warned instead of losing a version silently", async () => {
  const { browser, page: a } = await openApp(server.origin);
  try {
    const b = await browser.context.newPage();
    await b.goto(server.origin + "/");
    await b.getByRole("heading", { name: "Listo" }).waitFor();
    // Both tabs have the same draft open; A types in it.
    await a.getByLabel("Título", { exact: true }).fill("Licuadora Oster 600 W");
    await a.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes("Licuadora"), KEY);
    const warning = b.getByTestId("storage-same-draft");
    await warning.waitFor();
    assert.match(await warning.innerText(), /mismo borrador cambió en otra pestaña/);
    // A's own tab, which wrote last, is not warned.
    assert.equal(await a.getByTestId("storage-same-draft").count(), 0);
    // The warning can be dismissed from the keyboard.
    await warning.getByRole("button", { name: "Entendido" }).focus();
    await b.keyboard.press("Enter");
    await warning.waitFor({ state: "detached" });
  } finally {
    await browser.close();
  }
});
