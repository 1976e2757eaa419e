/**
 * Enumerations such as "Thứ nhất, … Thứ năm" or "Một là, … Ba là": the items a text lists are
 * candidates for orientations or breakthroughs. The import only suggests them (the `npm run new`
 * command and the `<Ref>` to wrap around the item's words); an editor decides what becomes an entry.
 */
import type { LanguageSignals } from './signals/index.ts';
import type { DetectedParagraph } from './voices.ts';

export interface EnumerationItem {
  /** The ¶ the item opens. */
  n: number;
  ordinal: string;
  /** The item's opening words, up to the first comma, semicolon or colon: what a `<Ref>` would wrap. */
  words: string;
  /** A suggested id, from those words. */
  id: string;
}

export interface Enumeration {
  /** What the introducing paragraph says the items are; undefined when it does not say. */
  kind: 'orientation' | 'breakthrough' | undefined;
  /** The ¶ before the first item, which introduces the list. */
  introduction: number | undefined;
  items: EnumerationItem[];
}

/** Lowercase ASCII words joined by hyphens, at most `maxWords` of them: an entry id. */
export function idFromWords(text: string, maxWords = 8): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

function itemAt(paragraph: DetectedParagraph, ordinal: string): EnumerationItem | undefined {
  if (!paragraph.text.startsWith(ordinal)) return undefined;
  const rest = /^\s*[,:.]\s*(.*)$/su.exec(paragraph.text.slice(ordinal.length));
  if (!rest) return undefined;
  const words = /^[^,;:]+/u.exec(rest[1]!)?.[0].trim() ?? rest[1]!.trim();
  return { n: paragraph.n, ordinal, words, id: idFromWords(words, 6) };
}

/** The enumerations of a text: runs of paragraphs opening with an ordinal series in order, at least two items. */
export function findEnumerations(paragraphs: DetectedParagraph[], signals: LanguageSignals | undefined): Enumeration[] {
  if (!signals) return [];
  const found: Enumeration[] = [];
  for (const { ordinals } of signals.enumerations) {
    for (let start = 0; start < paragraphs.length; start += 1) {
      const first = itemAt(paragraphs[start]!, ordinals[0]!);
      if (!first) continue;
      const items = [first];
      // An item may run over a few paragraphs; a longer gap ends the list.
      let gap = 0;
      for (let at = start + 1; at < paragraphs.length && items.length < ordinals.length && gap <= 3; at += 1) {
        const next = itemAt(paragraphs[at]!, ordinals[items.length]!);
        if (next) {
          items.push(next);
          gap = 0;
        } else gap += 1;
      }
      if (items.length < 2) continue;
      const introduction = start > 0 ? paragraphs[start - 1] : undefined;
      const kind = introduction ? signals.enumerationKinds.find(({ words }) => words.test(introduction.text))?.kind : undefined;
      found.push({ kind, introduction: introduction?.n, items });
      start = paragraphs.findIndex((paragraph) => paragraph.n === items.at(-1)!.n);
    }
  }
  return found.sort((a, b) => a.items[0]!.n - b.items[0]!.n);
}
