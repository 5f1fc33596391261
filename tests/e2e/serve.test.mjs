// tools/serve.mjs sends what docs/deployment.md recommends for any host: the CSP as a header
// (the meta tag's policy plus frame-ancestors), nosniff, no-referrer, a year's immutable cache
// for content-hashed files and revalidation for index.html and sw.js; deep links get index.html.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { serveDist } from "./harness.mjs";
import { metaPolicy } from "../../tools/serve.mjs";

const DIST = new URL("../../dist/", import.meta.url).pathname;
let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

const head = async (path) => {
  const res = await fetch(server.origin + path, { headers: { "accept-encoding": "br" } });
  await res.arrayBuffer();
  return res;
};

test("every response carries the CSP header, nosniff and no-referrer", async () => {
  const html = readFileSync(DIST + "index.html", "utf8");
  const policy = metaPolicy(html);
  assert.ok(policy, "the published index.html has the CSP meta tag");
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "img-src 'self' blob: data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(policy.includes(part), `the policy has ${part}: ${policy}`);
  }
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\s\*/, "nothing loosens it");
  const hashed = readdirSync(DIST).find((f) => /^listo-[0-9a-f]{12,16}_bg\.wasm$/.test(f));
  for (const path of ["/", "/index.html", "/sw.js", `/${hashed}`, "/no/such/page"]) {
    const res = await head(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get("content-security-policy"), `${policy}; frame-ancestors 'none'`, path);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
    assert.equal(res.headers.get("referrer-policy"), "no-referrer", path);
  }
});

test("hashed files are immutable for a year; index.html, sw.js and deep links are revalidated", async () => {
  const hashed = readdirSync(DIST).filter((f) => /-[0-9a-f]{12,16}[._]/.test(f));
  assert.ok(hashed.some((f) => f.startsWith("loader-")), "the externalised loader is published with a hash");
  for (const f of hashed) assert.equal((await head(`/${f}`)).headers.get("cache-control"), "public, max-age=31536000, immutable", f);
  for (const path of ["/", "/index.html", "/sw.js", "/taller"]) assert.equal((await head(path)).headers.get("cache-control"), "no-cache", path);
  const deep = await head("/cualquier/ruta");
  assert.match(deep.headers.get("content-type"), /text\/html/);
});

test("index.html has no inline script and loads the externalised loader with integrity", () => {
  const html = readFileSync(DIST + "index.html", "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length > 0);
  const sw = readFileSync(DIST + "sw.js", "utf8");
  const names = [];
  // The loader and the crash page (src/ui/crash.js): files of their own, hashed, with integrity.
  for (const [, attrs, body] of scripts) {
    const src = attrs.match(/\ssrc="\/((?:loader|crash)-[0-9a-f]{12,16}\.js)"/);
    assert.ok(src, `only the loader and the crash page, from files: ${attrs}`);
    assert.match(attrs, /integrity="sha384-/, attrs);
    assert.equal(body.trim(), "", "no inline code");
    assert.ok(sw.includes(`"${src[1]}"`), `the service worker precaches ${src[1]} (offline)`);
    names.push(src[1].split("-")[0]);
  }
  assert.ok(names.includes("loader"), "the loader is there");
  assert.ok(names.includes("crash"), "the crash page is there");
});
