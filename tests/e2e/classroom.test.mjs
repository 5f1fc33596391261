// Journey: the classroom server (`./x classroom`, tools/classroom.mjs) on loopback. The app loads
// through it compressed; nothing outside dist/ is served, even by raw requests that fetch would
// normalise; it publishes its LAN address, which share links and the presenter's QR code use
// instead of 127.0.0.1; the projector page shows the QR code; Ctrl-C stops it with exit code 0.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, screenshot } from "./harness.mjs";
import { startClassroom, rawGet, LAN } from "./classroom-server.mjs";

let room;
before(async () => {
  room = await startClassroom();
});
after(async () => {
  if (room?.child.exitCode === null) await room.stop("SIGTERM");
});

test("the app loads through the classroom server, compressed, and links point to its LAN address", async () => {
  assert.match(room.url, new RegExp(`^http://${LAN.replaceAll(".", "\\.")}:\\d+/$`));
  const origin = room.local.replace(/\/$/, "");
  const browser = await launch({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, problems } = await openPage(browser.context, origin);
    const encodings = new Map();
    page.on("response", (r) => encodings.set(new URL(r.url()).pathname, r.headers()["content-encoding"]));
    await page.goto(room.local);
    await page.getByLabel("Título", { exact: true }).fill("Cama para perro mediana lavable");
    const wasm = [...encodings.keys()].filter((p) => p.endsWith(".wasm"));
    assert.ok(wasm.length >= 1, "the first-load wasm came through the server");
    for (const path of ["/", ...wasm]) assert.match(String(encodings.get(path)), /^(br|gzip)$/, `${path} compressed`);

    // "Compartir" makes the link from the classroom's address, not the page's 127.0.0.1.
    await page.getByTestId("share").locator("summary").click();
    const field = page.getByLabel("Enlace de esta publicación", { exact: true });
    await page.waitForFunction((u) => document.querySelector("#share-link")?.value.startsWith(u), `${room.url}#compartido=`);
    assert.ok((await field.inputValue()).startsWith(`${room.url}#compartido=`));

    // So does the presenter's QR code for the class.
    await page.evaluate(() => (location.hash = "#taller/presentar/celular-samsung-a15"));
    const presenter = page.getByTestId("presenter");
    await presenter.getByTestId("presenter-score").waitFor();
    await page.keyboard.press("c");
    await presenter.getByRole("img", { name: "Código QR de esta publicación" }).waitFor();
    const link = await presenter.getByTestId("presenter-link").getAttribute("href");
    assert.ok(link.startsWith(`${room.url}#compartido=`), link);
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("a phone on the classroom's plain-http address has no clipboard: Copiar enlace says to copy by hand", async () => {
  const origin = room.local.replace(/\/$/, "");
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, origin);
    // Browsers give no navigator.clipboard to http://<lan-ip> pages; 127.0.0.1 counts as secure,
    // so the phone's view is made here by taking it away.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await page.goto(room.local);
    assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
    await page.getByLabel("Título", { exact: true }).fill("Cama para perro mediana lavable");
    await page.getByTestId("share").locator("summary").click();
    await page.getByRole("button", { name: "Copiar enlace" }).click();
    await page.getByTestId("share").getByText(/No se pudo copiar solo: el enlace está seleccionado/).waitFor();
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("nothing outside dist/ is served, however the path is written", async () => {
  for (const path of ["/../Cargo.toml", "/%2e%2e/Cargo.toml", "/%2E%2E%2FCargo.toml", "/assets/..%2f..%2fCargo.toml", "//etc/passwd", "/..%5cCargo.toml"]) {
    const { status, text } = await rawGet(room.local, path);
    assert.equal(status, 404, path);
    assert.doesNotMatch(text, /\[package\]|root:/, path);
  }
  // A real file still comes.
  assert.equal((await rawGet(room.local, "/manifest.webmanifest")).status, 200);
});

test("the classroom's address file and the projector page", async () => {
  const json = await fetch(`${room.local}listo-classroom.json`, { headers: { "accept-encoding": "br" } });
  assert.equal(json.headers.get("content-type"), "application/json");
  assert.equal(json.headers.get("cache-control"), "no-cache");
  assert.deepEqual(await json.json(), { url: room.url });

  const browser = await launch({ viewport: { width: 1920, height: 1080 } });
  try {
    const { page, problems } = await openPage(browser.context, room.local.replace(/\/$/, ""));
    await page.goto(`${room.local}aula`);
    await page.getByRole("heading", { name: "Abre Listo en tu celular" }).waitFor();
    const qr = page.getByRole("img", { name: `Código QR de ${room.url}` });
    assert.equal(await qr.locator("svg").count(), 1);
    const box = await qr.boundingBox();
    assert.ok(box.width >= 500, `QR big enough for a projector: ${box.width}px`);
    assert.match(await page.locator(".url").innerText(), new RegExp(`${LAN.replaceAll(".", "\\.")}:\\d+`));
    await screenshot(page, "classroom-projector-1920", { fullPage: false });
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
  }
});

test("Ctrl-C stops the server cleanly", async () => {
  const { code, signal, out } = await room.stop("SIGINT");
  assert.equal(signal, null);
  assert.equal(code, 0);
  assert.match(out, /Detenido \(SIGINT\)/);
  await assert.rejects(fetch(room.local));
});
