import { describe, expect, test } from 'vitest';
import { precisionAtThree, rankingProblems, searchQueries, type ShownResult } from '../support/search';

const result = (link: string, paragraphs: string[] = []): ShownResult => ({ link, paragraphs });
const b = (n: number) => `/vi/breakthroughs/b${n}/`;

describe('precisionAtThree', () => {
  test('counts the first three results that answer a target, out of three', () => {
    expect(precisionAtThree([result(b(1)), result('/vi/glossary/x/'), result(b(2)), result(b(3))], [b(1), b(2), b(3)])).toBeCloseTo(2 / 3);
  });

  test('out of the expected pages when fewer than three are expected; a paragraph link answers its ¶', () => {
    const expected = ['/vi/speeches/s/#p5', '/vi/speeches/s/#p15'];
    expect(precisionAtThree([result('/vi/speeches/s/#p5'), result('/vi/x/')], expected)).toBe(1);
    expect(precisionAtThree([result('/vi/x/'), result('/vi/speeches/s/#p2', ['/vi/speeches/s/#p15'])], expected)).toBe(1);
    expect(precisionAtThree([result('/vi/x/'), result('/vi/speeches/s/#p2')], expected)).toBe(0);
  });
});

describe('rankingProblems', () => {
  test('a first result that is not among `first` is a problem', () => {
    expect(rankingProblems([result('/vi/glossary/x/'), result(b(1))], { first: [b(1)] })).toEqual([`first result /vi/glossary/x/ is none of ${b(1)}`]);
    expect(rankingProblems([result(b(1))], { first: [b(1), b(2)] })).toEqual([]);
  });

  test('each of `top` must come within its length', () => {
    expect(rankingProblems([result(b(2)), result('/vi/people/p/'), result(b(1)), result(b(3))], { top: [b(1), b(2), b(3)] })).toEqual([`not in the first 3: ${b(3)}`]);
    expect(rankingProblems([result(b(3)), result(b(1)), result(b(2))], { top: [b(1), b(2), b(3)] })).toEqual([]);
  });
});

describe('the query set', () => {
  test('every `first` and `top` target is also an expected one', () => {
    for (const query of searchQueries) {
      for (const target of [...(query.first ?? []), ...(query.top ?? [])]) expect(query.expect, `${query.lang} “${query.query}”`).toContain(target);
    }
  });

  test('has expected rankings, for a place, a project and the kinds a query names', () => {
    expect(searchQueries.filter((query) => query.first).length).toBeGreaterThanOrEqual(5);
    expect(searchQueries.filter((query) => query.top).length).toBeGreaterThanOrEqual(5);
  });
});
