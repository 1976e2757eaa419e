/**
 * The engine with three languages, on the fixture site (tests/fixtures/site/): the language switch,
 * hreflang alternates, an entry not yet translated, the parallel text's choice of language, PDF
 * handouts and search in each language. Every expected value is read from the fixture's files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { languageLabelAmong, languageNameAmong } from '../../src/lib/language-names';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { handoutPath, handoutsOf } from '../../src/lib/handouts';
import { builtDocument } from '../support/built-pages';
import { expectSideBySide } from '../support/parallel';
import { engineDist, fixtureFiles, fixtureSite } from '../support/engine-site';
import { answers, openSearch, runQuery } from '../support/search';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const labelOf = (code: string) => site.languages.find((language) => language.code === code)!.label;
const fileOf = (collection: string, lang: string, id: string) => files.find((file) => file.collection === collection && file.lang === lang && file.id === id);
/** The languages an entry is written in, in declared order. */
const writtenIn = (collection: string, id: string) => codes.filter((code) => fileOf(collection, code, id));

// The speech in every language, and the one not translated into every language.
const speech = files.find((file) => file.collection === 'speeches' && file.lang === original && writtenIn('speeches', file.id).length === codes.length)!;
const untranslatedSpeech = files.find((file) => file.collection === 'speeches' && file.lang === original && writtenIn('speeches', file.id).length < codes.length)!;
// The fixture's other entry not translated into every language, and a language it lacks.
const untranslated = files.find((file) => file.collection !== 'speeches' && file.lang === original && writtenIn(file.collection, file.id).length < codes.length)!;
const missingIn = codes.find((code) => !fileOf(untranslated.collection, code, untranslated.id))!;
const titleOf = (file: { frontmatter: Record<string, unknown> }) => String(file.frontmatter['title'] ?? file.frontmatter['name']);
const paragraphs = (lang: string) => new Map(speechParagraphs(fileOf('speeches', lang, speech.id)!.body).map((paragraph) => [paragraph.n, paragraph.text]));

test('the fixture has three languages and an entry not translated into one of them', () => {
  expect(codes).toHaveLength(3);
  expect(untranslated).toBeDefined();
  expect(untranslatedSpeech).toBeDefined();
  expect(writtenIn('speeches', speech.id)).toEqual(codes);
});

for (const lang of codes) {
  test(`${lang}: the language switch lists every other language, named in itself, on the same page`, async ({ page }) => {
    const path = `/${lang}/speeches/${speech.id}/`;
    await page.goto(`${path}#p2`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.site-name')).toContainText(site.name[lang] ?? site.name[original]!);
    const links = page.locator('a[data-lang-link]');
    await expect(links).toHaveCount(codes.length - 1);
    for (const other of codes.filter((code) => code !== lang)) {
      const link = page.getByRole('link', { name: labelOf(other), exact: true });
      await expect(link).toHaveAttribute('hreflang', other);
      await expect(link).toHaveAttribute('lang', other);
      await expect(link).toHaveAttribute('href', new RegExp(`/${other}/speeches/${speech.id}/#p2$`));
    }
    const other = codes.find((code) => code !== lang)!;
    await page.getByRole('link', { name: labelOf(other), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/speeches/${speech.id}/#p2$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  });

  test(`${lang}: hreflang names each language the entry is written in, and the original as x-default`, () => {
    for (const [collection, id] of [['speeches', speech.id], [untranslated.collection, untranslated.id]] as const) {
      const document = builtDocument(`/${lang}/${collection}/${id}/`, engineDist);
      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '', 'http://x').pathname]);
      expect(alternates).toEqual([...writtenIn(collection, id).map((code) => [code, `/${code}/${collection}/${id}/`]), ['x-default', `/${original}/${collection}/${id}/`]]);
    }
  });
}

test('an entry not yet translated is published in that language: the original text, marked as such, with a notice', async ({ page }) => {
  await page.goto(`/${missingIn}/${untranslated.collection}/${untranslated.id}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', missingIn);
  const notice = page.locator('.untranslated-notice');
  await expect(notice).toBeVisible();
  // Both languages named as the page's language names them.
  await expect(notice).toContainText(languageNameAmong(site.languages, missingIn, missingIn));
  await expect(notice).toContainText(languageNameAmong(site.languages, original, missingIn));
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(titleOf(untranslated));
  await expect(heading).toHaveAttribute('lang', original);
  // The body's words are the original's, in an element marked with its language.
  const firstWords = untranslated.body.trim().split('\n')[0]!.slice(0, 20);
  await expect(page.locator(`[lang="${original}"]`, { hasText: firstWords }).first()).toBeVisible();
  // Its language's list page lists it too.
  await page.goto(`/${missingIn}/${untranslated.collection}/`);
  await expect(page.getByRole('link', { name: titleOf(untranslated) })).toHaveAttribute('href', `/${missingIn}/${untranslated.collection}/${untranslated.id}/`);
});

// Read from the built pages: the titles are written at build time.
test('wherever a page names an entry not yet translated into its language, the original\'s words are marked with their language', () => {
  const pages = readdirSync(join(engineDist, missingIn), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${missingIn}/${file.replace(/index\.html$/, '')}`);
  const titles = files.filter((file) => file.lang === original && !fileOf(file.collection, missingIn, file.id)).map(titleOf);
  let seen = 0;
  for (const path of pages) {
    const document = builtDocument(path, engineDist);
    const unmarked: string[] = [];
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const title = titles.find((candidate) => text.includes(candidate));
      // A citation is one string in the page's language naming the text (its printed line and the
      // copied one): marking the title inside it is not done yet. Scripts' data is not shown text.
      if (!title || node.parentElement?.closest('.citation-line, script, template')) continue;
      seen += 1;
      const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang');
      if (marked !== original) unmarked.push(`“${title}” in <${node.parentElement?.localName}> marked ${marked}`);
    }
    expect(unmarked, path).toEqual([]);
  }
  // The fixture names its untranslated entries on some page of that language (its lists at least).
  expect(seen).toBeGreaterThan(0);
});

test('a speech not yet translated is published with its original text, which the parallel view sets beside a translation', async ({ page }) => {
  const lang = codes.find((code) => !fileOf('speeches', code, untranslatedSpeech.id))!;
  const other = writtenIn('speeches', untranslatedSpeech.id).find((code) => code !== original)!;
  await page.goto(`/${lang}/speeches/${untranslatedSpeech.id}/?view=both`);
  await expect(page.locator('.untranslated-notice')).toBeVisible();
  await expect(page.locator('.speech-body')).toHaveAttribute('lang', original);
  const theirs = new Map(speechParagraphs(fileOf('speeches', other, untranslatedSpeech.id)!.body).map((paragraph) => [paragraph.n, paragraph.text]));
  await expect(page.locator('#p1 + .para-twin')).toHaveAttribute('lang', other);
  await expect(page.locator('#p1 + .para-twin .para-text')).toHaveText(theirs.get(1)!);
  await expectSideBySide(page, [...theirs.keys()]);
  // It has no handout in the language it is not translated into.
  const handouts = await page.locator('.handout-links a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(handouts).toEqual(handoutsOf(writtenIn('speeches', untranslatedSpeech.id), original).map((handout) => `/${handoutPath(untranslatedSpeech.id, handout.variant)}`));
});

test('a translated page has no such notice', async ({ page }) => {
  await page.goto(`/${missingIn}/speeches/${speech.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(fileOf('speeches', missingIn, speech.id)!));
  await expect(page.locator('.untranslated-notice')).toHaveCount(0);
});

test('the parallel text compares the page with the original by default, and with any other language chosen', async ({ page }) => {
  const lang = codes.find((code) => code !== original)!;
  const third = codes.find((code) => code !== original && code !== lang)!;
  await page.goto(`/${lang}/speeches/${speech.id}/`);
  const group = page.locator('fieldset[data-parallel]');
  // The choices are named in the page's language.
  const labelIn = (code: string) => languageLabelAmong(site.languages, code, lang);
  await group.getByRole('radio', { name: labelIn(original), exact: true }).waitFor();
  const compare = group.getByRole('combobox');
  await expect(compare).toHaveValue(original);
  await expect(compare.locator('option')).toHaveText([original, third].map(labelIn));

  await group.locator('input[value="both"]').check();
  await expect(page).toHaveURL(new RegExp(`\\?view=both$`));
  await expect(page.locator('#p2 + .para-twin')).toHaveAttribute('lang', original);
  await expect(page.locator('#p2 + .para-twin .para-text')).toHaveText(paragraphs(original).get(2)!);

  await compare.selectOption(third);
  await expect(page).toHaveURL(new RegExp(`\\?view=both&with=${third}$`));
  await expect(page.locator('#p2 + .para-twin')).toHaveAttribute('lang', third);
  await expect(page.locator('#p2 + .para-twin .para-text')).toHaveText(paragraphs(third).get(2)!);
  await expect(page.locator('.para-twin')).toHaveCount(paragraphs(third).size);

  // The address keeps the choice through a reload.
  await page.reload();
  await expect(page.locator('#p2 + .para-twin')).toHaveAttribute('lang', third);
  await expect(compare).toHaveValue(third);
});

test('the original\'s page compares with the first translation by default', async ({ page }) => {
  await page.goto(`/${original}/speeches/${speech.id}/?view=both`);
  const first = codes.find((code) => code !== original)!;
  await expect(page.locator('#p1 + .para-twin')).toHaveAttribute('lang', first);
  await expect(page.locator('#p1 + .para-twin .para-text')).toHaveText(paragraphs(first).get(1)!);
});

test('each speech has a handout per language and the original beside each translation', async ({ page, request }) => {
  await page.goto(`/${original}/speeches/${speech.id}/`);
  const expected = handoutsOf(writtenIn('speeches', speech.id), original).map((handout) => handout.variant);
  expect(expected).toEqual([...codes, ...codes.filter((code) => code !== original).map((code) => `${original}-${code}`)]);
  const links = await page.locator('.handout-links a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toEqual(expected.map((variant) => `/${handoutPath(speech.id, variant)}`));
  for (const variant of expected) {
    const response = await request.get(`/${handoutPath(speech.id, variant)}`);
    expect(response.status(), variant).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

for (const lang of codes) {
  test(`${lang}: search finds the speech by a word of its title in that language, on that language's pages`, async ({ page }) => {
    const title = titleOf(fileOf('speeches', lang, speech.id)!);
    // The title's longest word: in its own language, not a word every text shares.
    const word = title.split(/[\s’']+/).sort((a, b) => b.length - a.length)[0]!;
    await page.goto(`/${lang}/`);
    await openSearch(page);
    const results = await runQuery(page, word);
    expect(results.some((result) => answers(result, `/${lang}/speeches/${speech.id}/`)), JSON.stringify(results)).toBe(true);
    for (const result of results) expect(result.link).toMatch(new RegExp(`^/${lang}/`));
  });
}

test.describe('the 404 page', () => {
  test.use({ expectNotFound: true });

  test('speaks every language, the original first', async ({ page }) => {
    const response = await page.goto('/does-not-exist/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('main section[lang]').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang')))).toEqual(codes);
  });
});

test('the root opens the original language and links every language', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain(`url=/${original}/`);
  for (const code of codes) expect(html).toContain(`hreflang="${code}" href="/${code}/"`);
});
