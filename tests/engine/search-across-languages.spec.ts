/**
 * Search across languages on the fixture site (three languages): on each language's pages, words
 * found only in another language's text of a speech find that ¶, labelled with the other language
 * (original or translation) as the page's UI strings say it, in that language's `lang`, and linked to
 * the same ¶ of the page in the reader's language, also for a speech not translated into it (its page
 * there shows the original). The queries and expected values are read from the fixture's files.
 */
import { languageNameAmong } from '../../src/lib/language-names';
import { foldVietnamese } from '../../src/lib/search/fold-vietnamese';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { engineUi, fixtureFiles, fixtureSite, type FixtureFile } from '../support/engine-site';
import { openSearch, runQuery } from '../support/search';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;

/** How a page in `lang` labels a result of `other`'s index. */
const labelOf = (lang: string, other: string) =>
  engineUi(lang, other === original ? 'search.inOriginal' : 'search.inTranslation', { language: languageNameAmong(site.languages, other, lang) });

const words = (text: string) => foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const has = (haystack: readonly string[], phrase: readonly string[]) => ` ${haystack.join(' ')} `.includes(` ${phrase.join(' ')} `);

/**
 * Words of ¶ `n` of a speech's file, typed without marks, that stand nowhere else in the fixture (no
 * other file of any language, no other ¶): two side by side, or one long word. Undefined when none.
 */
function uniqueWordsOf(file: FixtureFile, n: number): string | undefined {
  const paragraphs = speechParagraphs(file.body);
  const own = words(paragraphs.find((paragraph) => paragraph.n === n)!.text);
  const elsewhere = [
    ...files.filter((other) => other !== file).map((other) => words(`${JSON.stringify(other.frontmatter)} ${other.body}`)),
    ...paragraphs.filter((paragraph) => paragraph.n !== n).map((paragraph) => words(paragraph.text)),
    words(JSON.stringify(file.frontmatter)),
  ];
  const candidates = [...own.slice(1).map((word, i) => [own[i]!, word]), ...own.filter((word) => word.length >= 7).map((word) => [word])];
  return candidates.find((phrase) => elsewhere.every((text) => !has(text, phrase)))?.join(' ');
}

/** The speeches written in `other`, with a ¶ whose words are its own, and the query that finds it. */
function casesFor(lang: string, other: string) {
  return files
    .filter((file) => file.collection === 'speeches' && file.lang === other)
    .flatMap((file) =>
      speechParagraphs(file.body)
        .map((paragraph) => ({ file, n: paragraph.n, query: uniqueWordsOf(file, paragraph.n) }))
        .filter((found): found is { file: FixtureFile; n: number; query: string } => found.query !== undefined)
        .slice(0, 1),
    )
    .map(({ file, n, query }) => ({ id: file.id, n, query, translated: files.some((page) => page.collection === 'speeches' && page.lang === lang && page.id === file.id) }));
}

for (const lang of codes) {
  for (const other of codes.filter((code) => code !== lang)) {
    test(`${lang} pages: words only ${other}'s text has find its ¶, labelled and linked to the ${lang} page`, async ({ page }) => {
      // A speech not translated into `lang` shows the original there, so its original words are its own (the last test).
      const cases = casesFor(lang, other).filter((found) => found.translated);
      expect(cases.length, `no speech in ${other} has words of its own`).toBeGreaterThan(0);
      await page.goto(`/${lang}/`);
      await openSearch(page);
      for (const { id, n, query } of cases) {
        await runQuery(page, query);
        const target = `/${lang}/speeches/${id}/#p${n}`;
        const result = page.locator('[data-search-results] > li').filter({ has: page.locator(`a.search-result-link[href="${target}"]`) });
        await expect(result, `“${query}” (${other}) on the ${lang} pages`).toHaveCount(1);
        await expect(result.locator('.search-result-title')).toHaveAttribute('lang', other);
        await expect(result.locator('.search-excerpt').first()).toHaveAttribute('lang', other);
        await expect(result.locator('.search-result-where')).toContainText(labelOf(lang, other));
      }
    });
  }
}

test('a speech not translated into a language is found there through its other languages, linked to its page in that language', async ({ page }) => {
  const lang = codes.find((code) => files.some((file) => file.collection === 'speeches' && file.lang === original && !files.some((page) => page.collection === 'speeches' && page.lang === code && page.id === file.id)))!;
  expect(lang).toBeDefined();
  // Words of one of its translations: the page in `lang` holds the original's.
  const cases = codes
    .filter((code) => code !== lang && code !== original)
    .flatMap((other) => casesFor(lang, other).map((found) => ({ ...found, other })))
    .filter((found) => !found.translated);
  expect(cases.length).toBeGreaterThan(0);
  await page.goto(`/${lang}/`);
  await openSearch(page);
  const { id, n, query, other } = cases[0]!;
  await runQuery(page, query);
  const link = page.locator(`[data-search-results] a.search-result-link[href="/${lang}/speeches/${id}/#p${n}"]`);
  await expect(link).toHaveCount(1);
  await expect(link.locator('.search-result-where')).toContainText(labelOf(lang, other));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/speeches/${id}/#p${n}$`));
  await expect(page.locator('.para:target')).toHaveAttribute('id', `p${n}`);
});
