import { describe, expect, test } from 'vitest';
import { boundedQuery, maxQueryCharacters, maxQueryWords } from '../../src/lib/search/bounded-query';
import { maxQueryVariants, queryVariants } from '../../src/lib/search/fold-vietnamese';

const wordsUpToBound = Array.from({ length: maxQueryWords }, (_, n) => `đ${n}`).join(' ');

describe('bounding a search query', () => {
  test.each([
    ['an ordinary query, trimmed', '  chuyển đổi số  ', { query: 'chuyển đổi số', shortened: false }],
    ['quotes and inner spaces as typed', '"dot  pha"', { query: '"dot  pha"', shortened: false }],
    ['the empty query', '', { query: '', shortened: false }],
    ['only spaces', ' \t\n ', { query: '', shortened: false }],
    [`exactly ${maxQueryWords} words`, wordsUpToBound, { query: wordsUpToBound, shortened: false }],
    ['one word too many', `${wordsUpToBound} x`, { query: wordsUpToBound, shortened: true }],
    ['100 KB of "da "', 'da '.repeat(34_000), { query: Array(maxQueryWords).fill('da').join(' '), shortened: true }],
    ['a 100 KB word', 'a'.repeat(100_000), { query: 'a'.repeat(maxQueryCharacters), shortened: true }],
    ['a 100 KB word of astral characters, never half of one', '😀'.repeat(50_000), { query: '😀'.repeat(maxQueryCharacters), shortened: true }],
    ['long words stop before the word that would pass the bound', `${'a'.repeat(150)} ${'b'.repeat(60)} c`, { query: 'a'.repeat(150), shortened: true }],
    ['200 characters of one word pass whole', 'đ'.repeat(maxQueryCharacters), { query: 'đ'.repeat(maxQueryCharacters), shortened: false }],
    ['combining marks count as characters', `a${'\u0301'.repeat(300)}`, { query: `a${'\u0301'.repeat(maxQueryCharacters - 1)}`, shortened: true }],
    ['markup stays text', '<img src=x onerror=alert(1)>', { query: '<img src=x onerror=alert(1)>', shortened: false }],
  ])('%s', (_, typed, bounded) => {
    expect(boundedQuery(typed)).toEqual(bounded);
  });

  test('a bounded query of d-words runs at most the bounded number of readings', () => {
    const { query } = boundedQuery('da '.repeat(34_000));
    expect(queryVariants(query)).toHaveLength(maxQueryVariants);
  });
});
