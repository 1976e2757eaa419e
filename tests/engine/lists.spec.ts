/**
 * Long lists on the fixture site, whose list pages hold `listPageSize` entries (tests/fixtures/site/
 * site.config.ts): every entry published in a language is on exactly one page of its kind's list, in
 * pages of at most that many, linked to each other; the home page shows the first few and links to
 * the whole list. Expected values come from the fixture's files.
 */
import { fixtureFiles, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const size = site.listPageSize;

/** The ids a language publishes of a kind: its own entries and the originals not yet translated. */
const publishedIds = (collection: string, lang: string) =>
  [...new Set(files.filter((file) => file.collection === collection && (file.lang === lang || file.lang === original)).map((file) => file.id))].sort();
const collections = [...new Set(files.map((file) => file.collection))];
const long = collections.find((collection) => publishedIds(collection, original).length > size)!;

test('the fixture has a kind whose list runs to more than one page', () => {
  expect(long).toBeDefined();
});

for (const lang of codes) {
  test(`${lang}: every entry of a long list is on exactly one of its pages, which link to each other`, async ({ page, request }) => {
    const expected = publishedIds(long, lang);
    const count = Math.ceil(expected.length / size);
    const seen: string[] = [];
    for (let number = 1; number <= count; number++) {
      await page.goto(number === 1 ? `/${lang}/${long}/` : `/${lang}/${long}/page/${number}/`);
      const cards = await page.locator('.card-list .card h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(cards.length).toBeLessThanOrEqual(size);
      seen.push(...cards.map((href) => href.split('/').filter(Boolean).at(-1)!));
      // The list's own navigation (the header's marks the section as current too).
      const nav = page.locator('nav.pagination');
      await expect(nav).toHaveAttribute('aria-label', /./);
      await expect(nav.locator('a[aria-current="page"]')).toHaveText(String(number));
      await expect(nav.locator('a[rel="prev"]')).toHaveCount(number > 1 ? 1 : 0);
      await expect(nav.locator('a[rel="next"]')).toHaveCount(number < count ? 1 : 0);
    }
    expect(seen.sort()).toEqual(expected);
    // No page after the last.
    expect((await request.get(`/${lang}/${long}/page/${count + 1}/`)).status()).toBe(404);
  });
}

test('the home page shows the first entries of a long list and links to all of them', async ({ page }) => {
  await page.goto(`/${original}/`);
  const all = page.locator(`a[href="/${original}/${long}/"]`).filter({ hasText: String(publishedIds(long, original).length) });
  await expect(all).toHaveCount(1);
});

test('an event naming more texts than a list page holds lists the first page on its own page and the rest on pages of their own', async ({ page, request }) => {
  const event = files.find((file) => file.collection === 'events' && file.lang === original && ((file.frontmatter.speeches as string[]) ?? []).length > size)!;
  expect(event).toBeDefined();
  for (const lang of codes) {
    const expected = [...(event.frontmatter.speeches as string[])].sort();
    const count = Math.ceil(expected.length / size);
    await page.goto(`/${lang}/events/${event.id}/`);
    const section = page.locator('section[data-speech-list="speeches"]');
    const seen = await section.locator('.inline-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(seen).toHaveLength(size);
    await expect(section.locator('p.card-meta')).toContainText(String(expected.length));
    await expect(section.locator('a[rel="next"]')).toHaveAttribute('href', `/${lang}/events/${event.id}/speeches/2/`);
    for (let number = 2; number <= count; number++) {
      await page.goto(`/${lang}/events/${event.id}/speeches/${number}/`);
      seen.push(...(await page.locator('.card-list .card a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))));
      await expect(page.locator('nav.pagination a[aria-current="page"]')).toHaveText(String(number));
      await expect(page.locator(`h1 a[href="/${lang}/events/${event.id}/"]`)).toHaveCount(1);
    }
    expect(seen.map((href) => href.split('/').filter(Boolean).at(-1)).sort()).toEqual(expected);
    expect((await request.get(`/${lang}/events/${event.id}/speeches/${count + 1}/`)).status()).toBe(404);
  }
});
