import { languages } from '../../src/lib/languages';
import { violationsOn } from '../support/axe';
import { basicProblems, builtDocument, builtPages, onePagePerType } from '../support/built-pages';
import { describeLoad, load, overBudget } from '../support/page-load';
import { unfilledPlaceholders } from '../support/placeholders';
import { expect, test } from './fixtures';

const pages = builtPages().filter((path) => languages.includes(path.split('/')[1]!));

test('the build has pages in both languages', () => {
  expect(pages.filter((path) => path.startsWith('/vi/')).length).toBeGreaterThan(10);
  expect(pages.filter((path) => path.startsWith('/en/')).length).toBe(pages.filter((path) => path.startsWith('/vi/')).length);
});

/** A built page's problems that its HTML alone shows: what every page holds, its translations, its search type. */
function staticProblems(path: string): string[] {
  const document = builtDocument(path);
  const lang = path.split('/')[1]!;
  const pathIn = (other: string) => path.replace(/^\/[^/]+\//, `/${other}/`);
  const problems: string[] = [];
  const expectThat = (holds: boolean, what: string) => {
    if (!holds) problems.push(`${path}: ${what}`);
  };
  for (const problem of basicProblems(document, lang)) problems.push(`${path}: ${problem}`);
  // Absolute when the build knows SITE_URL (npm test builds as deployed at the test server), else site-relative.
  const alternate = (hreflang: string) => document.querySelector(`link[rel="alternate"][hreflang="${hreflang}"]`)?.getAttribute('href') ?? '';
  expectThat(new RegExp(`^(https?://[^/]+)?${path}$`).test(alternate(lang)), `its own hreflang link is "${alternate(lang)}"`);
  for (const other of languages.filter((candidate) => candidate !== lang)) {
    expectThat(new RegExp(`^(https?://[^/]+)?${pathIn(other)}$`).test(alternate(other)), `the ${other} hreflang link is "${alternate(other)}"`);
    const switchLink = document.querySelector(`a[data-lang-link][hreflang="${other}"]`)?.getAttribute('href') ?? '';
    expectThat(switchLink.endsWith(pathIn(other)), `the language switch to ${other} leads to "${switchLink}"`);
    expectThat(pages.includes(pathIn(other)), `${pathIn(other)} was not built`);
  }
  expectThat(/^type:[a-z-]+$/.test(document.querySelector('main')?.getAttribute('data-pagefind-filter') ?? ''), 'main declares no type for the search filter');
  return problems;
}

// Parsing every page is far quicker than opening each in the browser: what the HTML says is checked
// on every page here; what needs the browser (a visible heading, axe) on one page of every type below.
test('every page states its language, one heading, links to its translations, its type, and no unrendered marker or placeholder', () => {
  expect(pages.flatMap(staticProblems)).toEqual([]);
});

/**
 * One page of every type in every language is opened as a first-time reader would, in a fresh
 * browser, and held to the load budgets (tests/support/page-load.ts), then audited by axe as loaded.
 * Pages of a type share their template and styles, which is what axe judges; what differs between
 * them, their text, is held on every page by the HTML gates (quality-html.spec.ts) and the test above.
 */
for (const { path, type } of onePagePerType()) {
  test(`${path} (${type}) stays within the load budgets, shows its heading and has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    const loaded = await load(page, path);
    expect(overBudget(loaded), describeLoad(loaded)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Text a script writes after load (the reading list, the notebook) is not in the built HTML.
    expect(await unfilledPlaceholders(page), 'UI strings with a {{placeholder}} left unfilled').toEqual([]);
    expect(await violationsOn(page)).toEqual([]);
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

test('entry pages declare their type for the search filter', () => {
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
    expect(builtDocument(entryPage!).querySelector('main')?.getAttribute('data-pagefind-filter'), entryPage).toBe(`type:${type}`);
  }
});
