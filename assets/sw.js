// Service worker: precaches every built file so the explorer opens offline after one visit.
//
// The post-build hook replaces the two placeholders below with the content hash of the final
// dist/ and the list of its files. One cache per build; an activated build deletes the
// others, so old js and new wasm never mix. index.html is network-first (a new deploy is
// picked up at once); hashed assets are cache-first.

const VERSION = "__BUILD_VERSION__";
const PRECACHE = __PRECACHE_LIST__;
const CACHE = `explorer-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("explorer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function isPage(request, url) {
  return request.mode === "navigate" || url.pathname.endsWith("/") || url.pathname.endsWith("/index.html");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (isPage(request, url)) {
    // Network first, so a new deploy wins; the cached page when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(new URL("./", self.registration.scope).href, copy));
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match(new URL("./", self.registration.scope).href)))
        .then((response) => response ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit ?? fetch(request))),
  );
});
