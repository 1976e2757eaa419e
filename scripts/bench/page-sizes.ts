/**
 * The largest page of each page type in a built site, by what a reader loads before touching it:
 * the HTML and its stylesheets gzipped (the site inlines its CSS; a linked stylesheet is counted
 * too), as tests/e2e/quality-load.spec.ts holds every page type to 15 KB. The relation map's pages
 * are also given raw, against the map's own budget of 200 KB a page (issue 20). Used by
 * `npm run bench:site` at every N, and on its own: `node scripts/bench/page-sizes.ts <dist>`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page: its site path, its HTML and CSS gzipped, and its HTML raw. */
export interface PageSize {
  path: string;
  gzipBytes: number;
  rawBytes: number;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name === 'index.html') yield full;
  }
}

/** The largest page of each `data-page-type` under `distDir` (pages without one, e.g. the root redirect, are left out). */
export function largestPagesByType(distDir: string): Map<string, PageSize> {
  const largest = new Map<string, PageSize>();
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const type = /<body[^>]*\sdata-page-type="([^"]+)"/.exec(text)?.[1];
    if (!type) continue;
    const stylesheets = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map(([, href]) => readFileSync(join(distDir, href!)));
    const gzipBytes = gzipSync(html).length + stylesheets.reduce((sum, css) => sum + gzipSync(css).length, 0);
    const path = `/${relative(distDir, file).replace(/index\.html$/, '')}`;
    const size = { path, gzipBytes, rawBytes: html.length };
    const kept = largest.get(type);
    if (!kept || (type === 'map' ? size.rawBytes > kept.rawBytes : size.gzipBytes > kept.gzipBytes)) largest.set(type, size);
  }
  return new Map([...largest].sort(([a], [b]) => a.localeCompare(b)));
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  for (const [type, size] of largestPagesByType(dist)) {
    console.log(`${type.padEnd(14)} ${(size.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  ${(size.rawBytes / 1024).toFixed(1).padStart(8)} KB raw  ${size.path}`);
  }
}
