import { describe, expect, test } from 'vitest';
import { maxReadingItems, parseReadingHash, readingHash, readReadingHash, withItem } from '../../src/lib/reading-list';
import { entriesNamedIn, moved, skippedNotices, withoutItem } from '../../src/lib/reading-list-edits';

const p7 = { collection: 'speeches', id: 'to-lam', paragraph: 7 };
const whole = { collection: 'orientations', id: 'green', paragraph: undefined };

describe('reading list in the address', () => {
  test('round-trips paragraphs and whole entries in order', () => {
    const hash = readingHash([p7, whole]);
    expect(hash).toBe('#items=speeches/to-lam/p7+orientations/green');
    expect(parseReadingHash(hash)).toEqual([p7, whole]);
  });

  test('drops malformed parts and repeats', () => {
    expect(parseReadingHash('#items=speeches/to-lam/p7+<script>+speeches/to-lam/p7+Bad/X')).toEqual([p7]);
    expect(parseReadingHash('')).toEqual([]);
  });

  test('adds once, removes and reorders', () => {
    const list = withItem(withItem([p7], whole), p7);
    expect(list).toEqual([p7, whole]);
    expect(moved(list, 'orientations/green', -1)).toEqual([whole, p7]);
    expect(moved(list, 'speeches/to-lam/p7', -1)).toEqual([p7, whole]);
    expect(withoutItem(list, 'speeches/to-lam/p7')).toEqual([whole]);
  });
});

describe('reading list from a hostile address', () => {
  const known = new Set(['speeches/to-lam', 'orientations/green']);
  const p3 = { collection: 'speeches', id: 'to-lam', paragraph: 3 };
  const none = { unreadable: [], unreadableCount: 0, unknown: [], unknownCount: 0, overLimitCount: 0 };

  test.each([
    ['a lone %', '#items=speeches/to-lam/p7+%+orientations/green', [p7, whole], { ...none, unreadable: ['%'], unreadableCount: 1 }],
    ['a truncated escape', '#items=speeches/to-lam/p7+%E0%A4%A+orientations/green', [p7, whole], { ...none, unreadable: ['%E0%A4%A'], unreadableCount: 1 }],
    ['an escape of a lone surrogate', '#items=%ED%A0%80+speeches/to-lam/p7', [p7], { ...none, unreadable: ['%ED%A0%80'], unreadableCount: 1 }],
    ['a bad escape at the very end', '#items=speeches/to-lam/p7+orientations/green%', [p7], { ...none, unreadable: ['orientations/green%'], unreadableCount: 1 }],
    ['good escapes', '#items=speeches%2Fto-lam%2Fp7+orientations/gr%65en', [p7, whole], none],
    ['an encoded separator', '#items=speeches/to-lam/p7%2Borientations/green', [p7, whole], none],
    ['empty parts', '#items=+speeches/to-lam/p7++orientations/green+', [p7, whole], none],
    ['markup', '#items=<img src=x onerror=alert(1)>+speeches/to-lam/p7', [p7], { ...none, unreadable: ['<img src=x onerror=alert(1)>'], unreadableCount: 1 }],
    ['__proto__ and constructor', '#items=__proto__+constructor/x+speeches/to-lam/p7', [p7], { ...none, unreadable: ['__proto__'], unreadableCount: 1, unknown: ['constructor/x'], unknownCount: 1 }],
    ['an unknown entry', '#items=speeches/nobody/p1+speeches/to-lam/p7', [p7], { ...none, unknown: ['speeches/nobody/p1'], unknownCount: 1 }],
    ['an unknown collection', '#items=secrets/to-lam+orientations/green', [whole], { ...none, unknown: ['secrets/to-lam'], unknownCount: 1 }],
    ['repeats, also spelled with escapes', '#items=speeches/to-lam/p7+speeches%2Fto-lam%2Fp7+speeches/to-lam/p7', [p7], none],
    ['p0, leading zeros and a seven-digit ¶', '#items=speeches/to-lam/p0+speeches/to-lam/p07+speeches/to-lam/p1234567+speeches/to-lam/p3', [p3], { ...none, unreadable: ['speeches/to-lam/p0', 'speeches/to-lam/p07', 'speeches/to-lam/p1234567'], unreadableCount: 3 }],
    ['unicode look-alikes and decomposed letters', '#items=speeches/to-lаm/p7+speeches/to-la%CC%80m+speeches/to-lam/p7', [p7], { ...none, unreadable: ['speeches/to-lаm/p7', 'speeches/to-la\u0300m'], unreadableCount: 2 }],
    ['full-width digits and a right-to-left mark', '#items=speeches/to-lam/p７+speeches/to-lam%E2%80%8F/p7+orientations/green', [whole], { ...none, unreadable: ['speeches/to-lam/p７', 'speeches/to-lam\u200f/p7'], unreadableCount: 2 }],
    ['items after another parameter', '#x=1&items=speeches/to-lam/p7&y=2', [p7], none],
    ['no items parameter', '#p7', [], none],
    ['an empty hash', '', [], none],
  ])('%s', (_, hash, items, skipped) => {
    expect(readReadingHash(hash, known)).toEqual({ items, skipped });
  });

  test('more than three bad parts are counted, three quoted, each quote at most 60 characters', () => {
    const long = `%${'x'.repeat(5000)}`;
    const { items, skipped } = readReadingHash(`#items=${[long, '%', '%1', '%zz', '%%'].join('+')}+speeches/to-lam/p7`, known);
    expect(items).toEqual([p7]);
    expect(skipped).toEqual({ ...none, unreadable: [`%${'x'.repeat(59)}…`, '%', '%1'], unreadableCount: 5 });
  });

  test('5,000 unknown items are left out, counted, and none of them kept', () => {
    const hash = `#items=${Array.from({ length: 5000 }, (_, n) => `speeches/unknown-${n}`).join('+')}+orientations/green`;
    const { items, skipped } = readReadingHash(hash, known);
    expect(items).toEqual([whole]);
    expect(skipped).toEqual({ ...none, unknown: ['speeches/unknown-0', 'speeches/unknown-1', 'speeches/unknown-2'], unknownCount: 5000 });
  });

  test(`a list stops at ${maxReadingItems} items and counts the rest`, () => {
    const hash = `#items=${Array.from({ length: maxReadingItems + 250 }, (_, n) => `speeches/to-lam/p${n + 1}`).join('+')}`;
    const { items, skipped } = readReadingHash(hash, known);
    expect(items).toHaveLength(maxReadingItems);
    expect(items.at(-1)).toEqual({ collection: 'speeches', id: 'to-lam', paragraph: maxReadingItems });
    expect(skipped).toEqual({ ...none, overLimitCount: 250 });
  });

  test('the entries to look up are those of its well-formed items, each once, past the limit too', () => {
    expect(entriesNamedIn('#items=speeches/to-lam/p7+%+speeches/to-lam/p3+Bad/X+speeches%2Fnobody%2Fp1+orientations/green')).toEqual(['speeches/to-lam', 'speeches/nobody', 'orientations/green']);
    expect(entriesNamedIn('#p7')).toEqual([]);
    // An item after 5,000 unknown ones is still found (and the lookup bounds the cost: src/lib/known-entries.ts).
    const hash = `#items=${Array.from({ length: 5000 }, (_, n) => `speeches/unknown-${n}`).join('+')}+orientations/green`;
    expect(entriesNamedIn(hash)).toHaveLength(5001);
    expect(readReadingHash(hash, new Set(entriesNamedIn(hash).filter((key) => known.has(key)))).items).toEqual([whole]);
  });

  test('without a list of known entries every well-formed item passes (the scratch list of a text page)', () => {
    expect(parseReadingHash('#items=speeches/nobody/p1+%+speeches/to-lam/p7')).toEqual([{ collection: 'speeches', id: 'nobody', paragraph: 1 }, p7]);
  });

  test('a notice line per reason, with counts and quoted parts, and none when nothing was left out', () => {
    const templates = { skippedUnreadable: 'unreadable {{count}}: {{parts}}', skippedUnknown: 'unknown {{count}}: {{parts}}', skippedOverLimit: 'over {{count}}' };
    expect(skippedNotices(none, templates)).toEqual([]);
    const skipped = { unreadable: ['%', '%1', '<b>'], unreadableCount: 7, unknown: ['speeches/nobody'], unknownCount: 1, overLimitCount: 12 };
    expect(skippedNotices(skipped, templates)).toEqual(['unreadable 7: “%”, “%1”, “<b>”, …', 'unknown 1: “speeches/nobody”', 'over 12']);
  });
});
