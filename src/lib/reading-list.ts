/**
 * A reading list lives in the page address: `#items=speeches/<id>/p7+orientations/<id>`, so a
 * list is shared by sending its link and works from disk (file://) where there is no server.
 */

import { decodedOrUndefined } from './address-decoding';

export interface ReadingItem {
  collection: string;
  id: string;
  /** A paragraph of a speech; undefined for a whole entry. */
  paragraph: number | undefined;
}

/**
 * A collection, an id, and a paragraph number of at most six digits (no speech has a million ¶s;
 * a longer number would only be rounded by `Number`). Leading zeros are refused so `p7` and `p07`
 * cannot be two items.
 */
const itemPattern = /^([a-z][a-z0-9-]*)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/p([1-9]\d{0,5}))?$/;

/**
 * The most items one list holds. An address is anyone's text: past this many, the rest are left
 * out (and the reader told), so a pasted address of thousands of items cannot stall the page.
 */
export const maxReadingItems = 100;

/** How many left-out parts of an address a notice quotes, and how much of each. */
const quotedParts = 3;
const quotedLength = 60;

/** `collection/id` of an item: what the list of known entries holds. */
function entryKey({ collection, id }: ReadingItem): string {
  return `${collection}/${id}`;
}

export function itemKey(item: ReadingItem): string {
  return `${entryKey(item)}${item.paragraph === undefined ? '' : `/p${item.paragraph}`}`;
}

/** The parts of an address that were left out of a list, by why. */
export interface SkippedParts {
  /** Parts that are not items: a malformed %-escape or another shape. Up to three, shortened. */
  unreadable: string[];
  unreadableCount: number;
  /** Well-formed items naming an entry the library does not have. Up to three. */
  unknown: string[];
  unknownCount: number;
  /** Items past `maxReadingItems`. */
  overLimitCount: number;
}

/** The items of an address, and what was left out of them. */
export interface ReadAddress {
  items: ReadingItem[];
  skipped: SkippedParts;
}

/** A left-out part as a notice quotes it: short enough to show, whatever was pasted. */
function quoted(part: string): string {
  const characters = Array.from(part.slice(0, quotedLength * 2));
  return characters.length > quotedLength ? `${characters.slice(0, quotedLength).join('')}…` : characters.join('');
}

function noteSkipped(list: string[], part: string): void {
  if (list.length < quotedParts) list.push(quoted(part));
}

/**
 * Reads a location hash (`#items=…`) into reading items, keeping each good item whatever the others
 * are: a part with a malformed %-escape or an unknown shape is left out, a repeat is kept once, an
 * entry missing from `known` (`collection/id` keys; all pass when it is not given) is left out
 * without anything being loaded for it, and past `maxReadingItems` the rest are counted, not read.
 */
export function readReadingHash(hash: string, known?: Pick<ReadonlySet<string>, 'has'>): ReadAddress {
  const skipped: SkippedParts = { unreadable: [], unreadableCount: 0, unknown: [], unknownCount: 0, overLimitCount: 0 };
  const items: ReadingItem[] = [];
  const match = /(?:^#|&)items=([^&]*)/.exec(hash);
  if (!match?.[1]) return { items, skipped };
  const seen = new Set<string>();
  // Each part is decoded on its own, so one bad escape costs only its part; a decoded part may
  // hold an encoded separator (%2B), hence the second split.
  for (const raw of match[1].split('+')) {
    if (raw === '') continue;
    const decoded = decodedOrUndefined(raw);
    if (decoded === undefined) {
      skipped.unreadableCount += 1;
      noteSkipped(skipped.unreadable, raw);
      continue;
    }
    for (const part of decoded.split('+')) {
      if (part === '') continue;
      const parsed = itemPattern.exec(part);
      if (!parsed) {
        skipped.unreadableCount += 1;
        noteSkipped(skipped.unreadable, part);
        continue;
      }
      if (seen.has(part)) continue;
      seen.add(part);
      const item: ReadingItem = { collection: parsed[1]!, id: parsed[2]!, paragraph: parsed[3] === undefined ? undefined : Number(parsed[3]) };
      if (known && !known.has(entryKey(item))) {
        skipped.unknownCount += 1;
        noteSkipped(skipped.unknown, part);
      } else if (items.length >= maxReadingItems) {
        skipped.overLimitCount += 1;
      } else {
        items.push(item);
      }
    }
  }
  return { items, skipped };
}

/** Reads the items from a location hash; see `readReadingHash` for what is left out. */
export function parseReadingHash(hash: string, known?: ReadonlySet<string>): ReadingItem[] {
  return readReadingHash(hash, known).items;
}

export function readingHash(items: readonly ReadingItem[]): string {
  return items.length === 0 ? '' : `#items=${items.map(itemKey).join('+')}`;
}

/** Adds an item at the end unless it is already there. */
export function withItem(items: readonly ReadingItem[], item: ReadingItem): ReadingItem[] {
  return items.some((existing) => itemKey(existing) === itemKey(item)) ? [...items] : [...items, item];
}
