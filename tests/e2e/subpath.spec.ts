import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy';
import type { LibraryManifest } from '../../src/lib/offline-library/library';
import { ui } from '../support/offline';
import { checkLinks } from '../support/gates/links';
import { openSearch, runQuery } from '../support/search';
import { serveFolder, type StaticServer } from '../support/static-server';
import { expect, test } from './fixtures';

/**
 * Deployment under a sub-path: the site built with SITE_BASE=/cao-bang/ (and SITE_URL for absolute
 * alternates), served by a plain static server that answers nothing outside /cao-bang/, works:
 * pages, links (PDF handouts and the offline copy included), language switch and search. The whole
 * `npm run build`, in a copy of the project, beside the tests that use dist/.
 */
const base = '/cao-bang/';
const port = Number(process.env.E2E_PORT ?? 4321) + 1;
const origin = `http://127.0.0.1:${port}`;
let copy: string;
let server: StaticServer;

test.describe.configure({ mode: 'default' });
test.use({ baseURL: origin });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = mkdtempSync(join(tmpdir(), 'subpath-'));
  copyProject(copy, { git: true });
  const env = { ...process.env, SITE_BASE: base, SITE_URL: 'https://example.org' };
  const build = spawnSync('npm', ['run', 'build'], { cwd: copy, env, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  server = await serveFolder(join(copy, 'dist'), base, port);
});

test.afterAll(async () => {
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test.describe('the root', () => {
  test.use({ allowAbortedRequests: true });

  test('of the sub-path chooses Vietnamese', async ({ page }) => {
    await page.goto(base);
    await expect(page).toHaveURL(`${origin}${base}vi/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});

test('navigation and the language switch stay under the sub-path', async ({ page }) => {
  await page.goto(`${base}vi/`);
  await page.getByRole('navigation').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${base}vi/[a-z-]+/$`));
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${base}en/[a-z-]+/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('hreflang alternates are absolute URLs under the sub-path', async ({ page }) => {
  await page.goto(`${base}en/speeches/to-lam-working-session-cao-bang/`);
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', `https://example.org${base}vi/speeches/to-lam-working-session-cao-bang/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org${base}en/speeches/to-lam-working-session-cao-bang/`);
});

test('search loads Pagefind from the sub-path and its results lead to pages there', async ({ page }) => {
  await page.goto(`${base}vi/`);
  await openSearch(page);
  const results = await runQuery(page, 'chuyen doi so');
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) expect(result.link).toMatch(new RegExp(`^${base}vi/`));
  await page.locator('a.search-result-link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${base}vi/.+`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('search across languages links another language\'s passage to the reader\'s page under the sub-path', async ({ page }) => {
  await page.goto(`${base}en/`);
  await openSearch(page);
  const results = await runQuery(page, 'cao toc');
  for (const result of results) expect(result.link).toMatch(new RegExp(`^${base}en/`));
  // “cao tốc” is only in the Vietnamese original: its passage, in Vietnamese, leads to the English ¶.
  const passage = page.locator(`a.search-result-link[href="${base}en/speeches/phan-thang-an-dynamic-cao-bang/#p5"]`);
  await expect(passage.locator('.search-result-title')).toHaveAttribute('lang', 'vi');
  await passage.click();
  await expect(page).toHaveURL(`${origin}${base}en/speeches/phan-thang-an-dynamic-cao-bang/#p5`);
  await expect(page.locator('.para:target')).toHaveAttribute('id', 'p5');
});

test('every link, resource and #fragment resolves under the sub-path', async () => {
  test.setTimeout(120_000);
  // Canonical and hreflang links, on SITE_URL's origin, are checked on the served copy.
  const report = await checkLinks([base, `${base}vi/`, `${base}en/`].map((path) => `${origin}${path}`), 'https://example.org');
  expect(report.broken).toEqual([]);
  expect(report.otherOrigins).toEqual([]);
});

test('the service worker is scoped to the sub-path, and its saved library serves the pages there with no connection', async ({ page, context }) => {
  const manifest = JSON.parse(readFileSync(join(copy, 'dist', 'offline-library', 'vi.json'), 'utf8')) as LibraryManifest;
  expect(manifest.files.filter((file) => !file.url.startsWith(base))).toEqual([]);
  await page.goto(`${base}vi/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${origin}${base}`);
  await page.getByRole('button', { name: ui('vi', 'library.save'), exact: true }).click();
  await page.getByRole('button', { name: ui('vi', 'library.download'), exact: true }).click();
  await expect(page.getByRole('button', { name: ui('vi', 'library.remove'), exact: true })).toBeVisible();
  await context.setOffline(true);
  const response = await page.goto(`${base}vi/map/`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the link gate fails a page whose links forget the sub-path', async () => {
  const fixture = await serveFolder('tests/fixtures/gates/subpath', base);
  try {
    const report = await checkLinks([fixture.url]);
    expect(report.broken).toEqual(['/cao-bang/ → /favicon.svg (HTTP 404)', '/cao-bang/ → /vi/ (HTTP 404)']);
  } finally {
    await fixture.close();
  }
});
