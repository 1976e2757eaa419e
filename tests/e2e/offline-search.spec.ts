/**
 * The offline copy searches like the served site: the same engine, index and ranking, so for every
 * query of tests/search/queries.json the first three results (and the paragraphs they link to) are
 * the same when the copy is opened from disk as when the site is served.
 */
import type { Page } from '@playwright/test';
import { fileInCopy, fileUrl, sitePathOf } from '../support/offline';
import { openSearch, runQuery, searchQueries } from '../support/search';
import { expect, test } from './offline-fixtures';

/** The first three results of each query, as site paths (`/vi/x/#p7`), one line per query. */
async function topThree(page: Page, lang: string, toSitePath: (href: string) => string): Promise<string[]> {
  await openSearch(page);
  const lines: string[] = [];
  for (const query of searchQueries.filter((item) => item.lang === lang)) {
    const results = await runQuery(page, query.query);
    const shown = results.slice(0, 3).map((result) => [result.link, ...result.paragraphs].map(toSitePath).join(' + '));
    lines.push(`${lang} “${query.query}”: ${shown.join(' | ')}`);
  }
  return lines;
}

test('the whole query set gives the same first three results offline as served', async ({ page, offlinePage, offlineRoot }) => {
  test.setTimeout(240_000);
  let compared = 0;
  for (const lang of ['vi', 'en'] as const) {
    await page.goto(`/${lang}/`);
    const served = await topThree(page, lang, (href) => href);
    await offlinePage.goto(fileUrl(offlineRoot, `${lang}/index.html`));
    const offline = await topThree(offlinePage, lang, (href) => sitePathOf(fileInCopy(offlineRoot, new URL(href, offlinePage.url()).href) ?? href));
    expect(offline).toEqual(served);
    compared += served.length;
  }
  expect(compared).toBe(searchQueries.length);
});
