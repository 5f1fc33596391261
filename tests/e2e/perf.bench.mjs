// In-browser measurement (run by `./x bench`, not by the tests): how long the core's check takes
// per edit in the release build. The app records each check's duration (performance.now around
// Engine::check) in window.__listoCheckMs; this script makes 1,000 edits to a full phone listing,
// one per task so each edit is checked, and prints p50 / p95 / max. Target: p95 ≤ 2 ms.
import { serveDist, launch, openPage } from "./harness.mjs";
import { fillPhoneListing } from "./seller.mjs";

const EDITS = 1000;
const server = await serveDist();
const browser = await launch();
try {
  const { page, problems } = await openPage(browser.context, server.origin);
  await page.goto(server.origin + "/");
  await page.getByRole("heading", { name: "Listo" }).waitFor();
  await fillPhoneListing(page);
  const result = await page.evaluate(async (edits) => {
    window.__listoCheckMs = [];
    const description = document.getElementById("field-description");
    const base = description.value;
    const started = performance.now();
    for (let i = 0; i < edits; i++) {
      description.value = base + " " + "abcdefghij".slice(0, (i % 10) + 1);
      description.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    }
    return { times: window.__listoCheckMs.slice(), wall: performance.now() - started };
  }, EDITS);
  const sorted = result.times.slice().sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`checks recorded: ${sorted.length} for ${EDITS} edits (wall ${result.wall.toFixed(0)} ms)`);
  console.log(`check time per edit: p50 ${at(0.5).toFixed(3)} ms · p95 ${at(0.95).toFixed(3)} ms · max ${sorted.at(-1).toFixed(3)} ms (target p95 ≤ 2 ms)`);
  if (problems().length) console.log("problems:", problems());
} finally {
  await browser.close();
  await server.close();
}
