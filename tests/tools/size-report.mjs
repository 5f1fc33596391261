// Size report: raw, gzip and brotli bytes of every file in dist/, and the first-load transfer
// (everything index.html pulls in on the first visit). With --budget it fails when the first
// load, compressed with brotli, is over BUDGET_BROTLI bytes. Sizes are deterministic for a
// given build, so the budget check cannot flake.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export const BUDGET_BROTLI = 400_000;

const dir = process.argv[2] ?? "dist";
const checkBudget = process.argv.includes("--budget");

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dir)
  .sort()
  .map((path) => {
    const data = readFileSync(path);
    return {
      file: relative(dir, path),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    };
  });

// Everything in dist/ is loaded on the first visit (index.html, its JS glue, the wasm, the CSS).
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

const fmt = (n) => n.toLocaleString("en-US").padStart(11);
const width = Math.max(24, ...rows.map((r) => r.file.length));
console.log(`${"file".padEnd(width)} ${"raw".padStart(11)} ${"gzip".padStart(11)} ${"brotli".padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)} ${fmt(r.raw)} ${fmt(r.gzip)} ${fmt(r.brotli)}`);
console.log(`${"first load (total)".padEnd(width)} ${fmt(total.raw)} ${fmt(total.gzip)} ${fmt(total.brotli)}`);
console.log(`budget: first-load brotli ≤ ${BUDGET_BROTLI.toLocaleString("en-US")} bytes; now ${total.brotli.toLocaleString("en-US")} (${((100 * total.brotli) / BUDGET_BROTLI).toFixed(1)}%)`);

if (rows.length === 0) {
  console.error(`no files in ${dir}: build first`);
  process.exit(1);
}
if (checkBudget && total.brotli > BUDGET_BROTLI) {
  console.error(`OVER BUDGET by ${(total.brotli - BUDGET_BROTLI).toLocaleString("en-US")} bytes`);
  process.exit(1);
}
