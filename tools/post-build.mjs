// Trunk post-build hook (Trunk.toml [[hooks]]): publishes what the app loads after its first
// render, under content-hashed names, and tells the app and the service worker where it is.
//
// 1. The catalog data file that build.rs wrote to $CARGO_TARGET_DIR/listo-assets/catalog.txt
//    becomes catalog-<hash>.txt.
// 2. Each on-demand module (a Trunk `data-type="worker"` binary built with --target web, e.g.
//    listo-rules.js + listo-rules_bg.wasm) becomes <name>-<hash>.js / <name>-<hash>_bg.wasm.
// 3. index.html gets <meta name="listo:catalog" content="…"> and
//    <meta name="listo:module:NAME" content="JS WASM"> (src/ui/lazy reads them).
// 4. Trunk's inline module loader (and any other inline script) becomes loader-<hash>.js, loaded
//    with `integrity`: the Content-Security-Policy in index.html allows no inline script.
// 5. sw.js gets the build id and the list of every file to precache (src/ui/sw.js).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set: this script runs as Trunk's post_build hook");
// On-demand modules: Trunk bin name → the short name the app asks for.
const MODULES = { "listo-verdicts": "verdicts", "listo-rules": "rules", "listo-ml-errors": "ml-errors", "listo-import": "import", "listo-share": "share", "listo-profile": "profile", "listo-bulk": "bulk", "listo-workshop": "workshop" };

const hash = (...buffers) => {
  const h = createHash("sha256");
  for (const b of buffers) h.update(b);
  return h.digest("hex").slice(0, 16);
};

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const metas = [];

// 1. Catalog data.
const targetDir = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? "target");
const catalogSource = join(targetDir, "listo-assets", "catalog.txt");
if (!existsSync(catalogSource)) fail(`${catalogSource} is missing: build.rs writes it (touch build.rs and build again)`);
const catalog = readFileSync(catalogSource);
const catalogName = `catalog-${hash(catalog)}.txt`;
copyFileSync(catalogSource, join(staging, catalogName));
metas.push(`<meta name="listo:catalog" content="${catalogName}">`);

// 2. Modules.
for (const [bin, name] of Object.entries(MODULES)) {
  const js = join(staging, `${bin}.js`);
  const wasm = join(staging, `${bin}_bg.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) fail(`module ${bin} was not built (index.html needs its data-type="worker" link)`);
  const h = hash(readFileSync(js), readFileSync(wasm));
  const [jsName, wasmName] = [`${bin}-${h}.js`, `${bin}-${h}_bg.wasm`];
  renameSync(js, join(staging, jsName));
  renameSync(wasm, join(staging, wasmName));
  metas.push(`<meta name="listo:module:${name}" content="${jsName} ${wasmName}">`);
}

// 3. index.html.
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
if (!html.includes("</head>")) fail("index.html has no </head>");
html = html.replace("</head>", `${metas.join("\n")}\n</head>`);
// Trunk takes each file's hash for its `integrity` attribute while the binaries are built side by
// side, and they all write the same snippet files (src/ui/lazy/module.js, …): a hash can be taken
// from a file another build is rewriting, and the browser then refuses the app. Every integrity is
// recomputed here from the file as published.
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
html = html.replace(/(<[^>]*?href="([^"]+)"[^>]*?integrity=")sha384-[^"]*(")/g, (tag, head, href, tail) => {
  const path = join(staging, decodeURIComponent(href.startsWith(publicUrl) ? href.slice(publicUrl.length) : href));
  if (!existsSync(path)) fail(`index.html names ${href}, which is not in the build`);
  return `${head}sha384-${createHash("sha384").update(readFileSync(path)).digest("base64")}${tail}`;
});
// 4. Inline scripts → external files (the CSP's script-src has no 'unsafe-inline').
html = html.replace(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g, (tag, attrs = "", body) => {
  if (/\ssrc=/.test(attrs)) return tag;
  const code = Buffer.from(body.trim() + "\n");
  const name = `loader-${hash(code)}.js`;
  writeFileSync(join(staging, name), code);
  const type = /type="module"/.test(attrs) ? ' type="module"' : "";
  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  return `<script${type} src="${publicUrl}${name}" integrity="${integrity}"></script>`;
});
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) fail("index.html still has an inline script");
if (/\son[a-z]+\s*=/i.test(html.replace(/<!--[\s\S]*?-->/g, ""))) fail("index.html has an inline event handler (on…=), which the CSP refuses");
writeFileSync(indexPath, html);

// 5. Service worker: precache every file but itself (index.html is cached as "./").
const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const all = files(staging).map((f) => relative(staging, f).split("\\").join("/")).sort();
const precache = all.filter((f) => f !== "sw.js" && f !== "index.html");
const build = hash(...all.filter((f) => f !== "sw.js").map((f) => readFileSync(join(staging, f))));
const swPath = join(staging, "sw.js");
let sw = readFileSync(swPath, "utf8");
const before = sw;
sw = sw.replace(/const BUILD = "[^"]*";/, `const BUILD = "${build}";`);
sw = sw.replace(/const PRECACHE = \[[^\]]*\];/, `const PRECACHE = ${JSON.stringify(precache)};`);
if (sw === before) fail("sw.js has no BUILD/PRECACHE placeholders");
writeFileSync(swPath, sw);
console.log(`post-build: ${catalogName}, ${Object.keys(MODULES).length} module(s), ${precache.length} files precached, build ${build}`);
