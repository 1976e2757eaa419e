/**
 * The pages of a long list: a kind's list page shows `listPageSize` entries (site.config.ts) and
 * goes on at `<lang>/<collection>/page/2/`, `…/page/3/` …, static pages that work in the offline copy
 * as they do served. The first page keeps the list's own address.
 */
import type { Lang } from './languages.ts';
import { pagePath } from './urls.ts';

/** How many pages a list of `total` entries takes, `size` a page; one even when empty. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries of page `number` (from 1). */
export function pageOf<Entry>(entries: readonly Entry[], number: number, size: number): Entry[] {
  return entries.slice((number - 1) * size, number * size);
}

/** Site-relative path of page `number` of a kind's list, without the base: `vi/speeches/`, `vi/speeches/page/2/`. */
export function listPagePath(lang: Lang, collection: string, number: number): string {
  return number <= 1 ? pagePath(lang, collection) : `${pagePath(lang, collection)}page/${number}/`;
}

/**
 * The page numbers a list's navigation links: the first, the last, and those next to the current
 * one; `undefined` stands for the numbers left out between them (shown as “…”).
 */
export function pageLinks(current: number, count: number): (number | undefined)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? [undefined, n] : [n]));
}

/**
 * Site-relative path of page `number` of one of an entry's lists of texts (a person's own words, an
 * event's texts: src/lib/speech-lists.ts): the entry's own page first, then `vi/people/x/own-words/2/` ….
 */
export function speechListPath(lang: Lang, collection: string, id: string, list: string, number: number): string {
  return number <= 1 ? pagePath(lang, collection, id) : `${pagePath(lang, collection, id)}${list}/${number}/`;
}
