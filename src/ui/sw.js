// Listo's service worker: after the first visit the app works offline.
// - Pages (navigations): network first, so a new version arrives when online; the cached copy
//   when offline.
// - Everything else of our own origin (hashed JS, wasm, CSS): cache first; file names change with
//   every build, so a cached file is never stale. Entries no longer referenced by the current
//   index.html are dropped when the page is refreshed online.
const CACHE = "listo-v1";

self.addEventListener("install", (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put("/", response.clone());
      pruneTo(await response.clone().text(), cache);
    }
    return response;
  } catch (err) {
    const cached = await cache.match("/");
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Drops cached assets the current page no longer names. */
async function pruneTo(html, cache) {
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path !== "/" && !html.includes(path.slice(1))) await cache.delete(request);
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (event.request.mode === "navigate") {
    event.respondWith(networkFirst(event.request));
  } else if (!url.pathname.endsWith("sw.js")) {
    event.respondWith(cacheFirst(event.request));
  }
});
