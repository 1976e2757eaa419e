import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** One query of the evaluation set (tests/search/queries.json). */
export interface SearchQuery {
  lang: 'vi' | 'en';
  query: string;
  /** Pages (`/vi/x/`) or paragraphs (`/vi/x/#p7`) a reader expects; any one of them is a hit. */
  expect: string[];
  /** Vietnamese typed without diacritics. */
  unaccented?: boolean;
  /** Typed in another of the site's languages than the page's: found through that language's index. */
  crossLanguage?: boolean;
  /** The targets a reader would put first: the first result must answer one of them. */
  first?: string[];
  /** Targets that must all be answered within the first `top.length` results. */
  top?: string[];
  note?: string;
}

export const searchQueries: SearchQuery[] = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/search/queries.json'), 'utf8'),
).queries;

/** One result as shown: where its main link goes and where its paragraph links go. */
export interface ShownResult {
  link: string;
  paragraphs: string[];
}

const pathAndHash = (href: string) => {
  const url = new URL(href, 'http://site.invalid');
  return { path: url.pathname, full: `${url.pathname}${url.hash}` };
};

/** Whether a result answers an expected target: the same page, and the same ¶ when one is named. */
export function answers(result: ShownResult, target: string): boolean {
  const links = [result.link, ...result.paragraphs].map(pathAndHash);
  return target.includes('#') ? links.some((link) => link.full === target) : links.some((link) => link.path === target);
}

/** The 1-based rank of the first result that answers any expected target, or undefined. */
export function hitRank(results: readonly ShownResult[], expect: readonly string[]): number | undefined {
  const index = results.findIndex((result) => expect.some((target) => answers(result, target)));
  return index < 0 ? undefined : index + 1;
}

/** The distinct pages of some targets (`/vi/x/#p7` and `/vi/x/#p9` are one page). */
const pagesOf = (targets: readonly string[]) => new Set(targets.map((target) => target.split('#')[0]));

/**
 * Precision at 3: the share of the first three results that answer an expected target, out of three,
 * or out of the number of expected pages when fewer than three are expected (so a query with one
 * right page scores 1 when it comes in the first three).
 */
export function precisionAtThree(results: readonly ShownResult[], expect: readonly string[]): number {
  const relevant = results.slice(0, 3).filter((result) => expect.some((target) => answers(result, target))).length;
  return relevant / Math.min(3, pagesOf(expect).size);
}

/** What a query's expected ranking (`first`, `top`) finds wrong with its results; empty when none. */
export function rankingProblems(results: readonly ShownResult[], query: Pick<SearchQuery, 'first' | 'top'>): string[] {
  const problems: string[] = [];
  const [first] = results;
  if (query.first && !(first && query.first.some((target) => answers(first, target)))) {
    problems.push(`first result ${first?.link ?? '(none)'} is none of ${query.first.join(', ')}`);
  }
  if (query.top) {
    const within = results.slice(0, query.top.length);
    const missing = query.top.filter((target) => !within.some((result) => answers(result, target)));
    if (missing.length > 0) problems.push(`not in the first ${query.top.length}: ${missing.join(', ')}`);
  }
  return problems;
}

/** Opens the search dialog with the "/" key and waits until Pagefind is ready. */
export async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.getByRole('dialog').waitFor();
  // The dialog is busy until Pagefind has loaded.
  await page.locator('dialog[data-search-dialog]:not([aria-busy])').waitFor();
}

/** Types a query into the open dialog and reads the results shown for exactly that query. */
export async function runQuery(page: Page, query: string): Promise<ShownResult[]> {
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction(
    (expected) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === expected,
    query.trim(),
  );
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      link: item.querySelector<HTMLAnchorElement>('a.search-result-link')?.getAttribute('href') ?? '',
      paragraphs: [...item.querySelectorAll<HTMLAnchorElement>('.search-result-more a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}
