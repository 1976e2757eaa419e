/**
 * What only the reading list's own page does with a list: remove and reorder its items, and say
 * what an address left out. Apart from src/lib/reading-list.ts, which every page with a "+ Reading
 * list" button loads, so those pages do not carry this code.
 */
import { fillPlaceholders as fill } from '../i18n/translator';
import { itemKey, readReadingHash, type ReadingItem, type SkippedParts } from './reading-list';

export function withoutItem(items: readonly ReadingItem[], key: string): ReadingItem[] {
  return items.filter((item) => itemKey(item) !== key);
}

/** Moves an item one place up (-1) or down (+1). */
export function moved(items: readonly ReadingItem[], key: string, by: -1 | 1): ReadingItem[] {
  const list = [...items];
  const from = list.findIndex((item) => itemKey(item) === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

/** The notice templates of the reading-list page (`reading.skipped*`, placeholders unfilled). */
export interface SkippedTemplates {
  skippedUnreadable: string;
  skippedUnknown: string;
  skippedOverLimit: string;
}

/** One line per reason something was left out of a list, quoting up to three of the parts. */
export function skippedNotices(skipped: SkippedParts, templates: SkippedTemplates): string[] {
  const parts = (quotedList: readonly string[], count: number) =>
    quotedList.map((part) => `“${part}”`).join(', ') + (count > quotedList.length ? ', …' : '');
  const lines: string[] = [];
  if (skipped.unreadableCount > 0) {
    lines.push(fill(templates.skippedUnreadable, { count: skipped.unreadableCount, parts: parts(skipped.unreadable, skipped.unreadableCount) }));
  }
  if (skipped.unknownCount > 0) {
    lines.push(fill(templates.skippedUnknown, { count: skipped.unknownCount, parts: parts(skipped.unknown, skipped.unknownCount) }));
  }
  if (skipped.overLimitCount > 0) lines.push(fill(templates.skippedOverLimit, { count: skipped.overLimitCount }));
  return lines;
}

/**
 * The entries (`collection/id`) the items of a location hash name, each once: what to look up
 * (src/lib/known-entries.ts) before `readReadingHash` can tell the known from the unknown. Read by
 * `readReadingHash` itself, which asks its `known` about the entry of every well-formed item, in
 * order; answered "not known", it asks about all of them, the limit never reached.
 */
export function entriesNamedIn(hash: string): string[] {
  const named = new Set<string>();
  readReadingHash(hash, { has: (entry) => (named.add(entry), false) });
  return [...named];
}
