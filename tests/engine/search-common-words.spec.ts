/**
 * Common words on the fixture site, whose declaration makes a word on three of a language's pages
 * common (`commonWordMinPages`): a query with one is answered first by the pages with its words side
 * by side, found through their pair in the index (src/lib/search/common-words.ts), and the status
 * says so; “More results” goes on to the pages with the words apart. The query and the pages
 * expected are read from the fixture's Vietnamese files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonWordsFile, indexKey } from '../../src/lib/search/common-words';
import { engineDist, engineUi, fixtureFiles, fixtureSite } from '../support/engine-site';
import { openSearch, runQuery } from '../support/search';
import { expect, test } from './fixtures';

const original = fixtureSite().languages.find((language) => language.original)!.code;
const files = fixtureFiles().filter((file) => file.lang === original);
/** A text's words as the index keys them (lower case, no marks; đ stays). */
const keysOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(indexKey);
/** A text's runs of words with nothing but spaces between them. */
const runsOf = (text: string) => text.split(/[^\p{L}\p{N}\s]+/u).map(keysOf).filter((run) => run.length > 0);
const fileText = (file: (typeof files)[number]) => `${JSON.stringify(file.frontmatter)} ${file.body}`;
const has = (keys: readonly string[], pair: readonly string[]) => ` ${keys.join(' ')} `.includes(` ${pair.join(' ')} `);
const pagePath = (file: (typeof files)[number]) => `/${original}/${file.collection}/${file.id}/`;

/**
 * Two neighbouring words of a text, one of them common, side by side in the bodies of a screen of
 * pages or more (five) and apart in the body of some other, the most often side by side first. The
 * index also finds them side by side across punctuation and in fields of the front matter a page
 * shows, so those pages are the least it finds side by side.
 */
function pairQuery() {
  const common = new Set(JSON.parse(readFileSync(join(engineDist, 'pagefind', commonWordsFile(original)), 'utf8')) as string[]);
  const pairs = new Set(files.flatMap((file) => runsOf(file.body).flatMap((run) => run.slice(1).map((key, index) => `${run[index]} ${key}`))));
  return [...pairs]
    .map((query) => {
      const pair = query.split(' ');
      const together = files.filter((file) => runsOf(file.body).some((run) => has(run, pair)));
      // Apart in the body, which every page shows whole, and side by side nowhere in the file.
      const apart = files.filter((file) => !has(keysOf(fileText(file)), pair) && pair.every((key) => keysOf(file.body).includes(key)));
      return { query, pair, together, apart };
    })
    .filter(({ pair, together, apart }) => pair.some((key) => common.has(key)) && together.length >= 5 && apart.length > 0)
    .sort((a, b) => b.together.length - a.together.length || a.query.localeCompare(b.query))[0];
}

test('a query with a common word shows the pages with its words side by side first, then, on “More results”, those with them apart', async ({ page }) => {
  const found = pairQuery();
  expect(found, 'no two neighbouring words of the fixture, one common, are side by side on five pages and apart on another').toBeDefined();
  const { query, pair, together, apart } = found!;
  await page.goto(`/${original}/`);
  await openSearch(page);
  await runQuery(page, query);
  const status = page.locator('dialog[data-search-dialog] [role="status"]');
  const sideBySideCount = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
  expect(sideBySideCount).toBeGreaterThanOrEqual(together.length);
  await expect(status).toHaveText(engineUi(original, 'search.together.other', { count: String(sideBySideCount) }));
  // Each result's own excerpt (the further paragraphs listed under it may hold one word alone).
  const excerpts = await page.locator('[data-search-results] > li').evaluateAll((items) => items.map((item) => item.querySelector('.search-excerpt')?.textContent ?? ''));
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(has(keysOf(excerpt), pair), excerpt).toBe(true);

  const more = page.getByRole('button', { name: engineUi(original, 'search.more') });
  while (await more.isVisible()) {
    await more.click();
    // The button is disabled while the next pages are read, then shown again or hidden.
    await expect(page.locator('[data-search-more]')).toBeEnabled();
  }
  const links = await page.locator('[data-search-results] > li a.search-result-link').evaluateAll((anchors) => anchors.map((anchor) => new URL(anchor.getAttribute('href')!, 'http://x').pathname));
  for (const file of [...together, ...apart]) expect(links, `“${query}”: ${pagePath(file)}`).toContain(pagePath(file));
  expect(links.length).toBeGreaterThan(sideBySideCount);
  await expect(status).toHaveText(engineUi(original, 'search.results.other', { count: String(links.length) }));
});
