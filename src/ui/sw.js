// Listo's service worker: after one visit everything works offline, and a new version waits
// until the seller chooses to reload.
// - BUILD and PRECACHE are written by the post-build hook (tools/post-build.mjs): every file of
//   the build (first load, catalog data, on-demand modules), all with content-hashed names.
// - Install: precache everything into this build's own cache. The very first install takes over
//   at once; a later one waits, so code never changes under an edit in progress: the page shows
//   "Hay una nueva versión · Recargar" (src/ui/update.js) and the seller's click sends
//   "skip-waiting".
// - Activate: drop the caches of older builds.
// - Fetch: the page and its files come from this build's cache first, the network otherwise.
//   The manifest and icons are precached too, so an installed app starts offline. Never
//   cached: listo-classroom.json (the classroom server's address, src/ui/classroom.rs), which
//   must not outlive the workshop.
const BUILD = "dev";
const PRECACHE = [];
const CACHE = `listo-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(["./", ...PRECACHE]);
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith("listo-") && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function respond(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && request.mode !== "navigate") await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || url.pathname.endsWith("/sw.js") || url.pathname.endsWith("/listo-classroom.json")) return;
  const navigate = event.request.mode === "navigate";
  event.respondWith(respond(event.request, navigate ? new URL("./", self.registration.scope).href : event.request));
});
