/**
 * What makes a page fast, held as facts that do not move with the machine's load: what each page
 * type sends before the reader touches it (bytes by kind, requests), that nothing blocks the first
 * render, that images are sized, and which of our scripts run at load and how much of them. The
 * timed Lighthouse performance score is a benchmark (`npm run bench:lighthouse`), not a test: a
 * busy machine lowered it on correct pages.
 */
import type { Page, Response } from '@playwright/test';
import { tally, type Transfer } from '../../scripts/lib/page-transfer';
import { onePagePerType } from '../support/built-pages';
import { expect, test } from './fixtures';

/** Budgets per page, before any interaction; the same for every page type and language. */
const budget = {
  /** HTML with its inline CSS, gzipped: the first thing a phone on a slow link waits for. */
  htmlAndCssKb: 15,
  /** The Vietnamese subsets of the site's one typeface. */
  fontsKb: 80,
  /** Only the search button's script and the page's reading tools load before interaction. */
  jsKb: 5,
  /** Every request the page makes by itself: the document, fonts, scripts, the icon, data. */
  requests: 15,
  /** Bytes of our scripts that actually run at load (JS coverage): the work a page starts. */
  executedJsKb: 4,
};

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

interface PageLoad {
  transfer: Transfer;
  requests: string[];
  renderBlocking: string[];
  unsizedImages: string[];
  executedJs: { url: string; bytes: number }[];
}

/**
 * The characters of a script that ran: V8 lists each function's range after the ranges that enclose
 * it, so marking them in order leaves each character with its innermost function's call count.
 */
function executedBytes(script: { source?: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }): number {
  const counts = new Uint32Array(script.source?.length ?? 0);
  for (const fn of script.functions) for (const range of fn.ranges) counts.fill(range.count, range.startOffset, range.endOffset);
  return counts.reduce((sum, count) => sum + (count > 0 ? 1 : 0), 0);
}

/** Opens `path` as a first-time reader would and records what it cost until it settled. */
async function load(page: Page, path: string): Promise<PageLoad> {
  const responses: Response[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('response', (response) => responses.push(response));
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const coverage = await page.coverage.stopJSCoverage();
  const executedJs = coverage
    .filter((script) => /^https?:/.test(script.url))
    .map((script) => ({ url: new URL(script.url).pathname, bytes: executedBytes(script) }))
    .filter((script) => script.bytes > 0);
  const { renderBlocking, unsizedImages } = await page.evaluate(() => {
    const blocking: string[] = [];
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')) {
      if (!link.media || window.matchMedia(link.media).matches) blocking.push(`stylesheet ${link.getAttribute('href')}`);
    }
    for (const script of document.head.querySelectorAll<HTMLScriptElement>('script[src]')) {
      if (!script.async && !script.defer && script.type !== 'module') blocking.push(`script ${script.getAttribute('src')}`);
    }
    const unsized = [...document.querySelectorAll('img')]
      .filter((image) => !image.getAttribute('width') || !image.getAttribute('height'))
      .map((image) => image.getAttribute('src') ?? '(no src)');
    return { renderBlocking: blocking, unsizedImages: unsized };
  });
  return { transfer: await tally(responses), requests, renderBlocking, unsizedImages, executedJs };
}

for (const { path, type } of onePagePerType()) {
  test(`${path} (${type}) stays within the load budgets before any interaction`, async ({ page }) => {
    const loaded = await load(page, path);
    const { transfer } = loaded;
    const summary = JSON.stringify({ ...loaded, transfer: Object.fromEntries(Object.entries(transfer).map(([kind, bytes]) => [kind, kb(bytes)])) }, null, 1);

    expect(kb(transfer.html + transfer.css), summary).toBeLessThanOrEqual(budget.htmlAndCssKb);
    expect(kb(transfer.fonts), summary).toBeLessThanOrEqual(budget.fontsKb);
    expect(kb(transfer.js), summary).toBeLessThanOrEqual(budget.jsKb);
    expect(loaded.requests.length, summary).toBeLessThanOrEqual(budget.requests);
    expect(loaded.renderBlocking, summary).toEqual([]);
    expect(loaded.unsizedImages, summary).toEqual([]);
    // The search (its UI, Pagefind and the index) waits for the reader to open it.
    expect(loaded.requests.filter((request) => /pagefind|search-ui/.test(request)), summary).toEqual([]);
    expect(kb(loaded.executedJs.reduce((sum, script) => sum + script.bytes, 0)), summary).toBeLessThanOrEqual(budget.executedJsKb);
  });
}

test('the load budgets see what a heavy page would cost', async ({ page, baseURL }) => {
  // A page with a blocking stylesheet and script, an unsized image and a busy script at load.
  const url = new URL('/__gates__/heavy.html', baseURL).href;
  const filler = 'x'.repeat(40_000);
  const routes: Record<string, { type: string; body: string }> = {
    '/__gates__/heavy.html': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Heavy</title><link rel="stylesheet" href="/__gates__/heavy.css"><script src="/__gates__/heavy.js"></script></head><body><img src="/favicon.svg" alt="icon"><p>${filler}</p></body></html>`,
    },
    '/__gates__/heavy.css': { type: 'text/css', body: 'p { color: black }' },
    '/__gates__/heavy.js': { type: 'text/javascript', body: `function busy() { let total = 0; for (let i = 0; i < 1000; i++) total += i; return total; }\n${Array.from({ length: 300 }, (_, n) => `function step${n}() { return busy() + ${n}; } step${n}();`).join('\n')}` },
  };
  for (const [route, { type, body }] of Object.entries(routes)) {
    await page.route(new URL(route, baseURL).href, (request) => request.fulfill({ contentType: type, body }));
  }
  const loaded = await load(page, url);
  expect(loaded.renderBlocking).toEqual(['stylesheet /__gates__/heavy.css', 'script /__gates__/heavy.js']);
  expect(loaded.unsizedImages).toEqual(['/favicon.svg']);
  expect(kb(loaded.executedJs.reduce((sum, script) => sum + script.bytes, 0))).toBeGreaterThan(budget.executedJsKb);
});
