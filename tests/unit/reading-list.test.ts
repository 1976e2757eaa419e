import { describe, expect, test } from 'vitest';
import { moved, parseReadingHash, readingHash, withItem, withoutItem } from '../../src/lib/reading-list';

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
