import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { writeOfflineLibrary } from '../../scripts/library/build-library';
import { fullChromiumLaunchOptions } from '../../scripts/lib/chromium';
import { encodeAssignment } from '../../src/lib/assignment';
import { languages, localeOf } from '../../src/lib/languages';
import { formatBytes, type LibraryManifest } from '../../src/lib/offline-library/library';
import { pagesIn } from '../support/built-pages';
import { ui } from '../support/offline';
import { openSearch, runQuery, type ShownResult } from '../support/search';
import { serveFolder, type StaticServer } from '../support/static-server';
import { expect, test } from './fixtures';

/**
 * The library saved on a phone: the service worker, "Save for offline reading", reading and searching
 * with no connection (`context.setOffline(true)`), and a new build replacing the saved one whole.
 * On a copy of dist/ served by a plain static server, so a test can deploy a new build into it.
 */
// E2E_PORT + 1 is the sub-path spec's: they may run at the same time.
const port = Number(process.env.E2E_PORT ?? 4321) + 3;
const origin = `http://127.0.0.1:${port}`;
const lang = 'vi';
let copy: string;
let server: StaticServer;
/** A file the server holds back until released, to interrupt a download (none when undefined). */
let held: { path: string; release: () => void; released: Promise<void> } | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: origin, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
// A reader's browser: the headless shell the other specs use never asks for the page's icon, which
// the library must keep for a page opened with no connection. (A browser option: this file gets a
// worker of its own.)
test.use({ launchOptions: fullChromiumLaunchOptions() });

test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'offline-library-'));
  cpSync('dist', copy, { recursive: true });
  server = await serveFolder(copy, '/', port, { holdBack: (pathname) => (held && pathname === held.path ? held.released : undefined) });
});

test.afterAll(async () => {
  held?.release();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const manifestOf = (): LibraryManifest => JSON.parse(readFileSync(join(copy, 'offline-library', `${lang}.json`), 'utf8')) as LibraryManifest;
const status = (page: Page) => page.locator('[data-library-status]');
const button = (page: Page, key: string) => page.getByRole('button', { name: ui(lang, key), exact: true });
/** A whole status line of one kind, whatever fills its placeholders. */
const pattern = (key: string) => new RegExp(`^${ui(lang, key).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '[^.]+')}$`);

/** Opens the home page and waits until the service worker controls it. */
async function openHome(page: Page): Promise<void> {
  await page.goto(`/${lang}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Saves this language's library from the home page, checking the size is told first. */
async function saveLibrary(page: Page): Promise<void> {
  await openHome(page);
  await button(page, 'library.save').click();
  const manifest = manifestOf();
  await expect(status(page)).toHaveText(ui(lang, 'library.size', { size: formatBytes(manifest.bytes, localeOf(lang)) }));
  await button(page, 'library.download').click();
  await expect(status(page)).toHaveText(pattern('library.saved'));
  await expect(status(page)).toContainText(formatBytes(manifest.bytes, localeOf(lang)));
  await expect(button(page, 'library.remove')).toBeVisible();
}

async function searchResults(page: Page, queries: readonly string[]): Promise<ShownResult[][]> {
  await openSearch(page);
  const results: ShownResult[][] = [];
  for (const query of queries) results.push(await runQuery(page, query));
  await page.locator('[data-search-close]').click();
  return results;
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test('with nothing saved, a page already read opens again with no connection', async ({ page, context }) => {
  await openHome(page);
  const speech = pagesIn(lang).find((path) => path.includes('/speeches/') && path.split('/').length > 4)!;
  await page.goto(speech);
  await expect(page.locator('h1')).toBeVisible();
  // The browser asks for the page's icon after the page itself; offline too once it is kept.
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? ''))))
    .toBe(true);
  await goOffline(context, page);
  const response = await page.goto(speech);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('library-')))).toEqual([]);
});

test('saved for offline, every page opened and the search give the same as online, with no connection', async ({ page, context }) => {
  // A query with its diacritics and the same typed without them, and one typed in English, which
  // finds the English translation's passages (the library holds that index too), from the search evaluation set.
  const queries = ['đột phá', 'dot pha', 'expressway'];
  await openHome(page);
  const online = await searchResults(page, queries);
  expect(online[0]!.length).toBeGreaterThan(2);
  expect(online[2]!.map((result) => result.link)).toContain(`/${lang}/speeches/phan-thang-an-dynamic-cao-bang/#p5`);

  await saveLibrary(page);
  await goOffline(context, page);

  const pages = pagesIn(lang);
  const sample = pages.filter((_, index) => index % Math.max(1, Math.floor(pages.length / 10)) === 0).slice(0, 10);
  expect(sample).toHaveLength(10);
  for (const path of sample) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
  // The reading list's assignment tools, loaded on first use, come from the saved library too.
  await page.goto(`/${lang}/reading-list/#assignment=${encodeAssignment({ title: 'Bài thu hoạch', instructions: '', questions: ['Câu hỏi?'], due: '' })}`);
  await expect(page.locator('[data-assignment-view] h2')).toHaveText('Bài thu hoạch');
  await expect(page.locator('[data-assignment-questions] .assignment-question-text')).toHaveText(['Câu hỏi?']);
  // A list with an item: the lookup (_tools/known-entries.js), the entry list's shard, the items'
  // script (_tools/reading-list-items.js) and the entry's data.js all come from it as well.
  await page.goto(`/${lang}/reading-list/#items=speeches/phan-thang-an-dynamic-cao-bang/p5`);
  await expect(page.locator('.reading-items > li .reading-item-title a')).not.toHaveText('');
  await expect(page.locator('.reading-items > li .reading-item-text')).toBeVisible();
  await page.goto(`/${lang}/`);
  expect(await searchResults(page, queries)).toEqual(online);

  // The storage line offers to remove it; then nothing is kept.
  await button(page, 'library.remove').click();
  await expect(status(page)).toHaveText(ui(lang, 'library.removed'));
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('library-')))).toEqual([]);
});

test.describe('a new build', () => {
  // Cancelling a download aborts the request under way: that is what is being tested.
  test.use({ allowAbortedRequests: true });

  test('replaces the saved library whole: an interrupted update leaves the old one working, the finished one serves the new pages', async ({ page, context }) => {
    await saveLibrary(page);
    const before = manifestOf();
    const oldVersion = before.version;

    // Deploy a new build: one speech page changes, and the build writes the library's lists anew.
    const speech = pagesIn(lang).find((path) => path.includes('/speeches/') && path.split('/').length > 4)!;
    const file = join(copy, speech, 'index.html');
    const marker = 'phone-e2e-new-build';
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `<p id="${marker}">${marker}</p></main>`));
    await writeOfflineLibrary({ siteDir: copy, base: '/', languages });
    const after = manifestOf();
    expect(after.version).not.toBe(oldVersion);
    const changed = after.files.filter((entry) => before.files.find((old) => old.url === entry.url)?.revision !== entry.revision);
    expect(changed.map((entry) => entry.url)).toEqual([speech]);

    // The update is announced with what it costs: the changed page only.
    let release = () => {};
    const released = new Promise<void>((done) => (release = done));
    held = { path: speech, release, released };
    await openHome(page);
    await expect(status(page)).toContainText(ui(lang, 'library.update', { size: formatBytes(changed[0]!.size, localeOf(lang)) }));
    await button(page, 'library.updateButton').click();
    await expect(status(page)).toHaveText(pattern('library.progress'));
    await button(page, 'library.cancel').click();
    await expect(status(page)).toHaveText(pattern('library.paused'));
    release();
    held = undefined;

    // Interrupted: the old library is still the one served, whole, pages and index together.
    await goOffline(context, page);
    await page.goto(speech);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator(`#${marker}`)).toHaveCount(0);
    await page.goto(`/${lang}/`);
    expect((await searchResults(page, ['dot pha']))[0]!.length).toBeGreaterThan(0);

    // Online again, the update resumes and, once whole, replaces the old library.
    await context.setOffline(false);
    await openHome(page);
    await button(page, 'library.updateButton').click();
    await expect(status(page)).toHaveText(pattern('library.saved'));
    const kept = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('library-')));
    expect(kept.length).toBeGreaterThan(0);
    for (const name of kept) expect(name).toContain(after.version);

    await goOffline(context, page);
    await page.goto(speech);
    await expect(page.locator(`#${marker}`)).toHaveText(marker);
    await page.goto(`/${lang}/`);
    expect((await searchResults(page, ['dot pha']))[0]!.length).toBeGreaterThan(0);
  });
});
