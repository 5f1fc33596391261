import { launch, openPage } from "./harness.mjs";
import { serveDir } from "../../tools/serve.mjs";
const s = await serveDir("/tmp/pwa-dist");
const b = await launch();
const { page: p } = await openPage(b.context, s.origin);
await p.goto(s.origin + "/");
await p.getByLabel("Título", { exact: true }).waitFor();
await p.evaluate(() => navigator.serviceWorker.ready);
await p.reload();
await p.getByLabel("Título", { exact: true }).waitFor();
const cdp = await b.context.newCDPSession(p);
console.log(JSON.stringify(await cdp.send("Page.getInstallabilityErrors")));
const m = await cdp.send("Page.getAppManifest"); console.log(m.url, m.errors, JSON.stringify(m).slice(0,300));
const id = s.origin + "/";
try { const r = await cdp.send("PWA.install", { manifestId: id }); console.log("install", r); } catch (e) { console.log("install err", e.message); }
try { const r = await cdp.send("PWA.launch", { manifestId: id }); console.log("launch", r); } catch (e) { console.log("launch err", e.message); }
await new Promise(r=>setTimeout(r,2000));
for (const pg of b.context.pages()) console.log(pg.url(), await pg.evaluate(() => matchMedia("(display-mode: standalone)").matches));
await b.close(); await s.close();
