import { readFileSync } from 'node:fs';
import { test as bare, type Page } from '@playwright/test';
import { cspProblems } from '../support/gates/csp';
import { filesIn } from '../support/gates/files';
import { openSearch, runQuery } from '../support/search';
import { expect, test } from './fixtures';

/**
 * The security gate. Statically, every built page carries a Content-Security-Policy that allows no
 * inline script but its own hashed ones and no inline event handler. In Chromium, the pages and
 * the search (Pagefind's WebAssembly included) run under it without a single violation.
 */
const brokenPage = readFileSync('tests/fixtures/gates/csp/broken.html', 'utf8');

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('every built page has a strict script policy and no inline handler or script URL', () => {
  const problems = filesIn('dist').flatMap((file) => cspProblems(readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`));
  expect(problems).toEqual([]);
});

for (const path of ['/vi/', '/en/speeches/to-lam-working-session-cao-bang/', '/vi/orientations/green-economic-restructuring/', '/vi/speeches/to-lam-working-session-cao-bang/?view=both']) {
  test(`${path} runs without a policy violation`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(`${path}#p2`);
    await page.getByRole('link', { name: /English|Tiếng Việt/ }).first().hover();
    // The parallel text is placed by script, from the twin's data.js: under the policy too.
    if (path.includes('?view=both')) await expect(page.locator('#p2 + .para-twin')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('the search, with Pagefind and its WebAssembly, runs without a policy violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/vi/');
  await openSearch(page);
  expect((await runQuery(page, 'chuyen doi so')).length).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});

bare.describe('on a deliberately broken page', () => {
  bare('the static check reports the unhashed script, the handler, the script URL and the allowed style attributes', () => {
    expect(cspProblems(brokenPage)).toEqual([
      'inline event handler onclick on <button>',
      'javascript: URL in href of <a>',
      "inline script without its hash in script-src: document.documentElement.dataset.injected = 'yes';…",
      'style attributes are allowed',
    ]);
  });

  bare('the browser runs only the hashed script and blocks the rest', async ({ page, baseURL }) => {
    const url = new URL('/__gates__/csp-broken.html', baseURL).href;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: brokenPage }));
    const violations = await recordViolations(page);
    await page.goto(url);
    await page.getByRole('button', { name: 'Click' }).click();
    const flags = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(flags).toEqual({ hashed: 'yes' });
    expect((await violations()).map((violation) => violation.split(':')[0])).toEqual(['script-src-elem', 'script-src-attr']);
  });
});
