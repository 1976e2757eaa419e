/**
 * Every page of the fixture site, in each of its languages (one of them with UI strings not yet
 * translated, and entries published there in the original): it loads, has a heading, its language,
 * every body marker written out, and no UI string with a placeholder left unfilled.
 */
import { builtPages } from '../support/built-pages';
import { engineDist, fixtureSite } from '../support/engine-site';
import { unfilledPlaceholders } from '../support/placeholders';
import { expect, test } from './fixtures';

const codes = fixtureSite().languages.map((language) => language.code);

// Listed when the tests are collected: the fixture site is built by then only if a build is left
// from an earlier run, so the list is read again inside the test, after the setup project built it.
test('every page of the fixture site in every language', async ({ page }) => {
  test.setTimeout(300_000);
  const pages = builtPages(engineDist).filter((path) => codes.includes(path.split('/')[1]!));
  for (const code of codes) expect(pages.filter((path) => path.startsWith(`/${code}/`)).length, `pages in ${code}`).toBeGreaterThan(5);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', path.split('/')[1]!);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim(), path).not.toBe('');
    await expect(page.locator('speech-para, entry-ref, document-part'), path).toHaveCount(0);
    expect(await unfilledPlaceholders(page), `${path}: UI strings with a {{placeholder}} left unfilled`).toEqual([]);
  }
});
