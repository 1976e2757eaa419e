/**
 * The library a phone saves (src/lib/offline-library/library.ts), made from a built site: each
 * language's file list with a hash and size per file (`offline-library/<lang>.json`, listed by
 * Serwist's getManifest, the precache manifest builder of the Workbox family), one version over
 * all of them, and the service worker, `sw.js` at the base, bundled by esbuild.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import { fileUrl, libraryGlobs, libraryManifestPath, type LibraryFile, type LibraryManifest } from '../../src/lib/offline-library/library.ts';

export interface LibraryOptions {
  /** The built site. */
  siteDir: string;
  /** The base path it is served under: `/` or `/cao-bang/`. */
  base: string;
  languages: readonly string[];
}

/** Pagefind's name for a language's WebAssembly (`unknown` for a language it has no stemmer for). */
async function pagefindWasmOf(siteDir: string, lang: string): Promise<string> {
  const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  const language = entry.languages[lang];
  if (!language) throw new Error(`pagefind/pagefind-entry.json has no index for "${lang}": was the site built with its search index?`);
  return language.wasm ?? 'unknown';
}

/** One language's files, each with the hash and size getManifest found. */
async function filesOf(options: LibraryOptions, lang: string): Promise<LibraryFile[]> {
  const files: LibraryFile[] = [];
  const { warnings } = await getManifest({
    globDirectory: options.siteDir,
    // Its own index first, then every other language's, which its search also looks in.
    globPatterns: libraryGlobs(
      lang,
      await Promise.all([lang, ...options.languages.filter((other) => other !== lang)].map(async (code) => ({ lang: code, wasm: await pagefindWasmOf(options.siteDir, code) }))),
    ),
    // The whole library or nothing: no file is too big to keep.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    manifestTransforms: [
      (entries) => {
        for (const entry of entries) files.push({ url: fileUrl(options.base, entry.url), revision: entry.revision ?? null, size: entry.size });
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`listing the ${lang} library: ${warnings.join('; ')}`);
  return files.sort((a, b) => a.url.localeCompare(b.url));
}

/** Writes every language's file list and the service worker into the built site; returns the lists. */
export async function writeOfflineLibrary(options: LibraryOptions): Promise<LibraryManifest[]> {
  const lists = await Promise.all(options.languages.map(async (lang) => ({ lang, files: await filesOf(options, lang) })));
  // One version for the build: a change to any file of any language gives every language a new one.
  const version = createHash('sha256').update(JSON.stringify(lists)).digest('hex').slice(0, 16);
  const manifests = lists.map(({ lang, files }): LibraryManifest => ({ lang, version, bytes: files.reduce((sum, file) => sum + file.size, 0), files }));
  await mkdir(join(options.siteDir, 'offline-library'), { recursive: true });
  for (const manifest of manifests) await writeFile(join(options.siteDir, libraryManifestPath(manifest.lang)), `${JSON.stringify(manifest)}\n`);
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/service-worker/sw.ts')],
    outfile: join(options.siteDir, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return manifests;
}
