// In-browser measurement of "Revisar catálogo" (run by `./x bench`, not by the tests), on the
// release build: a 10,000-row CSV read, checked and summarised (target ≤ 1.5 s), and 100,000
// rows with no crash and the tab's memory (target < 400 MB). The files are generated here
// (tests/e2e/bulk-files.mjs: a semicolon CSV in Windows-1252, as Excel in Spanish saves it).
// Figures printed: the module's own time (file read → summary, from its results line), the wall
// time from picking the file to the table on screen, how long the page's main thread was
// blocked at most (long tasks), and the renderer's resident memory (from /proc) and JS heap.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist, launch, openPage } from "./harness.mjs";
import { excelCsv } from "./bulk-files.mjs";

/** Resident memory (MB) of the Chromium renderer processes, the largest one. */
function rendererRssMb() {
  const out = execFileSync("ps", ["-eo", "rss=,args="], { encoding: "utf8" });
  const rss = out
    .split("\n")
    .filter((l) => l.includes("--type=renderer") && !l.includes("--extension-process"))
    .map((l) => Number(l.trim().split(/\s+/)[0]) / 1024);
  return rss.length ? Math.max(...rss) : NaN;
}

async function measure(page, rows) {
  // A file on disk, picked by path as a seller would: a buffer would be copied into the page
  // as base64 by Playwright, which costs the page time and memory no seller pays.
  const buffer = excelCsv(rows);
  const dir = mkdtempSync(join(tmpdir(), "listo-bulk-bench-"));
  const path = join(dir, `catalogo-${rows}.csv`);
  writeFileSync(path, buffer);
  await page.goto(page.url().split("#")[0] + "#catalogo");
  await page.getByLabel(/Archivo de publicaciones/).waitFor();
  // Long tasks: how long the page could not answer a tap.
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rendererRssMb())), 200);
  const started = Date.now();
  await page.getByLabel(/Archivo de publicaciones/).setInputFiles(path);
  // The line names the file, so the previous run's line does not count.
  const line = page.getByTestId("bulk-summary").getByText(new RegExp(`catalogo-${rows}\\.csv: .* publicaciones revisadas en`));
  await line.waitFor({ timeout: 600_000 });
  await page.getByTestId("bulk-table").locator("tbody tr:not(.bulk-spacer)").first().waitFor();
  const wall = Date.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, rendererRssMb());
  const text = await line.innerText();
  const seconds = Number(/en ([\d,]+) s/.exec(text)?.[1].replace(",", "."));
  const longest = await page.evaluate(() => window.__longest);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value / 1e6;
  // The module's own wasm memory: the same ES module instance the app loaded (same URL).
  const wasm = await page.evaluate(async () => {
    const [js] = document.querySelector('meta[name="listo:module:bulk"]').content.split(" ");
    const m = await import(new URL(js, document.baseURI).href);
    return m.memory_bytes() / 1e6;
  });
  rmSync(dir, { recursive: true, force: true });
  return { rows, bytes: buffer.length, seconds, wall, longest, peak, heap, wasm };
}

const server = await serveDist();
const browser = await launch({ viewport: { width: 1280, height: 900 } });
try {
  const { page, problems } = await openPage(browser.context, server.origin);
  await page.goto(server.origin + "/");
  await page.getByRole("heading", { name: "Listo" }).waitFor();
  for (const rows of [10_000, 100_000]) {
    const r = await measure(page, rows);
    console.log(
      `${r.rows.toLocaleString("en-US")} rows (${(r.bytes / 1e6).toFixed(1)} MB CSV): read + checked + summarised in ${r.seconds} s (module), ` +
        `${(r.wall / 1000).toFixed(2)} s from pick to table (wall); ${r.longest ? `longest blocked task ${r.longest.toFixed(0)} ms` : "no task blocked the page 50 ms or more"}; ` +
        `renderer peak RSS ${r.peak.toFixed(0)} MB, JS heap ${r.heap.toFixed(0)} MB, module wasm memory ${r.wasm.toFixed(0)} MB`,
    );
  }
  console.log("targets: 10,000 rows ≤ 1.5 s; 100,000 rows without a crash and the tab < 400 MB");
  if (problems().length) console.log("problems:", problems());
} finally {
  await browser.close();
  await server.close();
}
