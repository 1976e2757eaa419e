/**
 * `npm run bench`: times the site search on the query set (tests/search/queries.json) in Chromium,
 * against the built site (run `npm run build` first). For each language it reports the median time
 * from the last keystroke of a query to its results on screen, and the kilobytes transferred for the
 * first query (search UI, Pagefind, its index) and for later ones. Writes bench-results/search.json.
 * Not part of `npm test`: timings depend on the machine.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { queryVariants, queryWords } from '../../src/lib/search/fold-vietnamese';
import { languages, wordsInflect } from '../../src/lib/languages';
import { namedKinds } from '../../src/lib/search/named-kinds';
import { searchQueries } from '../../tests/support/search';
import { median } from './stats';
import { timeQuery } from './time-query';

const distDir = join(process.cwd(), 'dist');
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Bytes served since the last reset, as sent (uncompressed) and as gzip would send them. */
const served = { raw: 0, gzip: 0, files: [] as string[], sizes: [] as number[] };
const gzipSizes = new Map<string, number>();

function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(distDir, path);
    if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(body).length);
    served.raw += body.length;
    served.gzip += gzipSizes.get(file)!;
    served.files.push(path);
    served.sizes.push(gzipSizes.get(file)!);
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function resetServed(): void {
  served.raw = 0;
  served.gzip = 0;
  served.files = [];
  served.sizes = [];
}

/** Whether a served path is one of another language's search files than `lang`'s (its index, or a WebAssembly only it uses). */
function ofOtherLanguage(path: string, lang: string, wasmOf: Readonly<Record<string, string>>): boolean {
  const match = /\/pagefind\/(?:(?:index|fragment|filter)\/([\w-]+?)_|pagefind\.([\w-]+?)_.*\.pf_meta$|wasm\.([\w-]+)\.pagefind$)/.exec(path);
  if (!match) return false;
  const [, chunkLang, metaLang, wasm] = match;
  if (wasm) return wasm !== wasmOf[lang];
  return (chunkLang ?? metaLang) !== lang;
}

/** The gzipped bytes of another language's search files served since the last reset. */
function otherLanguageBytes(lang: string, wasmOf: Readonly<Record<string, string>>): number {
  return served.files.reduce((sum, path, index) => sum + (ofOtherLanguage(path, lang, wasmOf) ? served.sizes[index]! : 0), 0);
}


const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function main(): Promise<void> {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) {
    console.error('dist/ has no search index: run `npm run build` first.');
    process.exit(1);
  }
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const report: Record<string, unknown>[] = [];

  try {
    for (const lang of languages) {
      const queries = searchQueries.filter((query) => query.lang === lang);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${lang}/`);
      await page.waitForLoadState('networkidle');

      resetServed();
      await page.keyboard.press('/');
      const [first, ...later] = queries;
      const firstMs = await timeQuery(page, first!.query);
      const firstTransfer = { raw: served.raw, gzip: served.gzip, files: served.files.length };

      const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
      const wasmOf = Object.fromEntries(Object.entries(entry.languages).map(([code, index]) => [code, index.wasm ?? 'unknown']));
      const laterOther: number[] = [];
      const laterMs: number[] = [];
      const laterRaw: number[] = [];
      const laterGzip: number[] = [];
      /** Per later query: typed in another language (searched in its index too, docs/search.md)? */
      const laterCross: boolean[] = [];
      for (const query of later) {
        resetServed();
        laterMs.push(await timeQuery(page, query.query));
        laterRaw.push(served.raw);
        laterGzip.push(served.gzip);
        laterCross.push(Boolean(query.crossLanguage));
        laterOther.push(otherLanguageBytes(lang, wasmOf));
      }
      const searchedOther = laterOther.map((bytes, index) => ({ bytes, index })).filter(({ bytes }) => bytes > 0);
      // The queries typed in another language come after the page language's in the set: the first of
      // them loads the other language's index (its WebAssembly and meta), the later ones only chunks.
      const crossAt = laterCross.indexOf(true);
      const sameLanguage = laterGzip.filter((_, index) => !laterCross[index]);
      const crossLater = laterGzip.filter((_, index) => laterCross[index] && index !== crossAt);
      // The kinds of page the dialog offers, by filter value: a query naming one costs a search on that filter too.
      const kindLabels = Object.fromEntries(
        await page.locator('select[data-search-filter="type"] option:not([value=""])').evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? ''])),
      ) as Record<string, string>;
      const searches = queries.map(
        (query) => queryVariants(query.query).length * (queryWords(query.query).length > 1 ? 2 : 1) + namedKinds(query.query, kindLabels, { inflects: wordsInflect(lang) }).length,
      );
      report.push({
        lang,
        queries: queries.length,
        firstQuery: { query: first!.query, ms: Math.round(firstMs), kb: kb(firstTransfer.raw), kbGzip: kb(firstTransfer.gzip), files: firstTransfer.files },
        laterQueries: {
          medianMs: Math.round(median(laterMs)),
          maxMs: Math.round(Math.max(...laterMs)),
          medianKb: kb(median(laterRaw)),
          medianKbGzip: kb(median(laterGzip)),
          maxKb: kb(Math.max(...laterRaw)),
        },
        pagefindSearchesPerQuery: { median: median(searches), max: Math.max(...searches) },
        sameLanguageQueries: { medianKbGzip: kb(median(sameLanguage)), maxKbGzip: kb(Math.max(...sameLanguage)) },
        // Another language's index, fetched only for a query its own does not answer in full.
        otherLanguageIndex: {
          queriesThatFetchedIt: searchedOther.length,
          ofThemTypedInAnotherLanguage: searchedOther.filter(({ index }) => laterCross[index]).length,
          firstLoad: searchedOther[0] ? { query: later[searchedOther[0].index]!.query, kbGzip: kb(searchedOther[0].bytes) } : null,
          totalKbGzip: kb(searchedOther.reduce((sum, { bytes }) => sum + bytes, 0)),
        },
        ...(crossAt >= 0
          ? {
              otherLanguageQueries: {
                first: { query: later[crossAt]!.query, kb: kb(laterRaw[crossAt]!), kbGzip: kb(laterGzip[crossAt]!), ms: Math.round(laterMs[crossAt]!) },
                ...(crossLater.length > 0 ? { laterMedianKbGzip: kb(median(crossLater)) } : {}),
              },
            }
          : {}),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }

  console.log('Search benchmark (time from the last keystroke to results, including the 120 ms typing pause)\n');
  for (const row of report as any[]) {
    console.log(`${row.lang}: ${row.queries} queries`);
    console.log(`  first query  “${row.firstQuery.query}”: ${row.firstQuery.ms} ms, ${row.firstQuery.kb} KB (${row.firstQuery.kbGzip} KB gzipped) in ${row.firstQuery.files} files`);
    console.log(`  later queries: median ${row.laterQueries.medianMs} ms (max ${row.laterQueries.maxMs} ms), median ${row.laterQueries.medianKb} KB (${row.laterQueries.medianKbGzip} KB gzipped), max ${row.laterQueries.maxKb} KB`);
    console.log(`  Pagefind searches per query: median ${row.pagefindSearchesPerQuery.median}, max ${row.pagefindSearchesPerQuery.max}`);
    console.log(`  later queries in the page's language: median ${row.sameLanguageQueries.medianKbGzip} KB gzipped, max ${row.sameLanguageQueries.maxKbGzip} KB`);
    const other = row.otherLanguageIndex;
    console.log(
      `  another language's index: fetched for ${other.queriesThatFetchedIt} queries (${other.ofThemTypedInAnotherLanguage} of them typed in it)` +
        (other.firstLoad ? `, first for “${other.firstLoad.query}”: ${other.firstLoad.kbGzip} KB gzipped; ${other.totalKbGzip} KB gzipped over the set` : ''),
    );
    if (row.otherLanguageQueries) {
      const { first, laterMedianKbGzip } = row.otherLanguageQueries;
      console.log(`  first query typed in another language “${first.query}”: ${first.ms} ms, ${first.kb} KB (${first.kbGzip} KB gzipped)${laterMedianKbGzip === undefined ? '' : `; later ones median ${laterMedianKbGzip} KB gzipped`}`);
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/search.json', `${JSON.stringify({ date: new Date().toISOString(), report }, null, 2)}\n`);
  console.log('\nWritten to bench-results/search.json.');
}

await main();
