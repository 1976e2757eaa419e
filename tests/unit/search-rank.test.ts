import { describe, expect, test } from 'vitest';
import { mergeVariantHits } from '../../src/lib/search/rank';

const hit = (id: string, score: number, variant = '') => ({ id, score, variant });

describe('mergeVariantHits', () => {
  test('keeps one entry per page, from its best-scoring reading', () => {
    const merged = mergeVariantHits([
      { hits: [hit('a', 1, 'dong'), hit('b', 3, 'dong')], phraseIds: new Set() },
      { hits: [hit('a', 2, 'đong')], phraseIds: new Set() },
    ]);
    expect(merged.map(({ hit }) => `${hit.id}:${hit.variant}`)).toEqual(['b:dong', 'a:đong']);
  });

  test('pages with the words together rank above pages with them scattered', () => {
    const merged = mergeVariantHits([
      { hits: [hit('scattered', 9), hit('together', 2)], phraseIds: new Set(['together']) },
    ]);
    expect(merged.map(({ hit, phrase }) => `${hit.id}:${phrase}`)).toEqual(['together:true', 'scattered:false']);
  });

  test('a phrase match in one reading beats a higher score in another', () => {
    const merged = mergeVariantHits([
      { hits: [hit('a', 5, 'dong dang')], phraseIds: new Set() },
      { hits: [hit('a', 1, 'đong đang')], phraseIds: new Set(['a']) },
    ]);
    expect(merged).toEqual([{ hit: hit('a', 1, 'đong đang'), phrase: true }]);
  });

  test('nothing in, nothing out', () => {
    expect(mergeVariantHits([])).toEqual([]);
  });
});
