import { describe, expect, test } from 'vitest';
import { longestRun, mergeVariantHits, rankSubResults } from '../../src/lib/search/rank';

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

describe('longestRun', () => {
  test.each([
    [[], 0],
    [[4], 1],
    [[4, 9, 5, 6], 3],
    [[1, 3, 5], 1],
    [[2, 2, 3], 2],
  ])('%j → %i', (locations, run) => {
    expect(longestRun(locations)).toBe(run);
  });
});

describe('rankSubResults', () => {
  const sub = (url: string, locations: number[], scores: number[]) => ({
    url,
    locations,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  test('puts the section with the words side by side first', () => {
    const ranked = rankSubResults([sub('#p1', [3, 20, 40], [9, 9, 9]), sub('#p2', [7, 8, 9], [1, 1, 1])], 3);
    expect(ranked.map((s) => s.url)).toEqual(['#p2', '#p1']);
  });

  test('otherwise the higher total score first', () => {
    const ranked = rankSubResults([sub('#p1', [3], [1]), sub('#p2', [7], [4])], 1);
    expect(ranked.map((s) => s.url)).toEqual(['#p2', '#p1']);
  });
});
