/**
 * A reading list lives in the page address: `#items=speeches/<id>/p7+orientations/<id>`, so a
 * list is shared by sending its link and works from disk (file://) where there is no server.
 */

export interface ReadingItem {
  collection: string;
  id: string;
  /** A paragraph of a speech; undefined for a whole entry. */
  paragraph: number | undefined;
}

const itemPattern = /^([a-z][a-z0-9-]*)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/p(\d+))?$/;

export function itemKey({ collection, id, paragraph }: ReadingItem): string {
  return `${collection}/${id}${paragraph === undefined ? '' : `/p${paragraph}`}`;
}

/** Reads the items from a location hash; unknown shapes are dropped, repeats kept once. */
export function parseReadingHash(hash: string): ReadingItem[] {
  const match = /(?:^#|&)items=([^&]*)/.exec(hash);
  if (!match?.[1]) return [];
  const seen = new Set<string>();
  const items: ReadingItem[] = [];
  for (const part of decodeURIComponent(match[1]).split('+')) {
    const parsed = itemPattern.exec(part);
    if (!parsed || seen.has(part)) continue;
    seen.add(part);
    items.push({ collection: parsed[1]!, id: parsed[2]!, paragraph: parsed[3] === undefined ? undefined : Number(parsed[3]) });
  }
  return items;
}

export function readingHash(items: readonly ReadingItem[]): string {
  return items.length === 0 ? '' : `#items=${items.map(itemKey).join('+')}`;
}

/** Adds an item at the end unless it is already there. */
export function withItem(items: readonly ReadingItem[], item: ReadingItem): ReadingItem[] {
  return items.some((existing) => itemKey(existing) === itemKey(item)) ? [...items] : [...items, item];
}

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
