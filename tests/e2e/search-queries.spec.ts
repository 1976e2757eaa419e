/**
 * The search evaluation: every query of tests/search/queries.json typed into the real search dialog
 * of the built site, in Chromium. A query is a hit when one of its first three results answers it.
 * The offline copy searches like the served site (the same engine and ranking, and its index the
 * served one byte for byte, which a test here holds), so the same run also opens the copy from disk
 * and expects the same first three results, and the paragraphs they link to, for a quarter of the
 * queries, spread over the set.
 * Besides hits at 3, it holds every query's expected ranking (`first`, `top`) and reports precision
 * at 3 (tests/support/search.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { fileInCopy, fileUrl, sitePathOf } from '../support/offline';
import { hitRank, openSearch, precisionAtThree, rankingProblems, runQuery, searchQueries, type SearchQuery, type ShownResult } from '../support/search';
import { expect, test } from './offline-fixtures';

const required = 0.95;
/**
 * The mean precision at 3 a language must keep. Below 1 on purpose: many queries have fewer right
 * pages than results worth showing, so a page that shares the words fairly fills the rest.
 */
const requiredPrecision = 0.9;

/** Queries of one language, typed into the search dialog of the page open in `page`. */
async function resultsOf(page: Page, queries: readonly SearchQuery[]): Promise<{ query: SearchQuery; results: ShownResult[] }[]> {
  await openSearch(page);
  const outcomes = [];
  for (const query of queries) outcomes.push({ query, results: await runQuery(page, query.query) });
  return outcomes;
}

/**
 * The queries typed again from disk: every fourth of the set, spread over its kinds. The copy's index
 * is the served one, byte for byte (held by the test below), and its engine the same code loaded
 * from files, so these answer for the rest.
 */
const fromDiskSample = <T,>(items: readonly T[]): T[] => items.filter((_, index) => index % 4 === 0);

/** Every file of the served index (`dist/pagefind/`), as the bytes it holds. */
function servedIndexFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync('dist/pagefind', { recursive: true, encoding: 'utf8' })) {
    const path = join('dist/pagefind', name);
    if (statSync(path).isFile()) files.set(name.split(sep).join('/'), readFileSync(path));
  }
  return files;
}

test('the offline copy carries every file of the served index, byte for byte', ({ offlineRoot }) => {
  const served = servedIndexFiles();
  const wrapped = [...served].filter(([name]) => /\.(pf_meta|pf_index|pf_fragment|pf_filter)$|^wasm\.|^pagefind-entry\.json$/.test(name));
  expect(wrapped.length).toBeGreaterThan(10);
  const different = wrapped.filter(([name, bytes]) => {
    // Read from disk, where fetch() is not allowed, each file is a script that files its bytes (base64) under its name.
    const script = readFileSync(join(offlineRoot, 'pagefind', `${name}.js`), 'utf8');
    const payload = /\["([^"]+)"\]="([A-Za-z0-9+/=]*)";?\s*$/.exec(script);
    return payload?.[1] !== name || !Buffer.from(payload[2]!, 'base64').equals(bytes);
  });
  expect(different.map(([name]) => name)).toEqual([]);
});

/** The first three results of a query as site paths (`/vi/x/#p7`), one line per query. */
function topThree(lang: string, query: SearchQuery, results: readonly ShownResult[], toSitePath: (href: string) => string): string {
  const shown = results.slice(0, 3).map((result) => [result.link, ...result.paragraphs].map(toSitePath).join(' + '));
  return `${lang} “${query.query}”: ${shown.join(' | ')}`;
}

test('the query set is large enough to judge by, with queries typed without diacritics', () => {
  expect(searchQueries.length).toBeGreaterThanOrEqual(40);
  expect(searchQueries.filter((query) => query.unaccented).length).toBeGreaterThanOrEqual(20);
  // Vietnamese typed on the English site, with and without marks, several syllables at a time.
  const onEnglishSite = searchQueries.filter((query) => query.lang === 'en' && query.crossLanguage);
  expect(onEnglishSite.length).toBeGreaterThanOrEqual(10);
  expect(onEnglishSite.filter((query) => query.unaccented).length).toBeGreaterThanOrEqual(5);
  expect(onEnglishSite.filter((query) => !query.unaccented).length).toBeGreaterThanOrEqual(3);
});

// One test per language, so the two run on both workers at once.
for (const lang of ['vi', 'en'] as const) {
  test(`the ${lang} queries find what a reader expects in the first three results, served and from disk alike`, async ({ page, offlinePage, offlineRoot }, testInfo) => {
    test.setTimeout(240_000);
    const queries = searchQueries.filter((item) => item.lang === lang);
    await page.goto(`/${lang}/`);
    const served = await resultsOf(page, queries);
    const outcomes = served.map(({ query, results }) => ({
      query,
      rank: hitRank(results, query.expect),
      precision: precisionAtThree(results, query.expect),
      ranking: rankingProblems(results, query),
      shown: results.slice(0, 3).map((result) => result.link),
    }));

    await offlinePage.goto(fileUrl(offlineRoot, `${lang}/index.html`));
    const fromDisk = await resultsOf(offlinePage, fromDiskSample(queries));
    const asSitePath = (href: string) => sitePathOf(fileInCopy(offlineRoot, new URL(href, offlinePage.url()).href) ?? href);
    expect(fromDisk.map(({ query, results }) => topThree(lang, query, results, asSitePath))).toEqual(
      fromDiskSample(served).map(({ query, results }) => topThree(lang, query, results, (href) => href)),
    );

    const rate = (items: typeof outcomes) => items.filter((item) => item.rank !== undefined && item.rank <= 3).length / items.length;
    const unaccented = outcomes.filter((item) => item.query.unaccented);
    const crossLanguage = outcomes.filter((item) => item.query.crossLanguage);
    const misses = outcomes
      .filter((item) => item.rank === undefined || item.rank > 3)
      .map((item) => `${lang} “${item.query.query}”: rank ${item.rank ?? '—'}; shown ${item.shown.join(', ')}`);
    const precision = outcomes.reduce((sum, item) => sum + item.precision, 0) / outcomes.length;
    const misranked = outcomes.flatMap((item) => item.ranking.map((problem) => `${lang} “${item.query.query}”: ${problem}`));
    const report = [
      `${lang} hits@1: ${(outcomes.filter((item) => item.rank === 1).length / outcomes.length * 100).toFixed(1)}% of ${outcomes.length}`,
      `${lang} hits@3: ${(rate(outcomes) * 100).toFixed(1)}% of ${outcomes.length}`,
      `${lang} hits@3 unaccented: ${(rate(unaccented) * 100).toFixed(1)}% of ${unaccented.length}`,
      `${lang} hits@3 typed in another language: ${(rate(crossLanguage) * 100).toFixed(1)}% of ${crossLanguage.length}`,
      `${lang} precision@3: ${(precision * 100).toFixed(1)}% (mean of ${outcomes.length})`,
      `${lang} expected rankings held: ${outcomes.filter((item) => (item.query.first || item.query.top) && item.ranking.length === 0).length} of ${outcomes.filter((item) => item.query.first || item.query.top).length}`,
      ...misses.map((miss) => `miss: ${miss}`),
      ...misranked.map((problem) => `misranked: ${problem}`),
      ...outcomes.filter((item) => item.precision < 1).map((item) => `precision@3 ${item.precision.toFixed(2)}: ${lang} “${item.query.query}”: shown ${item.shown.join(', ')}`),
    ].join('\n');
    await testInfo.attach(`search-evaluation-${lang}.txt`, { body: report, contentType: 'text/plain' });
    console.log(report);

    expect(outcomes.length).toBe(searchQueries.filter((query) => query.lang === lang).length);
    expect(rate(outcomes), report).toBeGreaterThanOrEqual(required);
    if (unaccented.length > 0) expect(rate(unaccented), report).toBeGreaterThanOrEqual(required);
    if (crossLanguage.length > 0) expect(rate(crossLanguage), report).toBeGreaterThanOrEqual(required);
    expect(misranked, report).toEqual([]);
    expect(precision, report).toBeGreaterThanOrEqual(requiredPrecision);
  });
}
