// Serves dist/ the way a static host does: brotli or gzip when the browser accepts it (each file
// compressed once, at quality 11 / level 9, like a host's precompressed files), the right types,
// and cache headers: content-hashed files are immutable for a year; index.html and sw.js are
// revalidated on every visit so a new version is found. Unknown paths get index.html (deep
// links); paths outside dist/ are refused with 404. Every response carries the recommended
// security headers (docs/deployment.md): the Content-Security-Policy of index.html's meta tag
// plus `frame-ancestors 'none'` (which only a header can carry), nosniff and no-referrer.
//
//   node tools/serve.mjs [--port 8080] [--host 127.0.0.1] [--dir dist]
// Also imported by the end-to-end harness (serveDir), so journeys see what users get.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
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
/// Trunk's and tools/post-build.mjs's content hashes: 16 hex digits after a dash.
const HASHED = /-[0-9a-f]{16}[._]/;

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

/**
 * Serves `dir` on `host:port` (port 0 = a free one); resolves to { origin, close, server }.
 * `withoutCsp` (tests only) drops the policy, header and meta tag alike: tests/e2e/xss.test.mjs
 * proves the rendering itself shows user text as text, not only that the policy stops a script.
 */
export function serveDir(dir, { port = 0, host = "127.0.0.1", withoutCsp = false } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root}/index.html missing: build first (./x serve builds)`);
  const security = securityHeaders(readFileSync(join(root, "index.html"), "utf8"));
  if (withoutCsp) delete security["content-security-policy"];
  const strip = (raw) => Buffer.from(raw.toString("utf8").replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ""));
  const compressed = new Map();
  const variants = (file) => {
    if (!compressed.has(file)) {
      const raw = withoutCsp && file === join(root, "index.html") ? strip(readFileSync(file)) : readFileSync(file);
      compressed.set(file, {
        raw,
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gzip: gzipSync(raw, { level: 9 }),
      });
    }
    return compressed.get(file);
  };
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(root, "." + path);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, "index.html");
    const body = variants(file);
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      ...security,
      vary: "accept-encoding",
    };
    if (encoding) headers["content-encoding"] = encoding;
    const data = encoding ? body[encoding] : body.raw;
    headers["content-length"] = data.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : data);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ origin: `http://${host}:${address.port}`, server, close: () => new Promise((r) => server.close(r)) });
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
