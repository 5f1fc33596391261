import { chromium } from "playwright-core";
import { serveDir } from "./tools/serve.mjs";
const s = await serveDir("/tmp/pwa-dist");
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage();
await p.goto(s.origin + "/");
await p.getByLabel("Título", { exact: true }).waitFor();
await p.evaluate(() => navigator.serviceWorker.ready);
await p.reload();
await p.getByLabel("Título", { exact: true }).waitFor();
console.log("controlled", await p.evaluate(() => !!navigator.serviceWorker.controller));
const cdp = await p.context().newCDPSession(p);
console.log(JSON.stringify(await cdp.send("Page.getInstallabilityErrors")));
const m = await cdp.send("Page.getAppManifest"); console.log(m.url, m.errors, m.manifestId);
try { const r = await cdp.send("PWA.install", { manifestId: m.manifestId ?? s.origin + "/" }); console.log("install", r); } catch (e) { console.log("install err", e.message); }
try { const r = await cdp.send("PWA.openCurrentPageInApp", { manifestId: m.manifestId ?? s.origin + "/" }); console.log("open", r); } catch (e) { console.log("open err", e.message); }
await new Promise(r=>setTimeout(r,2000));
for (const pg of b.contexts().flatMap(c=>c.pages())) console.log(pg.url(), await pg.evaluate(() => matchMedia("(display-mode: standalone)").matches));
await b.close(); await s.close();
