/**
 * What makes a page fast, held as facts that do not move with the machine's load: what a page sends
 * before the reader touches it (bytes by kind, requests), that nothing blocks the first render, that
 * images are sized, and which of our scripts run at load and how much of them. Measured on the visit
 * of pages.spec.ts that also audits the page; the gate's own broken page is in quality-load.spec.ts.
 */
import type { Page, Response } from '@playwright/test';
import { tally, type Transfer } from '../../scripts/lib/page-transfer';

/** Budgets per page, before any interaction; the same for every page type and language. */
export const budget = {
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

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export interface PageLoad {
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
export async function load(page: Page, path: string): Promise<PageLoad> {
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

/** Every budget a loaded page goes over, each with what it measured. */
export function overBudget(loaded: PageLoad): string[] {
  const { transfer } = loaded;
  const problems: string[] = [];
  const over = (what: string, value: number, limit: number) => {
    if (value > limit) problems.push(`${what}: ${value} over ${limit}`);
  };
  over('HTML and its CSS, KB gzipped', kb(transfer.html + transfer.css), budget.htmlAndCssKb);
  over('fonts, KB', kb(transfer.fonts), budget.fontsKb);
  over('JavaScript, KB', kb(transfer.js), budget.jsKb);
  over('requests', loaded.requests.length, budget.requests);
  over('our scripts run at load, KB', kb(loaded.executedJs.reduce((sum, script) => sum + script.bytes, 0)), budget.executedJsKb);
  for (const blocking of loaded.renderBlocking) problems.push(`render-blocking: ${blocking}`);
  for (const image of loaded.unsizedImages) problems.push(`unsized image: ${image}`);
  // The search (its UI, Pagefind and the index) waits for the reader to open it.
  for (const request of loaded.requests.filter((path) => /pagefind|search-ui/.test(path))) problems.push(`loaded before the search opens: ${request}`);
  return problems;
}

/** The measurements, in KB, for a failure's message. */
export function describeLoad(loaded: PageLoad): string {
  return JSON.stringify({ ...loaded, transfer: Object.fromEntries(Object.entries(loaded.transfer).map(([kind, bytes]) => [kind, kb(bytes)])) }, null, 1);
}
