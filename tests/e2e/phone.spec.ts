import type { Page } from '@playwright/test';
import { onePagePerType } from '../support/built-pages';
import { expectStacked } from '../support/parallel';
import { searchQueries } from '../support/search';
import { violationsOn } from '../support/axe';
import { ui } from '../support/offline';
import { originalLang } from '../../src/lib/languages';
import { expect, test } from './fixtures';

/**
 * The site on a phone, 320 to 414 px wide, one page of every type in every language (read from
 * dist/): nothing scrolls the page sideways, every section is reachable from the header's menu,
 * the reading tools are 44 × 44 px, text keeps a readable size, the map is drawn for the width,
 * the parallel text is one column, and the search shows three results or more with its filters
 * folded. The heights are those of common phones of each width.
 */
const phones = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
  { width: 414, height: 896 },
] as const;

/** Everything a reader taps to move around or to use a text: each must be 44 × 44 px where shown. */
const targets = [
  '.site-menu-button',
  '.search-button',
  '.language-switch',
  '.site-nav a',
  '.para-number',
  '.cite-button',
  '.reading-add',
  '.parallel-switch label',
  '.reading-buttons button',
  '.reading-item-tools button',
  '.notebook-buttons button',
  '.notebook-actions input[type="file"]',
  '.notebook-item button',
].join(', ');

const pages = onePagePerType();

/** Shown targets smaller than 44 × 44 px, described. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator(targets).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      // Half a pixel of rounding, never more.
      return box.width < 43.5 || box.height < 43.5 ? [`${element.className} "${element.textContent?.trim()}" is ${Math.round(box.width)}×${Math.round(box.height)}`] : [];
    }),
  );
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The smallest font size of any text shown on the page, in CSS px, with where it is. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let smallest = { size: Infinity, where: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      // Not shown, or hidden for the eye but read out (.visually-hidden is 1 px wide).
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize) * (parent instanceof SVGElement ? (parent.ownerSVGElement?.getScreenCTM()?.a ?? 1) : 1);
      if (size < smallest.size) smallest = { size, where: `${parent.tagName.toLowerCase()}.${parent.getAttribute('class') ?? ''} "${node.textContent.trim().slice(0, 40)}"` };
    }
    return smallest;
  });

test('there are pages of every type to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

// A test per page, loaded once at 360 px, the commonest width, and then narrowed to 320 and widened
// to 414 px as a phone turned or a window resized would (the layout is CSS, which answers the width
// alone): the same checks as a test per page and width, with a ninth of the loads. axe audits the
// page at 360 px with the menu open, in the original language: what differs between these widths
// (sideways scroll, target sizes, text size, the menu) is held at every width and in every language,
// axe audits every page type in every language at full width (pages.spec.ts), and axe at every
// width and language cost over a minute of the suite.
const [commonest, ...otherWidths] = [phones[1], phones[0], phones[2]];

test.describe('at every width', () => {
  test.use({ viewport: commonest, isMobile: true, hasTouch: true });

  for (const { path, lang, type } of pages) {
    test(`${path} (${type}): no sideways scroll, the menu reaches every section, targets 44 px, readable text${lang === originalLang ? '; axe at 360 px with the menu open' : ''}`, async ({ page }) => {
      await page.goto(path);
      for (const phone of [commonest, ...otherWidths]) {
        await page.setViewportSize(phone);
        const where = `${path} (${type}) at ${phone.width} px`;
        expect(await sidewaysOverflow(page), `${where} scrolls sideways`).toBe(0);

        const menu = page.getByRole('banner').getByRole('button', { name: ui(lang, 'nav.menu') });
        const sections = page.getByRole('navigation', { name: ui(lang, 'nav.label') }).getByRole('link');
        // The menu's folding and its keyboard are the header's, the same at every width: held at the first.
        const first = phone === commonest;
        if (first) {
          await expect(menu).toHaveAttribute('aria-expanded', 'false');
          await expect(sections.first()).toBeHidden();
        }
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(sections.last()).toBeVisible();
        // Every section shown and within the window, read at once.
        const shown = await sections.evaluateAll((links) =>
          links.map((link) => {
            const box = link.getBoundingClientRect();
            return `${link.textContent?.trim()}: ${link.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0 && box.right <= document.documentElement.clientWidth ? 'shown' : 'not shown'}`;
          }),
        );
        expect(shown.length, where).toBeGreaterThan(5);
        expect(shown.filter((line) => !line.endsWith(': shown')), where).toEqual([]);
        expect(await sidewaysOverflow(page), `${where} with the menu open scrolls sideways`).toBe(0);

        if (type === 'speech') await expect(page.locator('.cite-button').first()).toBeVisible();
        expect(await smallTargets(page), where).toEqual([]);
        const text = await smallestText(page);
        expect(text.size, `${where}: ${text.where}`).toBeGreaterThanOrEqual(12);
        if (first && lang === originalLang) expect(await violationsOn(page), where).toEqual([]);

        await page.keyboard.press('Escape');
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        if (first) {
          await expect(menu).toBeFocused();
          await expect(sections.first()).toBeHidden();
        }
      }
    });
  }
});

// The page-type features that look different on a phone, each page loaded once at 360 px and then
// narrowed and widened as above (the layout answers the width alone); what a test measures against
// the screen's height (the search's three results) is measured at each phone's own height.
test.describe('features at every width', () => {
  test.use({ viewport: commonest, isMobile: true, hasTouch: true });

  test('the parallel text is one column, each ¶ followed by its translation', async ({ page }) => {
    const speeches = pages.filter((entry) => entry.type === 'speech');
    expect(speeches.length).toBeGreaterThan(0);
    for (const { path, lang } of speeches) {
      await page.goto(`${path}?view=both`);
      const numbers = await page.locator('.speech-body > .para:not(.para-twin)').evaluateAll((paras) => paras.map((para) => Number(para.id.slice(1))));
      expect(numbers.length).toBeGreaterThan(3);
      await expect(page.locator('.para-twin').first()).toBeVisible();
      for (const phone of [commonest, ...otherWidths]) {
        await page.setViewportSize(phone);
        const where = `${path}?view=both at ${phone.width} px`;
        await expectStacked(page, numbers);
        expect(await sidewaysOverflow(page), `${where} scrolls sideways`).toBe(0);
        expect(await smallTargets(page), where).toEqual([]);
      }
      await page.setViewportSize(commonest);
      await page.getByRole('banner').getByRole('button', { name: ui(lang, 'nav.menu') }).click();
      expect(await violationsOn(page), `${path}?view=both with the menu open`).toEqual([]);
    }
  });

  test('the map is drawn for the width, its text at full size', async ({ page }) => {
    const maps = pages.filter((entry) => entry.type === 'map');
    expect(maps.length).toBeGreaterThan(0);
    for (const { path } of maps) {
      await page.goto(path);
      for (const phone of [commonest, ...otherWidths]) {
        await page.setViewportSize(phone);
        const where = `${path} at ${phone.width} px`;
        const narrow = page.locator('svg.relation-map-narrow');
        await expect(narrow).toBeVisible();
        await expect(page.locator('svg.relation-map-wide')).toBeHidden();
        const fit = await narrow.evaluate((svg: SVGSVGElement) => ({
          right: svg.getBoundingClientRect().right,
          window: document.documentElement.clientWidth,
          scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
        }));
        expect(fit.right, where).toBeLessThanOrEqual(fit.window);
        expect(fit.scale, `${where}: the map is shrunk`).toBeGreaterThanOrEqual(0.99);
        expect(await narrow.locator('a').count()).toBe(await page.locator('svg.relation-map-wide a').count());
        expect(await sidewaysOverflow(page), where).toBe(0);
      }
    }
  });

  for (const lang of [...new Set(pages.map((entry) => entry.lang))]) {
    test(`the search (${lang}) shows three results or more with its filters folded`, async ({ page }) => {
      // The evaluation set's query with the most pages a reader expects, in this language.
      const query = searchQueries.filter((entry) => entry.lang === lang).sort((a, b) => new Set(b.expect.map((target) => target.split('#')[0])).size - new Set(a.expect.map((target) => target.split('#')[0])).size)[0]!;
      await page.goto(`/${lang}/`);
      await page.getByRole('banner').getByRole('button', { name: ui(lang, 'search.open') }).click();
      const dialog = page.getByRole('dialog');
      const filters = dialog.locator('details[data-search-filter-toggle]');
      await expect(filters).not.toHaveAttribute('open');
      await expect(dialog.getByRole('combobox').first()).toBeHidden();
      await dialog.getByRole('searchbox').fill(query.query);
      const results = dialog.locator('[data-search-results] > li');
      await expect(results.nth(2)).toBeAttached();
      await expect(dialog).not.toHaveAttribute('aria-busy');
      for (const phone of [commonest, ...otherWidths]) {
        await page.setViewportSize(phone);
        const titles = await results.locator('.search-result-title').evaluateAll((spans) => spans.slice(0, 3).map((span) => span.getBoundingClientRect().bottom));
        expect(titles).toHaveLength(3);
        for (const bottom of titles) expect(bottom, `a result's title is below the screen (${phone.width} × ${phone.height} px)`).toBeLessThanOrEqual(phone.height);
        expect(await sidewaysOverflow(page), `${phone.width} px`).toBe(0);
      }

      // The filters are one tap away, and fit.
      await page.setViewportSize(commonest);
      await filters.locator('summary').click();
      await expect(dialog.getByRole('combobox').first()).toBeVisible();
      for (const phone of [commonest, ...otherWidths]) {
        await page.setViewportSize(phone);
        const box = await dialog.locator('summary').boundingBox();
        expect(box!.height, `${phone.width} px`).toBeGreaterThanOrEqual(44);
        expect(await sidewaysOverflow(page), `${phone.width} px with the filters open`).toBe(0);
      }
    });
  }

  test('the reading list\'s own buttons are 44 px too', async ({ page }) => {
    const speech = pages.find((entry) => entry.type === 'speech')!;
    await page.goto(speech.path);
    await page.locator('.para-tools .reading-add').first().click();
    await page.goto(`/${speech.lang}/reading-list/`);
    await expect(page.locator('.reading-item').first()).toBeVisible();
    expect(await page.locator('.reading-item-tools button, .reading-buttons button').count()).toBeGreaterThan(0);
    for (const phone of [commonest, ...otherWidths]) {
      await page.setViewportSize(phone);
      expect(await smallTargets(page), `${phone.width} px`).toEqual([]);
      expect(await sidewaysOverflow(page), `${phone.width} px`).toBe(0);
    }
  });
});
