/**
 * Who said what, on the fixture site (tests/fixtures/site/): a page shows the source's own title as
 * the source's and the editors' translation as theirs, also in a language a text is not yet
 * translated into. Every expected value is read from the fixture's files.
 */
import { fixtureFiles, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const fileOf = (collection: string, lang: string, id: string) => files.find((file) => file.collection === collection && file.lang === lang && file.id === id);
const titleOf = (file: { frontmatter: Record<string, unknown> }) => String(file.frontmatter['title']);

/** Runs an entry's data.js (a classic script) and returns what it records for its page. */
async function entryData(request: import('@playwright/test').APIRequestContext, path: string): Promise<{ citations: Record<string, string> }> {
  const script = await (await request.get(`${path}data.js`)).text();
  const window: { readingData?: Record<string, { citations: Record<string, string> }> } = {};
  new Function('window', script)(window);
  return Object.values(window.readingData ?? {})[0]!;
}

// A speech with a headline of its own, and a language it is not translated into.
const untranslated = files
  .filter((file) => file.collection === 'speeches' && file.lang === original && file.frontmatter['titleIsEditorial'] !== true)
  .flatMap((file) => codes.filter((code) => !fileOf('speeches', code, file.id)).map((lang) => ({ file, lang })))[0]!;
// A speech with a headline, translated into a language other than the original.
const translated = files
  .filter((file) => file.collection === 'speeches' && file.lang !== original && fileOf('speeches', original, file.id)?.frontmatter['titleIsEditorial'] !== true)
  .map((file) => ({ file, source: fileOf('speeches', original, file.id)! }))[0]!;

test('the fixture has a speech not translated into a language, and one translated', () => {
  expect(untranslated).toBeDefined();
  expect(translated).toBeDefined();
});

test('a speech not yet translated: its headline is the source’s, with no translation of it by the editors', async ({ page, request }) => {
  const { file, lang } = untranslated;
  const headline = titleOf(file);
  const path = `/${lang}/speeches/${file.id}/`;
  await page.goto(path);
  const sourceTitle = page.locator('[data-source-title]');
  await expect(sourceTitle).toHaveText(headline);
  await expect(sourceTitle).toHaveAttribute('lang', original);
  await expect(page.locator('[data-title-translation]')).toHaveCount(0);
  // Every citation (one per voice, as the page and its data.js carry them) and the printed line
  // quote the headline and go straight on to the publication or date: nothing called a translation.
  const onPage = JSON.parse((await page.locator('article[data-citations]').getAttribute('data-citations'))!) as Record<string, string>;
  const inData = (await entryData(request, path)).citations;
  for (const citation of [...Object.values(onPage), ...Object.values(inData), (await page.locator('.citation-line').textContent())!]) {
    expect(citation).toContain(`“${headline}”, `);
    expect(citation.split(headline)).toHaveLength(2);
  }
});

test('a translated speech: the source’s headline, then the editors’ translation, labelled as theirs', async ({ page, request }) => {
  const { file, source } = translated;
  const path = `/${file.lang}/speeches/${file.id}/`;
  await page.goto(path);
  await expect(page.locator('[data-source-title]')).toHaveText(titleOf(source));
  await expect(page.locator('[data-source-title]')).toHaveAttribute('lang', original);
  await expect(page.locator('[data-title-translation]')).toHaveText(titleOf(file));
  for (const citation of Object.values((await entryData(request, path)).citations)) {
    expect(citation).toContain(`“${titleOf(source)}” `);
    expect(citation).toContain(titleOf(file));
  }
});

// An official document, and a language it is not translated into.
const untranslatedDocument = files
  .filter((file) => file.collection === 'resolutions' && file.lang === original)
  .flatMap((file) => codes.filter((code) => !fileOf('resolutions', code, file.id)).map((lang) => ({ file, lang })))[0]!;

test('an official document not yet translated: its title is the document’s, quoted in its citation with no translation', async ({ page }) => {
  expect(untranslatedDocument).toBeDefined();
  const { file, lang } = untranslatedDocument;
  const title = titleOf(file);
  await page.goto(`/${lang}/resolutions/${file.id}/`);
  await expect(page.locator('[data-source-title]')).toHaveText(title);
  await expect(page.locator('[data-source-title]')).toHaveAttribute('lang', original);
  await expect(page.locator('[data-title-translation]')).toHaveCount(0);
  const citations = JSON.parse((await page.locator('article[data-citations]').getAttribute('data-citations'))!) as Record<string, string>;
  for (const citation of [...Object.values(citations), (await page.locator('.citation-line').textContent())!]) {
    expect(citation).toContain(`, “${title}”, `);
    expect(citation.split(title)).toHaveLength(2);
  }
});

test('a target’s “Stated in” link leads to a ¶ that links back to the target, with the words that state it', async ({ page }) => {
  const target = files.find((file) => file.collection === 'targets' && file.lang === original)!;
  const { speech, paragraphs } = target.frontmatter['statedIn'] as { speech: string; paragraphs: number[] };
  await page.goto(`/${original}/targets/${target.id}/`);
  const link = page.locator('dl.meta a[href*="#p"]');
  await expect(link).toHaveAttribute('href', `/${original}/speeches/${speech}/#p${paragraphs[0]}`);
  await link.click();
  await expect(page.locator(`#p${paragraphs[0]} a.ref[data-ref="targets/${target.id}"]`)).toBeVisible();
});

test('a reading list in a language a speech is not translated into marks its passage as the original’s', async ({ page }) => {
  const { file, lang } = untranslated;
  await page.goto(`/${lang}/reading-list/#items=speeches/${file.id}/p1`);
  const quote = page.locator('.reading-item blockquote');
  await expect(quote).toHaveAttribute('lang', original);
  await expect(quote).not.toBeEmpty();
});
