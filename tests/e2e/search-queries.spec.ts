/**
 * The search evaluation: every query of tests/search/queries.json typed into the real search dialog
 * of the built site, in Chromium. A query is a hit when one of its first three results answers it.
 */
import { hitRank, openSearch, runQuery, searchQueries, type SearchQuery } from '../support/search';
import { expect, test } from './fixtures';

const required = 0.95;

test('the query set finds what a reader expects in the first three results', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const outcomes: { query: SearchQuery; rank: number | undefined; shown: string[] }[] = [];

  for (const lang of ['vi', 'en'] as const) {
    await page.goto(`/${lang}/`);
    await openSearch(page);
    for (const query of searchQueries.filter((item) => item.lang === lang)) {
      const results = await runQuery(page, query.query);
      outcomes.push({ query, rank: hitRank(results, query.expect), shown: results.slice(0, 3).map((result) => result.link) });
    }
  }

  const rate = (items: typeof outcomes) => items.filter((item) => item.rank !== undefined && item.rank <= 3).length / items.length;
  const unaccented = outcomes.filter((item) => item.query.unaccented);
  const misses = outcomes
    .filter((item) => item.rank === undefined || item.rank > 3)
    .map((item) => `${item.query.lang} “${item.query.query}”: rank ${item.rank ?? '—'}; shown ${item.shown.join(', ')}`);
  const report = [
    `hits@1: ${(outcomes.filter((item) => item.rank === 1).length / outcomes.length * 100).toFixed(1)}% of ${outcomes.length}`,
    `hits@3: ${(rate(outcomes) * 100).toFixed(1)}% of ${outcomes.length}`,
    `hits@3 unaccented: ${(rate(unaccented) * 100).toFixed(1)}% of ${unaccented.length}`,
    ...misses.map((miss) => `miss: ${miss}`),
  ].join('\n');
  await testInfo.attach('search-evaluation.txt', { body: report, contentType: 'text/plain' });
  console.log(report);

  expect(outcomes.length).toBeGreaterThanOrEqual(40);
  expect(unaccented.length).toBeGreaterThanOrEqual(20);
  expect(rate(outcomes), report).toBeGreaterThanOrEqual(required);
  expect(rate(unaccented), report).toBeGreaterThanOrEqual(required);
});
