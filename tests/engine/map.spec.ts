/**
 * The relation map of a corpus of more texts than `mapPageSize` (tests/fixtures/site/site.config.ts
 * sets 1): the map page is an overview by counts, a box per orientation or breakthrough counting the
 * texts that refer to it and opening its own map, which draws those texts, one page of them at a time.
 * Expected values come from the fixture's files.
 */
import { fixtureFiles, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const size = site.mapPageSize;

const publishedSpeeches = (lang: string) => {
  const own = files.filter((file) => file.collection === 'speeches' && file.lang === lang);
  return [...own, ...files.filter((file) => file.collection === 'speeches' && file.lang === original && !own.some((mine) => mine.id === file.id))];
};
/** The ids of the speeches, in `lang`, with a paragraph that refers to the item. */
const citing = (lang: string, collection: string, id: string) =>
  publishedSpeeches(lang)
    .filter((speech) => new RegExp(`<Ref to="${collection}/${id}[#"]`).test(speech.body))
    .map((speech) => speech.id)
    .sort();
const items = files.filter((file) => (file.collection === 'orientations' || file.collection === 'breakthroughs') && file.lang === original);

test('the fixture has more texts than a map page draws, and an item more texts refer to than that', () => {
  expect(publishedSpeeches(original).length).toBeGreaterThan(size);
  expect(items.some((item) => citing(original, item.collection, item.id).length > size)).toBe(true);
});

for (const lang of codes) {
  test(`${lang}: the map is an overview by counts, and each item's own map draws every text that refers to it`, async ({ page, request }) => {
    await page.goto(`/${lang}/map/`);
    const wide = page.locator('svg.relation-map-wide');
    // No box per text: the boxes are the items and, for each item texts refer to, its count.
    await expect(wide.locator('a.relation-map-node[href*="/speeches/"]')).toHaveCount(0);
    // A count mixes the stated ¶ with the editors' readings, so its line is never drawn as stated.
    await expect(wide.locator('.relation-map-edges path:not(.serves)')).not.toHaveCount(0);
    await expect(wide.locator('.relation-map-edges path:not(.serves):not(.editorial)')).toHaveCount(0);
    for (const item of items) {
      await expect(wide.locator(`a.relation-map-node[href="/${lang}/${item.collection}/${item.id}/"]`)).toHaveCount(1);
      const texts = citing(lang, item.collection, item.id);
      const ownMap = `/${lang}/map/${item.collection}/${item.id}/`;
      await expect(wide.locator(`a.relation-map-node[href="${ownMap}"]`)).toHaveCount(texts.length > 0 ? 1 : 0);
      if (texts.length === 0) continue;
      await expect(page.locator(`figcaption a[href="${ownMap}"]`)).toContainText(String(texts.length));

      const count = Math.ceil(texts.length / size);
      const seen: string[] = [];
      for (let number = 1; number <= count; number++) {
        await page.goto(number === 1 ? ownMap : `${ownMap}page/${number}/`);
        await expect(page.locator('svg.relation-map-narrow')).toHaveCount(1);
        const drawn = await page.locator('svg.relation-map-wide a.relation-map-node[href*="/speeches/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
        expect(drawn.length).toBeLessThanOrEqual(size);
        seen.push(...drawn.map((href) => href.split('/').filter(Boolean).at(-1)!));
        // The item itself, and the way back to the overview.
        await expect(page.locator(`svg.relation-map-wide a.relation-map-node[href="/${lang}/${item.collection}/${item.id}/"]`)).toHaveCount(1);
        await expect(page.locator(`.eyebrow a[href="/${lang}/map/"]`)).toHaveCount(1);
        await expect(page.locator('nav.pagination')).toHaveCount(count > 1 ? 1 : 0);
      }
      expect(seen.sort()).toEqual(texts);
      expect((await request.get(`${ownMap}page/${count + 1}/`)).status()).toBe(404);
      await page.goto(`/${lang}/map/`);
    }
  });
}
