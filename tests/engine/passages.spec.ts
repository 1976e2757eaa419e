/**
 * Citing passages in pages on the fixture site, whose `passagePageSize` is small (tests/fixtures/
 * site/site.config.ts): an orientation cited by more paragraphs than that lists the first page on
 * its own page, counted and grouped by speech, with one link on; the rest go on at
 * `…/passages/2/` …, each paragraph on exactly one page. Expected values come from the fixture's files.
 */
import { fixtureFiles, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const size = site.passagePageSize;

/** The speeches a language publishes: its own and the originals not yet translated. */
const publishedSpeeches = (lang: string) => {
  const own = files.filter((file) => file.collection === 'speeches' && file.lang === lang);
  return [...own, ...files.filter((file) => file.collection === 'speeches' && file.lang === original && !own.some((mine) => mine.id === file.id))];
};

/** `speech#pN` for every paragraph, in `lang`, with a <Ref> to the entry, but the one its `statedIn` names. */
function citing(lang: string, collection: string, id: string): string[] {
  const entry = files.find((file) => file.collection === collection && file.id === id && file.lang === original)!;
  const statedIn = entry.frontmatter.statedIn as { speech: string; paragraphs: number[] } | undefined;
  return publishedSpeeches(lang).flatMap((speech) =>
    [...speech.body.matchAll(/<Para n=\{(\d+)\}[^>]*>([\s\S]*?)<\/Para>/g)]
      .filter(([, , text]) => new RegExp(`<Ref to="${collection}/${id}[#"]`).test(text!))
      .map(([, n]) => Number(n))
      .filter((n) => !(statedIn?.speech === speech.id && statedIn.paragraphs.includes(n)))
      .map((n) => `${speech.id}#p${n}`),
  );
}

const directives = files.filter((file) => file.collection === 'orientations' && file.lang === original).map((file) => file.id);
const long = directives.find((id) => citing(original, 'orientations', id).length > size)!;

test('the fixture has an orientation cited by more paragraphs than a page holds', () => {
  expect(long).toBeDefined();
});

for (const lang of codes) {
  test(`${lang}: every citing paragraph is on exactly one page, the first the entry's own, counted and linked on`, async ({ page, request }) => {
    const expected = citing(lang, 'orientations', long);
    const speeches = new Set(expected.map((passage) => passage.split('#')[0]));
    const count = Math.ceil(expected.length / size);
    const seen: string[] = [];
    for (let number = 1; number <= count; number++) {
      await page.goto(number === 1 ? `/${lang}/orientations/${long}/` : `/${lang}/orientations/${long}/passages/${number}/`);
      const section = page.locator('section[data-relation="editorial"]').filter({ has: page.locator('#passages-heading') });
      const links = await section.locator('.passage-list a.passage-ref').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
      expect(links.length).toBeLessThanOrEqual(size);
      seen.push(
        ...links.map((href) => {
          const [path = '', paragraph] = href.split('#');
          return `${path.split('/').filter(Boolean).at(-1)}#${paragraph}`;
        }),
      );
      // Counted: the paragraphs and the speeches they are in.
      await expect(section.locator('p.card-meta').first()).toContainText(String(expected.length));
      if (speeches.size > 1) await expect(section.locator('p.card-meta').first()).toContainText(String(speeches.size));
      if (number === 1) {
        // One link on from the entry's page, no pager on it.
        await expect(section.locator('a[rel="next"]')).toHaveAttribute('href', `/${lang}/orientations/${long}/passages/2/`);
        await expect(page.locator('nav.pagination')).toHaveCount(0);
      } else {
        const nav = page.locator('nav.pagination');
        await expect(nav.locator('a[aria-current="page"]')).toHaveText(String(number));
        await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', number === 2 ? `/${lang}/orientations/${long}/#passages-heading` : `/${lang}/orientations/${long}/passages/${number - 1}/`);
        await expect(nav.locator('a[rel="next"]')).toHaveCount(number < count ? 1 : 0);
        // The page names the entry it lists passages of, and links back to it.
        await expect(page.locator(`h1 a[href="/${lang}/orientations/${long}/"]`)).toHaveCount(1);
      }
    }
    expect(seen.sort()).toEqual([...expected].sort());
    expect((await request.get(`/${lang}/orientations/${long}/passages/${count + 1}/`)).status()).toBe(404);
  });
}

test('a list that fits one page is neither counted nor paged', async ({ page, request }) => {
  const short = files.find(
    (file) => file.collection === 'resolutions' && file.lang === original && citing(original, 'resolutions', file.id).length > 0 && citing(original, 'resolutions', file.id).length <= size,
  )!;
  expect(short).toBeDefined();
  await page.goto(`/${original}/resolutions/${short.id}/`);
  const section = page.locator('section').filter({ has: page.locator('#passages-heading') });
  await expect(section.locator('a.passage-ref')).toHaveCount(citing(original, 'resolutions', short.id).length);
  await expect(section.locator('p.card-meta')).toHaveCount(0);
  await expect(section.locator('a[rel="next"]')).toHaveCount(0);
  expect((await request.get(`/${original}/resolutions/${short.id}/passages/2/`)).status()).toBe(404);
});
