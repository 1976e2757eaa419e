/**
 * Search across languages (src/lib/search/cross-language.ts), in the built site and in the offline
 * copy opened from disk: a query the page's own language does not answer is also searched in the
 * other language's index, loaded only then; its results are labelled with the language they are in,
 * carry its `lang`, and link to the same ¶ of the reader's page. The expected labels are made here
 * from src/i18n and the declared languages' names, the expected places from the texts (content/).
 */
import type { Page } from '@playwright/test';
import { languageNameIn, originalLang } from '../../src/lib/languages';
import { fileUrl, ui } from '../support/offline';
import { openSearch, runQuery } from '../support/search';
import { expect, test } from './offline-fixtures';

/** How a page in `lang` labels a result of `other`'s index. */
const labelOf = (lang: string, other: string) => ui(lang, other === originalLang ? 'search.inOriginal' : 'search.inTranslation', { language: languageNameIn(other, lang) });

/** Each shown result: its link, the language of its title and excerpt, and its line of details. */
function shownResults(page: Page) {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      link: item.querySelector('a.search-result-link')?.getAttribute('href') ?? '',
      titleLang: item.querySelector('.search-result-title')?.getAttribute('lang') ?? null,
      excerptLang: item.querySelector('.search-excerpt')?.getAttribute('lang') ?? null,
      where: item.querySelector('.search-result-where')?.textContent ?? '',
      whereLang: item.querySelector('.search-result-where')?.closest('[lang]')?.getAttribute('lang') ?? null,
    })),
  );
}

/** The Pagefind files a page requested, by name (`index/vi_1a2b.pf_index`, `wasm.en.pagefind`). */
function pagefindRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const match = /\/pagefind\/(.+?)(?:\.js)?(?:[?#].*)?$/.exec(request.url());
    if (match) names.push(match[1]!);
  });
  return names;
}

test('on the English site, Vietnamese typed without marks finds the passages of the Vietnamese original, labelled, in its language, linked to the English ¶', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page);
  await runQuery(page, 'cao toc');
  const results = await shownResults(page);
  // “Cao Bằng” is in the English texts, “cao tốc” (expressway) only in the Vietnamese: its passages come first.
  const passage = results.find((result) => result.link === '/en/speeches/phan-thang-an-dynamic-cao-bang/#p5');
  expect(passage, JSON.stringify(results, null, 1)).toMatchObject({ titleLang: 'vi', excerptLang: 'vi', whereLang: 'en' });
  expect(passage!.where).toContain(labelOf('en', 'vi'));
  expect(results.indexOf(passage!)).toBeLessThan(3);
  // English results of the same query are not labelled, nor marked as another language.
  for (const result of results.filter((shown) => shown.titleLang === null)) expect(result.where).not.toContain(labelOf('en', 'vi'));

  await page.locator('[data-search-results] a.search-result-link[href$="#p5"]').click();
  await expect(page).toHaveURL(/\/en\/speeches\/phan-thang-an-dynamic-cao-bang\/#p5$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.para:target')).toHaveAttribute('id', 'p5');
});

test('on the Vietnamese site, English finds the passages of the English translation, labelled and linked to the Vietnamese ¶', async ({ page }) => {
  await page.goto('/vi/');
  await openSearch(page);
  await runQuery(page, 'administrative reform');
  const results = await shownResults(page);
  expect(results.map((result) => result.link)).toContain('/vi/speeches/phan-thang-an-dynamic-cao-bang/#p7');
  for (const result of results.filter((shown) => shown.titleLang === 'en')) {
    expect(result).toMatchObject({ excerptLang: 'en', whereLang: 'vi' });
    expect(result.where).toContain(labelOf('vi', 'en'));
    expect(result.link).toMatch(/^\/vi\//);
  }
  expect(results.filter((shown) => shown.titleLang === 'en').length).toBeGreaterThan(0);
});

test('the other language\'s index loads only for a query the page\'s own does not answer', async ({ page }) => {
  const requested = pagefindRequests(page);
  await page.goto('/en/');
  await openSearch(page);
  // Answered in English on the first screen: no Vietnamese file is fetched.
  await runQuery(page, 'digital transformation');
  await runQuery(page, 'orientations');
  expect(requested.filter((name) => /(^|\/)vi_|wasm\.unknown/.test(name))).toEqual([]);
  expect(await shownResults(page).then((results) => results.filter((result) => result.titleLang !== null))).toEqual([]);

  await runQuery(page, 'nguon nhan luc');
  expect(requested.filter((name) => /(^|\/)vi_/.test(name)).length).toBeGreaterThan(0);
  expect((await shownResults(page)).every((result) => result.titleLang === 'vi')).toBe(true);
});

test('from disk, the offline copy searches across languages alike', async ({ page, offlinePage, offlineRoot }) => {
  await page.goto('/en/');
  await openSearch(page);
  await runQuery(page, 'nguồn nhân lực');
  const served = await shownResults(page);

  await offlinePage.goto(fileUrl(offlineRoot, 'en/index.html'));
  await openSearch(offlinePage);
  await runQuery(offlinePage, 'nguồn nhân lực');
  const fromDisk = await shownResults(offlinePage);
  const asSitePath = (href: string) => `/${href.replace(/^(\.\.\/)+/, '').replace(/index\.html(?=#|$)/, '')}`;
  expect(fromDisk.map((result) => ({ ...result, link: asSitePath(result.link) }))).toEqual(served);
  expect(served.some((result) => result.titleLang === 'vi' && result.where.includes(labelOf('en', 'vi')))).toBe(true);

  await offlinePage.locator('[data-search-results] a.search-result-link[href*="/speeches/"]').first().click();
  await expect(offlinePage).toHaveURL(/\/en\/speeches\/[^/]+\/index\.html#p\d+$/);
  await expect(offlinePage.locator('.para:target')).toHaveCount(1);
});
