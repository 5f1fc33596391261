// Serves dist/ the way a static host does: brotli or gzip when the browser accepts it (each file
// compressed once, at quality 11 / level 9, like a host's precompressed files), the right types,
// and cache headers: content-hashed files are immutable for a year; index.html and sw.js are
// revalidated on every visit so a new version is found. Unknown paths get index.html (deep
// links); paths outside dist/ (`..` segments, raw or percent-encoded, backslashes, NUL, `//`)
// are refused with 404. Every response carries the recommended security headers
// (docs/deployment.md): the Content-Security-Policy of index.html's meta tag plus
// `frame-ancestors 'none'` (which only a header can carry), nosniff and no-referrer.
//
//   node tools/serve.mjs [--port 8080] [--host 127.0.0.1] [--dir dist]
// Also imported by the end-to-end harness (serveDir), so journeys see what users get, and by the
// classroom server (tools/classroom.mjs), which adds its own pages with `extra`.
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
/// Trunk's and tools/post-build.mjs's content hashes after a dash: 16 hex digits, or fewer
/// from Trunk when the hash starts with zeros (it does not pad them).
const HASHED = /-[0-9a-f]{12,16}[._]/;

/** The policy in `html`'s `<meta http-equiv="Content-Security-Policy">`, or null. */
export function metaPolicy(html) {
  const tag = html.match(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i)?.[0];
  return tag?.match(/content="([^"]*)"/)?.[1] ?? null;
}

/** The headers every response gets (docs/deployment.md lists them for other hosts). */
export function securityHeaders(html) {
  const policy = metaPolicy(html);
  if (!policy) throw new Error("index.html has no Content-Security-Policy meta tag");
  return {
    "content-security-policy": `${policy}; frame-ancestors 'none'`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
}

/** Whether a request path (as sent, before URL normalisation) could reach outside the root. */
export function escapes(rawPath) {
  let path;
  try {
    path = decodeURIComponent(rawPath.split(/[?#]/)[0]);
  } catch {
    return true;
  }
  return !path.startsWith("/") || path.startsWith("//") || /[\\\0]/.test(path) || path.split("/").includes("..");
}

/**
 * Serves `dir` on `host:port` (port 0 = a free one); resolves to { origin, close, server }.
* `withoutCsp` (tests only) drops the policy, header and meta tag alike: tests/e2e/xss.test.mjs
 * proves the rendering itself shows user text as text, not only that the policy stops a script.
 * `extra` maps a path to { type, body } served (compressed too) before the files; `setExtra`
 * adds more once listening (the classroom's pages name the port). `precompress` compresses every
 * file before listening, so no request waits while brotli blocks the event loop (a classroom's
 * first phones would otherwise each wait for a whole module's compression).
 */
export function serveDir(dir, { port = 0, host = "127.0.0.1", withoutCsp = false, extra = {}, precompress = false } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root}/index.html missing: build first (./x serve builds)`);
  const security = securityHeaders(readFileSync(join(root, "index.html"), "utf8"));
  if (withoutCsp) delete security["content-security-policy"];
  const strip = (raw) => Buffer.from(raw.toString("utf8").replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ""));
  const compressed = new Map();
  const variants = (file, given) => {
    if (!compressed.has(file)) {
      const raw = given ?? (withoutCsp && file === join(root, "index.html") ? strip(readFileSync(file)) : readFileSync(file));
      compressed.set(file, {
        raw,
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gzip: gzipSync(raw, { level: 9 }),
      });
    }
    return compressed.get(file);
  };
  const pages = new Map();
  const setExtra = (more) => {
    for (const [path, { type, body }] of Object.entries(more)) {
      pages.set(path, { type, body: Buffer.from(body) });
      compressed.delete(`extra:${path}`);
    }
  };
  setExtra(extra);
  const server = createServer((req, res) => {
    const notFound = () => res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    if (escapes(req.url)) return notFound();
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = resolve(root, "." + path);
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    const page = pages.get(path);
    if (!page && (!existsSync(file) || statSync(file).isDirectory())) file = join(root, "index.html");
    const body = page ? variants(`extra:${path}`, page.body) : variants(file);
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    const headers = {
      "content-type": page ? page.type : TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": !page && HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      ...security,
      vary: "accept-encoding",
    };
    if (encoding) headers["content-encoding"] = encoding;
    const data = encoding ? body[encoding] : body.raw;
    headers["content-length"] = data.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : data);
  });
  // Behind a room's Wi-Fi many phones reuse idle connections; keep them longer than Node's 5 s.
  server.keepAliveTimeout = 30_000;
  if (precompress) {
    const all = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? all(join(d, n)) : [join(d, n)]));
    for (const file of all(root)) variants(file);
  }
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ origin: `http://${host}:${address.port}`, server, setExtra, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { origin } = await serveDir(arg("--dir", "dist"), { port: Number(arg("--port", 8080)), host: arg("--host", "127.0.0.1") });
  console.log(`Listo on ${origin} (brotli/gzip, cache headers). Ctrl+C to stop.`);
}
