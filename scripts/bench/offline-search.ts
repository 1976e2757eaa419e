/**
 * The offline copy's search, as a reader gets it: the ZIP unpacked, a speech opened from disk
 * (file://), the search opened with "/" and the benchmark's queries typed. Reports the time to the
 * first search's results from disk and whether every query shows the same first three results as
 * the served site (scripts/bench/site.ts). Times are reported, never held to a budget.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { fileInCopy, fileUrl, sitePathOf, unpackOfflineCopy } from '../../tests/support/offline';
import { timeQuery } from './time-query';

/** The first three results shown for the query last typed: where each main link goes, resolved. */
export function shownTopThree(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] > li a.search-result-link').evaluateAll((links) => links.slice(0, 3).map((link) => (link as HTMLAnchorElement).href));
}

/** A served result's address as a site path with its ¶ (`/vi/x/#p7`). */
export function servedSitePath(href: string): string {
  const url = new URL(href);
  return `${url.pathname}${url.hash}`;
}

export interface OfflineSearch {
  /** From pressing "/" on a page opened from disk to the first query's results. */
  firstMs: number;
  /** Queries whose first three results from disk differ from the served site's, with both. */
  differing: { query: string; served: string[]; fromDisk: string[] }[];
  queries: number;
}

/**
 * Unpacks `zip`, opens `speechPath` (`/vi/speeches/x/`) of the copy from disk and types `queries` in
 * order, holding each one's first three results to `served` (site paths, as servedSitePath makes).
 */
export async function measureOfflineSearch(browser: Browser, zip: string, speechPath: string, queries: readonly string[], served: ReadonlyMap<string, readonly string[]>): Promise<OfflineSearch> {
  const root = unpackOfflineCopy(zip);
  const page = await browser.newPage();
  try {
    await page.goto(fileUrl(root, `${speechPath.slice(1)}index.html`), { waitUntil: 'load' });
    const started = performance.now();
    await page.keyboard.press('/');
    await page.locator('dialog[data-search-dialog] input[type="search"]').waitFor();
    const differing: OfflineSearch['differing'] = [];
    let firstMs = 0;
    for (const [index, query] of queries.entries()) {
      await timeQuery(page, query);
      if (index === 0) firstMs = Math.round(performance.now() - started);
      const fromDisk = (await shownTopThree(page)).map((href) => sitePathOf(fileInCopy(root, href) ?? href));
      const expected = served.get(query) ?? [];
      if (fromDisk.join(' ') !== expected.join(' ')) differing.push({ query, served: [...expected], fromDisk });
    }
    return { firstMs, differing, queries: queries.length };
  } finally {
    await page.close();
    rmSync(dirname(root), { recursive: true, force: true });
  }
}
