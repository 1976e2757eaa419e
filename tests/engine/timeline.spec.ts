/**
 * The timeline of the fixture site, which has more dated moments than its `listPageSize`
 * (tests/fixtures/site/site.config.ts): a year index, a page per year, and a year with more moments
 * than a page holds on pages of its own; every moment on exactly one page. Expected values come
 * from the fixture's files.
 */
import { fixtureFiles, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const size = site.listPageSize;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const originals = (collection: string) => files.filter((file) => file.collection === collection && file.lang === original);
const events = originals('events').filter((event) => event.frontmatter.date);
// A speech an event names and dated that day is listed under the event, not as a moment of its own.
const folded = new Set(
  events.flatMap((event) => ((event.frontmatter.speeches as string[]) ?? []).filter((id) => originals('speeches').some((speech) => speech.id === id && iso(speech.frontmatter.date) === iso(event.frontmatter.date)))),
);
/** Every moment, as `<collection>/<id>` with its year. */
const moments = [
  ...events.map((event) => ({ page: `events/${event.id}`, year: iso(event.frontmatter.date).slice(0, 4) })),
  ...originals('speeches')
    .filter((speech) => !folded.has(speech.id))
    .map((speech) => ({ page: `speeches/${speech.id}`, year: iso(speech.frontmatter.date).slice(0, 4) })),
];
const years = [...new Set(moments.map((moment) => moment.year))].sort();
const inYear = (year: string) => moments.filter((moment) => moment.year === year).map((moment) => moment.page).sort();

test('the fixture has more moments than a page holds, and a year with more than a page', () => {
  expect(moments.length).toBeGreaterThan(size);
  expect(years.some((year) => inYear(year).length > size)).toBe(true);
});

for (const lang of codes) {
  test(`${lang}: the timeline is a year index; each year's moments are on its pages, each on exactly one`, async ({ page, request }) => {
    await page.goto(`/${lang}/timeline/`);
    const index = page.locator('nav.timeline-years');
    await expect(index.locator('a')).toHaveText(years);
    await expect(page.locator('ol.timeline')).toHaveCount(0);
    for (const year of years) {
      await expect(index.locator(`a[href="/${lang}/timeline/${year}/"]`)).toHaveCount(1);
      const count = Math.ceil(inYear(year).length / size);
      const seen: string[] = [];
      for (let number = 1; number <= count; number++) {
        await page.goto(number === 1 ? `/${lang}/timeline/${year}/` : `/${lang}/timeline/${year}/page/${number}/`);
        await expect(page.locator('nav.timeline-years a[aria-current="page"]')).toHaveText(year);
        const links = await page.locator('ol.timeline > li > a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
        expect(links.length).toBeLessThanOrEqual(size);
        seen.push(...links.map((href) => href.split('/').filter(Boolean).slice(-2).join('/')));
        // A year that fits one page has no pager (no one-item pagers).
        await expect(page.locator('nav.pagination')).toHaveCount(count > 1 ? 1 : 0);
        if (count > 1) await expect(page.locator('nav.pagination a[aria-current="page"]')).toHaveText(String(number));
      }
      expect(seen.sort()).toEqual(inYear(year));
      expect((await request.get(`/${lang}/timeline/${year}/page/${count + 1}/`)).status()).toBe(404);
    }
  });
}
