import { languages } from '../../src/lib/languages';
import { violationsOn } from '../support/axe';
import { builtPages, onePagePerType } from '../support/built-pages';
import { unfilledPlaceholders } from '../support/placeholders';
import { expect, test } from './fixtures';

const pages = builtPages().filter((path) => languages.includes(path.split('/')[1]!));

test('the build has pages in both languages', () => {
  expect(pages.filter((path) => path.startsWith('/vi/')).length).toBeGreaterThan(10);
  expect(pages.filter((path) => path.startsWith('/en/')).length).toBe(pages.filter((path) => path.startsWith('/vi/')).length);
});

/**
 * The pages axe audits as loaded: one of every type in every language. Pages of a type share their
 * template and styles, which is what axe judges; what differs between them, their text, is held on
 * every page by the HTML gates (quality-html.spec.ts) and the checks below, and an audit of each of
 * the hundred pages took a fifth of the suite.
 */
const audited = new Set(onePagePerType().map((entry) => entry.path));

for (const path of pages) {
  // One visit per page for both the page's own checks and, on the audited ones, the accessibility audit.
  test(`${path} renders with its heading, language, links to its translations and page type${audited.has(path) ? ', with no WCAG 2.2 A/AA violations' : ''}`, async ({ page }) => {
    const lang = path.split('/')[1]!;
    const others = languages.filter((other) => other !== lang);
    const pathIn = (other: string) => path.replace(/^\/[^/]+\//, `/${other}/`);

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).not.toBe('');

    // Absolute when the build knows SITE_URL (npm test builds as deployed at the test server), else site-relative.
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`^(https?://[^/]+)?${path}$`));
    for (const other of others) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', new RegExp(`^(https?://[^/]+)?${pathIn(other)}$`));
      await expect(page.locator(`a[data-lang-link][hreflang="${other}"]`)).toHaveAttribute('href', new RegExp(`${pathIn(other)}$`));
      expect(pages).toContain(pathIn(other));
    }
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', /^type:[a-z-]+$/);
    // MDX renders <Para> and <Ref> as these markers; a body not written out through <EntryBody>
    // would leave them (valid HTML as custom elements, so the HTML gates would not object).
    await expect(page.locator('speech-para, entry-ref')).toHaveCount(0);
    expect(await unfilledPlaceholders(page), 'UI strings with a {{placeholder}} left unfilled').toEqual([]);
    if (audited.has(path)) expect(await violationsOn(page)).toEqual([]);
  });
}

test.describe('the root', () => {
  test.use({ allowAbortedRequests: true });

  test('chooses Vietnamese', async ({ page }) => {
    await page.goto('/');
    await page.waitForURL('**/vi/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});

test.describe('the 404 page', () => {
  test.use({ expectNotFound: true });

  test('answers an unknown path in both languages', async ({ page }) => {
  const response = await page.goto('/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  });
});

test('entry pages declare their type for the search filter', async ({ page }) => {
  const expected: Record<string, string> = {
    speeches: 'speech',
    orientations: 'orientation',
    breakthroughs: 'breakthrough',
    people: 'person',
    events: 'event',
    targets: 'target',
  };
  for (const [collection, type] of Object.entries(expected)) {
    const entryPage = pages.find((path) => new RegExp(`^/vi/${collection}/[^/]+/$`).test(path));
    expect(entryPage, `no ${collection} entry page`).toBeDefined();
    await page.goto(entryPage!);
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', `type:${type}`);
  }
});
