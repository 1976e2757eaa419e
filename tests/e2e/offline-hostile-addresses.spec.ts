/**
 * The same hostile addresses and query in the offline copy, opened from disk (file://), where the
 * reading list finds its data.js files and its entry list's shards relative to the page and search
 * runs Pagefind's classic scripts: a malformed escape costs only its item, unknown items cost no
 * data.js loads, and a 100 KB query settles. Any uncaught exception or failed load fails a test (./offline-fixtures.ts).
 */
import { readContentFiles } from '../../src/lib/content-files';
import { languages } from '../../src/lib/languages';
import { maxQueryWords } from '../../src/lib/search/bounded-query';
import { ui } from '../support/offline';
import { entryInLaterShard } from '../support/known-shards';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './offline-fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const speech = files.find((file) => file.collection === 'speeches' && file.lang === 'vi')!;
const good = `speeches/${speech.id}/p2`;

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  test.describe(`offline hostile addresses (${lang})`, () => {
    turn.test('a reading list from disk with a malformed escape and 5,000 unknown items shows the good ones (one in a shard other than the first), loads only their files, and says what it left out', async ({ offlinePage: page, open }) => {
      const loaded: string[] = [];
      const shards: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('/data.js')) loaded.push(path.split('/').slice(-4).join('/'));
        if (path.includes('/_known/')) shards.push(path.slice(path.indexOf('_known/')));
      });
      const later = entryInLaterShard(files, lang);
      const unknown = Array.from({ length: 5000 }, (_, n) => `speeches/no-such-speech-${n}`);
      await open(`${lang}/reading-list/index.html#items=${[good, '%E0%A4%A', ...unknown, later.key].join('+')}`);
      await expect(page.locator('.reading-items > li')).toHaveCount(2);
      // Both with their titles: the later shard's entry is known, not shown as missing.
      await expect(page.locator('.reading-item-title a')).toHaveCount(2);
      await expect(page.locator('.reading-item-title a').last()).not.toHaveText('');
      const notice = page.locator('[data-reading-skipped] > p');
      await expect(notice).toHaveText([
        ui(lang, 'reading.skippedUnreadable', { count: '1', parts: '“%E0%A4%A”' }),
        ui(lang, 'reading.skippedUnknown', { count: '5000', parts: `${unknown.slice(0, 3).map((part) => `“${part}”`).join(', ')}, …` }),
      ]);
      expect(loaded.sort()).toEqual([...new Set([`${lang}/${later.key}/data.js`, `${lang}/speeches/${speech.id}/data.js`])].sort());
      expect(shards).toContain(later.shardPath);
      expect(new Set(shards).size).toBe(shards.length);
    });

    turn.test('a 100 KB query from disk settles on a shortened search, and the page keeps answering', async ({ offlinePage: page, open }) => {
      // Generous room on a busy machine: the test waits on the final state, it does not time it.
      test.slow();
      await open(`${lang}/index.html`);
      await page.keyboard.press('/');
      await page.locator('dialog[data-search-dialog]:not([aria-busy])').waitFor();
      const searched = Array(maxQueryWords).fill('da').join(' ');
      await page.getByRole('searchbox').fill('da '.repeat(34_000));
      await page.waitForFunction((expected) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === expected, searched, {
        timeout: 0,
      });
      await expect(page.locator('[data-search-status]')).toContainText(ui(lang, 'search.shortened', { query: searched }));
      expect(await page.evaluate(() => document.querySelectorAll('[data-search-results] > li').length)).toBeGreaterThan(0);
    });
  });
}
