/**
 * Hostile addresses and queries in real Chromium, on the served site: a malformed %-escape costs
 * only its item, unknown items cost no data.js requests (only the shards of the entry list they
 * are looked up in, each once), and a 100 KB query settles with the page still answering. Any uncaught exception, console error or failed request fails a test (./fixtures.ts).
 */
import type { Page } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content-files';
import { languages } from '../../src/lib/languages';
import { maxQueryWords } from '../../src/lib/search/bounded-query';
import { ui } from '../support/offline';
import { openSearch } from '../support/search';
import { viewRadio, twinOf } from '../support/parallel';
import { readFileSync } from 'node:fs';
import { knownVersion } from '../../src/lib/known-entries';
import { entryInLaterShard } from '../support/known-shards';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const speech = files.find((file) => file.collection === 'speeches' && file.lang === 'vi')!;
const orientation = files.find((file) => file.collection === 'orientations' && file.lang === 'vi')!;
const good = [`speeches/${speech.id}/p2`, `speeches/${speech.id}/p5`, `orientations/${orientation.id}`];

/** Every request the page makes for an entry's data.js (or, `wanted` given, another file), by path. */
function dataRequests(page: Page, wanted = (path: string) => path.endsWith('/data.js')): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (wanted(path)) requested.push(path);
  });
  return requested;
}

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  test.describe(`hostile addresses (${lang})`, () => {
    turn.test('a reading list with malformed %-escapes among good items shows the good ones and says what it left out', async ({ page }) => {
      const bad = ['%E0%A4%A', '%', 'speeches%2'];
      await page.goto(`/${lang}/reading-list/#items=${[good[0], bad[0], good[1], bad[1], good[2], bad[2]].join('+')}`);
      const items = page.locator('.reading-items > li');
      await expect(items).toHaveCount(3);
      await expect(items.nth(0).locator('.reading-item-title')).toContainText(ui(lang, 'para.label', { n: '2' }));
      await expect(items.nth(2).locator('.reading-item-title a')).not.toHaveText('');
      const notice = page.locator('[data-reading-skipped]');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveText(ui(lang, 'reading.skippedUnreadable', { count: '3', parts: bad.map((part) => `“${part}”`).join(', ') }));
      // The address now holds the list as shown.
      await expect(page).toHaveURL(new RegExp(`#items=${good.join('\\+')}$`));
    });

    turn.test('5,000 unknown items cost no data.js requests: the known one, in a shard other than the first, loads, the rest are left out with a notice', async ({ page }) => {
      const requested = dataRequests(page);
      const shards = dataRequests(page, (path) => path.startsWith('/_known/'));
      const later = entryInLaterShard(files, lang);
      const unknown = Array.from({ length: 5000 }, (_, n) => `speeches/no-such-speech-${n}/p1`);
      await page.goto(`/${lang}/reading-list/#items=${[...unknown, later.key].join('+')}`);
      await expect(page.locator('.reading-items > li')).toHaveCount(1);
      await expect(page.locator('.reading-item-title a')).not.toHaveText('');
      await expect(page.locator('[data-reading-skipped]')).toHaveText(
        ui(lang, 'reading.skippedUnknown', { count: '5000', parts: `${unknown.slice(0, 3).map((part) => `“${part}”`).join(', ')}, …` }),
      );
      expect(requested).toEqual([`/${lang}/${later.key}/data.js`]);
      // The entry list's shards, each once: the later entry's among them.
      expect(shards).toContain(`/${later.shardPath}`);
      expect(new Set(shards).size).toBe(shards.length);
    });

    test.describe('with its requests held or failing', () => {
      // A page.route sees the page's own requests only with no service worker answering them.
      test.use({ serviceWorkers: 'block', allowAbortedRequests: true });

      turn.test("a shard cached before a deploy that added an entry cannot leave the new entry out: the deployed pages ask for their own version's shards", async ({ page }) => {
        const later = entryInLaterShard(files, lang);
        const built = /data-known-version="([0-9a-f]+)"/.exec(readFileSync(`dist/${lang}/reading-list/index.html`, 'utf8'))?.[1];
        // The site before the deploy: the same entries but this one, its pages naming that list's version.
        const before = knownVersion(files.filter((file) => file.lang === lang).map((file) => `${file.collection}/${file.id}`).filter((key) => key !== later.key));
        const oldName = (text: string) => (built ? text.replaceAll(`${built}-`, `${before}-`).replaceAll(`data-known-version="${built}"`, `data-known-version="${before}"`) : text);
        const newName = (text: string) => (built ? text.replaceAll(`${before}-`, `${built}-`) : text);
        let deployed = false;
        // The browser's cache: each shard as the first visit, before the deploy, got it.
        const cache = new Map<string, string>();
        await page.route(`**/${lang}/reading-list/`, async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          await route.fulfill({ response, body: deployed ? body : oldName(body) });
        });
        await page.route('**/_known/**', async (route) => {
          const path = new URL(route.request().url()).pathname;
          const cached = cache.get(path);
          if (cached !== undefined) return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: cached });
          if (deployed) return route.continue();
          const response = await route.fetch({ url: newName(route.request().url()) });
          const body = oldName((await response.text()).replace(`"${later.key}",`, '').replace(`,"${later.key}"`, '').replace(`"${later.key}"`, ''));
          cache.set(path, body);
          await route.fulfill({ response, body });
        });
        // Before the deploy, the entry is not in the library: its item is left out.
        await page.goto(`/${lang}/reading-list/#items=${later.key}/p1`);
        await expect(page.locator('[data-reading-skipped]')).toBeVisible();
        await expect(page.locator('.reading-items > li')).toHaveCount(0);
        deployed = true;
        await page.goto(`/${lang}/`);
        await page.goto(`/${lang}/reading-list/#items=${later.key}/p2`);
        await expect(page.locator('.reading-items > li .reading-item-title a')).toHaveCount(1);
        await expect(page.locator('[data-reading-skipped]')).toBeHidden();
        await expect(page).toHaveURL(new RegExp(`#items=${later.key}/p2$`));
      });

      turn.test('a shard that failed to load leaves its item kept and missing, costing no data.js of either language', async ({ page }) => {
        const requested = dataRequests(page);
        const later = entryInLaterShard(files, lang);
        await page.route(`**/${later.shardPath}`, (route) => route.abort('aborted'));
        await page.goto(`/${lang}/reading-list/#items=${later.key}/p2`);
        const items = page.locator('.reading-items > li');
        await expect(items).toHaveCount(1);
        await expect(items).toContainText(ui(lang, 'reading.missing'));
        // Both languages asked for: still nothing is loaded for an item left unchecked.
        const tools = page.waitForResponse('**/_tools/reading-list-tools.js');
        await page.locator('[data-reading-both]').check();
        await tools;
        await page.waitForTimeout(500);
        expect(requested).toEqual([]);
        await expect(page).toHaveURL(new RegExp(`#items=${later.key}/p2$`));
      });

      turn.test('a shard that failed to load is asked for again at the next lookup, which finds its entry', async ({ page }) => {
        const requested = dataRequests(page);
        const later = entryInLaterShard(files, lang);
        let failing = true;
        await page.route(`**/${later.shardPath}`, (route) => (failing ? route.abort('aborted') : route.continue()));
        await page.goto(`/${lang}/reading-list/#items=${later.key}/p2`);
        const items = page.locator('.reading-items > li');
        await expect(items).toContainText(ui(lang, 'reading.missing'));
        // The connection is back: a new address looks the entry up again, and finds it.
        failing = false;
        await page.evaluate((hash) => (window.location.hash = hash), `#items=${later.key}/p3`);
        await expect(items.locator('.reading-item-title a')).toHaveCount(1);
        await expect.poll(() => requested).toContain(`/${lang}/${later.key}/data.js`);
      });
    });

    turn.test('an address of more items than a list holds shows the first ones and says how many more it left out', async ({ page }) => {
      const requested = dataRequests(page);
      const many = Array.from({ length: 150 }, (_, n) => `speeches/${speech.id}/p${n + 1}`);
      await page.goto(`/${lang}/reading-list/#items=${many.join('+')}`);
      await expect(page.locator('.reading-items > li')).toHaveCount(100);
      await expect(page.locator('[data-reading-skipped]')).toHaveText(ui(lang, 'reading.skippedOverLimit', { max: '100', count: '50' }));
      // One entry, one data.js, however many of its paragraphs are listed.
      expect(requested).toEqual([`/${lang}/speeches/${speech.id}/data.js`]);
    });

    turn.test('a speech opened at a malformed fragment with ?view=both still shows both texts', async ({ page }) => {
      await page.goto(`/${lang}/speeches/${speech.id}/?view=both#p%E0%A4%A`);
      await expect(viewRadio(page, lang, 'both')).toBeChecked();
      await expect(twinOf(page, 7)).toBeVisible();
    });

    turn.test('a 100 KB query settles on a shortened search, says so, and the page keeps answering', async ({ page }) => {
      // Generous room on a busy machine: the test waits on the final state, it does not time it.
      test.slow();
      await page.goto(`/${lang}/`);
      await openSearch(page);
      const searched = Array(maxQueryWords).fill('da').join(' ');
      await page.getByRole('searchbox').fill('da '.repeat(34_000));
      // The final state: the results of the shortened query are listed.
      await page.waitForFunction((expected) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === expected, searched, {
        timeout: 0,
      });
      await expect(page.locator('[data-search-status]')).toContainText(ui(lang, 'search.shortened', { query: searched }));
      expect(await page.evaluate(() => document.querySelector('dialog[data-search-dialog]')?.hasAttribute('aria-busy'))).toBe(false);
      // A new query still runs to its end.
      await page.getByRole('searchbox').fill('Cao Bằng');
      await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-query') === 'Cao Bằng');
      await expect(page.locator('[data-search-status]')).not.toContainText(ui(lang, 'search.shortened', { query: '' }).split('“')[0]!);
    });
  });
}
