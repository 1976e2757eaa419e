/// <reference lib="webworker" />
/**
 * The service worker (bundled to `sw.js` at the base by scripts/library/): it answers only for the
 * site's own origin and path. A page or file of the saved library (src/lib/offline-library/) comes
 * from it first, all from one build; anything else from the network, falling back to the pages
 * already read (Serwist's NetworkFirst). The search index is kept only as part of a whole library,
 * never file by file, so the search never mixes two builds.
 */
import { ExpirationPlugin, NetworkFirst } from 'serwist';
import { answersFor, libraryManifestPath, parseLibraryCacheName, servedVersion, type SavedRecord } from '../lib/offline-library/library';

declare const self: ServiceWorkerGlobalScope;

/** The base path the site is served under, read from this worker's own scope. */
const base = new URL(self.registration.scope).pathname;
/**
 * Pages already read (and what they load), for when there is no connection: the last few hundred,
 * dropped first when the browser runs short of space, so reading never fills a phone.
 */
const pagesRead = new NetworkFirst({
  cacheName: 'pages-read',
  networkTimeoutSeconds: 8,
  plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
});

interface Served {
  version: string | undefined;
  caches: string[];
}

/** The whole libraries saved, and the one version served from them; found again when a page says they changed. */
let served: Promise<Served> | undefined;
/** The last answer, for the decisions a fetch event must take at once. */
let known: Served | undefined;
const refresh = () => (served = findServed().then((found) => (known = found)));

async function findServed(): Promise<Served> {
  const whole: { name: string; record: SavedRecord }[] = [];
  for (const name of await caches.keys()) {
    const parsed = parseLibraryCacheName(name);
    if (!parsed) continue;
    const recordResponse = await (await caches.open(name)).match(`${base}${libraryManifestPath(parsed.lang)}`);
    if (recordResponse) whole.push({ name, record: (await recordResponse.json()) as SavedRecord });
  }
  const version = servedVersion(whole.map((entry) => entry.record));
  return { version, caches: whole.filter((entry) => entry.record.version === version).map((entry) => entry.name) };
}

async function fromLibrary(request: Request): Promise<Response | undefined> {
  const { caches: names } = await (served ?? refresh());
  for (const name of names) {
    // Pagefind adds a query to defeat HTTP caches; a page may carry `?view=both`: the file is the same.
    const response = await (await caches.open(name)).match(request, { ignoreSearch: true });
    if (response) return response;
  }
  return undefined;
}

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([self.clients.claim(), refresh()]));
});

self.addEventListener('message', (event) => {
  if (event.data === 'library-changed') void refresh();
});

// A worker stopped while idle starts again here: know what is saved before the next fetch asks.
void refresh();

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!answersFor(request, self.location.origin, base)) return;
  const url = new URL(request.url);
  // The search index and the ZIP are never kept file by file: with no library saved, they are the
  // page's own requests to the network, untouched.
  const neverKept = url.pathname.startsWith(`${base}pagefind/`) || url.pathname.startsWith(`${base}offline/`);
  if (neverKept && known?.caches.length === 0) return;
  event.respondWith(
    (async () => {
      const saved = await fromLibrary(request);
      if (saved) return saved;
      if (neverKept) return fetch(request);
      return pagesRead.handle({ event, request });
    })(),
  );
});
