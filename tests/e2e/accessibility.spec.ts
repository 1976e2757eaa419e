import { readFileSync } from 'node:fs';
import { languageLabelIn, languages } from '../../src/lib/languages';
import { comparedWith } from '../support/parallel';
import { violationsOn } from '../support/axe';
import { builtPages } from '../support/built-pages';
import { openSearch, runQuery } from '../support/search';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './fixtures';

/** What the reading tools' audits hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

/**
 * A page of every type in every language, as it loads, is audited in pages.spec.ts; these tests audit the
 * states a reader brings pages into.
 */
const pages = builtPages().filter((path) => /^\/(vi|en)\//.test(path));

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  // Colours do not change with the language: the home page and each speech (their formats style
  // different parts) once, the languages taken in turn.
  const homeAndSpeeches = pages.filter((path) => /^\/vi\/(speeches\/[^/]+\/)?$/.test(path)).map((path, index) => path.replace(/^\/vi\//, `/${languages[index % languages.length]}/`));
  for (const path of homeAndSpeeches) {
    test(`${path} keeps enough contrast in dark mode`, async ({ page }) => {
      await page.goto(`${path}#p2`);
      expect(await violationsOn(page)).toEqual([]);
    });
  }

  test('the parallel text keeps enough contrast in dark mode', async ({ page }) => {
    await page.goto('/en/speeches/phan-thang-an-dynamic-cao-bang/?view=both#p2');
    await expect(page.locator('#p2 + .para-twin')).toBeVisible();
    expect(await violationsOn(page)).toEqual([]);
  });
});

test.describe('the search dialog', () => {
  for (const [path, query] of [
    ['/vi/speeches/to-lam-working-session-cao-bang/', 'chuyen doi so'],
    ['/en/', 'digital transformation'],
  ] as const) {
    test(`opened with results on ${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.goto(path);
      await openSearch(page);
      expect((await runQuery(page, query)).length).toBeGreaterThan(0);
      expect(await violationsOn(page)).toEqual([]);
    });
  }

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });

    test('opened with results keeps enough contrast', async ({ page }) => {
      await page.goto('/vi/');
      await openSearch(page);
      expect((await runQuery(page, 'khau dot pha')).length).toBeGreaterThan(0);
      expect(await violationsOn(page)).toEqual([]);
    });
  });
});

test.describe('reading tools in use', () => {
  for (const lang of languages) {
    const turn = takeTurns(test, lang);
    turn.test(`a reading list with items has no violations (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/reading-list/#items=speeches/phan-thang-an-dynamic-cao-bang/p7+orientations/green-economic-restructuring`);
      await expect(page.locator('.reading-items > li')).toHaveCount(2);
      expect(await violationsOn(page)).toEqual([]);
    });

    turn.test(`the parallel text, both side by side and the twin alone on a phone, has no violations (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/speeches/to-lam-working-session-cao-bang/?view=both#p7`);
      await expect(page.locator('#p7 + .para-twin')).toBeVisible();
      expect(await violationsOn(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('radio', { name: languageLabelIn(comparedWith(lang), lang), exact: true }).check();
      await expect(page.locator('#p7')).toBeHidden();
      expect(await violationsOn(page)).toEqual([]);
    });

    turn.test(`the manual-copy citation dialog has no violations (${lang})`, async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(`/${lang}/speeches/to-lam-working-session-cao-bang/`);
      await page.locator('#p7 .cite-button').click();
      await expect(page.locator('dialog.cite-dialog')).toBeVisible();
      expect(await violationsOn(page)).toEqual([]);
    });
  }
});

test.describe('the language switch', () => {
  test('focused, and on the twin page it leads to, has no violations', async ({ page }) => {
    await page.goto('/vi/speeches/to-lam-working-session-cao-bang/#p7');
    const toEnglish = page.getByRole('link', { name: 'English', exact: true });
    await toEnglish.focus();
    expect(await violationsOn(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/speeches\/to-lam-working-session-cao-bang\/#p7$/);
    await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).focus();
    expect(await violationsOn(page)).toEqual([]);
  });
});

test('axe fails a deliberately broken page', async ({ page, baseURL }) => {
  const url = new URL('/__gates__/a11y-broken.html', baseURL).href;
  const body = readFileSync('tests/fixtures/gates/a11y/broken.html', 'utf8');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  const rules = (await violationsOn(page)).map((violation) => violation.split(':')[0]);
  expect(rules.sort()).toEqual(['color-contrast', 'html-has-lang', 'image-alt', 'label', 'link-name']);
});
