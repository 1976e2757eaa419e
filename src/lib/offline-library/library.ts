/**
 * The library a phone saves for reading without a connection: per language, the list of files the
 * build wrote (`offline-library/<lang>.json`), the caches they are kept in, and what a save, a
 * resume or an update must fetch. Pure, so the build step (scripts/library/), the service worker
 * (src/service-worker/) and the home page's panel (src/scripts/offline-library/) agree, and unit
 * tests reach every rule.
 */

import { commonWordsFile } from '../search/common-words.ts';

/** One file of a language's library: its address under the base, a hash of its bytes, its size. */
export interface LibraryFile {
  url: string;
  revision: string | null;
  size: number;
}

/** What `offline-library/<lang>.json` holds. */
export interface LibraryManifest {
  lang: string;
  /** The build's version: one hash over every language's files, so pages and index come from one build. */
  version: string;
  /** Bytes of all files. */
  bytes: number;
  files: LibraryFile[];
}

/** A saved language's record, kept last in its cache: the library is whole once it is there. */
export interface SavedRecord extends LibraryManifest {
  /** When it was completed (ms since 1970), to choose the newest whole library after a crash. */
  savedAt: number;
}

const cachePrefix = 'library-';

/** Where a language's file list is served, relative to the base. */
export function libraryManifestPath(lang: string): string {
  return `offline-library/${lang}.json`;
}

/** The cache a language's library of one build is kept in: a new build never writes into an old one. */
export function libraryCacheName(lang: string, version: string): string {
  return `${cachePrefix}${version}-${lang}`;
}

/** The language and version of a library cache's name, or undefined for any other cache. */
export function parseLibraryCacheName(name: string): { lang: string; version: string } | undefined {
  const match = /^library-([0-9a-f]+)-(.+)$/.exec(name);
  return match ? { version: match[1]!, lang: match[2]! } : undefined;
}

/**
 * The version the service worker serves from: among the libraries that are whole, the one saved
 * last. Only one version is served, so a page and the search index it queries always come from the
 * same build, and an update is served only once every language it covers is whole.
 */
export function servedVersion(records: readonly SavedRecord[]): string | undefined {
  return [...records].sort((a, b) => b.savedAt - a.savedAt)[0]?.version;
}

/** A file of the plan: fetched from the network, or copied from a library already saved. */
export type PlannedFile = (LibraryFile & { from: 'network' }) | (LibraryFile & { from: 'saved'; cacheName: string });

/**
 * What saving `manifest` needs: files already in its own cache are skipped (a resumed download
 * goes on where it stopped); files a saved library holds with the same revision are copied from it
 * (an update downloads only what changed); the rest come from the network.
 */
export function planSave(
  manifest: LibraryManifest,
  alreadyIn: ReadonlySet<string>,
  saved: readonly { cacheName: string; record: SavedRecord }[],
): { files: PlannedFile[]; downloadBytes: number } {
  const copies = new Map<string, { cacheName: string; revision: string | null }>();
  for (const { cacheName, record } of saved) {
    for (const file of record.files) if (!copies.has(file.url)) copies.set(file.url, { cacheName, revision: file.revision });
  }
  const files: PlannedFile[] = [];
  let downloadBytes = 0;
  for (const file of manifest.files) {
    if (alreadyIn.has(file.url)) continue;
    const copy = copies.get(file.url);
    if (copy && file.revision !== null && copy.revision === file.revision) {
      files.push({ ...file, from: 'saved', cacheName: copy.cacheName });
    } else {
      files.push({ ...file, from: 'network' });
      downloadBytes += file.size;
    }
  }
  return { files, downloadBytes };
}

/**
 * Whether the service worker may answer a request at all: a GET for the site's own origin, under its
 * base path, other than the library's own lists (always asked afresh) and the downloads of a library
 * being saved (marked by their header). Everything else goes by as if there were no worker.
 */
export function answersFor(request: { method: string; url: string; headers: { has(name: string): boolean } }, origin: string, base: string): boolean {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(base)) return false;
  return !request.headers.has(librarySaveHeader) && !url.pathname.startsWith(`${base}offline-library/`);
}

/** The header the panel sends with each download of a library, so the service worker leaves it to the network. */
export const librarySaveHeader = 'x-library-save';

/** A size as a reader reads it, in their language: `840 kB`, `2.1 MB`. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** One language's search index, as Pagefind names its files: its code and its WebAssembly's name (`unknown` where it has no stemmer). */
export interface SearchIndexFiles {
  lang: string;
  wasm: string;
}

/**
 * The files of one language's library, as globs over the built site: that language's pages, every
 * entry's data (the parallel text reads the other language's), the shards of that language's entry
 * list (the reading list and the notebook look their entries up there), the shared styles, scripts and fonts,
 * the scripts loaded on demand (`_tools/`: the Word export, the notebook's dialog, the reading
 * list's assignment tools, the lookup in the entry list's shards), the icons and manifest, and the search index files of every language in
 * `searchIndexes`: the page's own and those its search looks in for a query typed in another
 * language (src/lib/search/cross-language.ts). PDF handouts stay out: they are the bulk of the site
 * and each has its own link.
 */
export function libraryGlobs(lang: string, searchIndexes: readonly SearchIndexFiles[]): string[] {
  return [
    'index.html',
    '404.html',
    'favicon.svg',
    'icons/*',
    `${lang}/**/index.html`,
    `${lang}/manifest.webmanifest`,
    '*/**/data.js',
    `_known/${lang}/*.js`,
    '_astro/**/*.{js,css,woff2,svg,png}',
    '_tools/*.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    ...searchIndexes.flatMap((index) => [
      `pagefind/pagefind.${index.lang}_*.pf_meta`,
      `pagefind/${commonWordsFile(index.lang)}`,
      `pagefind/wasm.${index.wasm}.pagefind`,
      `pagefind/index/${index.lang}_*`,
      `pagefind/fragment/${index.lang}_*`,
      `pagefind/filter/${index.lang}_*`,
    ]),
  ].filter((glob, index, all) => all.indexOf(glob) === index);
}

/** A built file's address under the base: a folder's `index.html` is the folder, as pages link it. */
export function fileUrl(base: string, file: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
