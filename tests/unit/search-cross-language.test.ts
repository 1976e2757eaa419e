import { describe, expect, test } from 'vitest';
import type { Language } from '../../src/schemas/site';
import { answersFully, nextToShow, otherLanguagesTable, pageInLanguage } from '../../src/lib/search/cross-language';
import type { MatchQuality } from '../../src/lib/search/match';

const quality = (fields: Partial<MatchQuality>): MatchQuality => ({ phrase: false, exactPhrase: false, coverage: 0, exactCoverage: 0, hits: 0, ...fields });

describe('answersFully', () => {
  test('one word: found whole', () => {
    expect(answersFully(quality({ coverage: 1, hits: 1 }), 1)).toBe(true);
    expect(answersFully(quality({ coverage: 0, hits: 0 }), 1)).toBe(false);
  });

  test('several words: all of them side by side, not only all of them', () => {
    expect(answersFully(quality({ phrase: true, coverage: 1, hits: 2 }), 2)).toBe(true);
    // “cao toc” on the English site: “Cao” (Bằng) is there, “tốc” is not.
    expect(answersFully(quality({ coverage: 0.5, hits: 3 }), 2)).toBe(false);
    expect(answersFully(quality({ coverage: 1, hits: 2 }), 2)).toBe(false);
  });
});

describe('pageInLanguage', () => {
  test('swaps the language after the base and keeps the ¶', () => {
    expect(pageInLanguage('/vi/speeches/x/#p7', '/', 'vi', 'en')).toBe('/en/speeches/x/#p7');
    expect(pageInLanguage('/library/vi/orientations/y/', '/library/', 'vi', 'fr')).toBe('/library/fr/orientations/y/');
    expect(pageInLanguage('/library/en/speeches/x/#p2', '/library', 'en', 'vi')).toBe('/library/vi/speeches/x/#p2');
  });

  test('leaves an address of no page of that language as it is', () => {
    expect(pageInLanguage('/en/speeches/x/', '/', 'vi', 'en')).toBe('/en/speeches/x/');
    expect(pageInLanguage('/vietnam/x/', '/', 'vi', 'en')).toBe('/vietnam/x/');
  });
});

describe('nextToShow', () => {
  const byScore = (a: number, b: number) => b - a;
  /** Merges lists by taking `nextToShow` of their heads until none is left, as the search shows them. */
  function merged(lists: number[][]): [number, number][] {
    const rest = lists.map((list) => [...list]);
    const shown: [number, number][] = [];
    for (let next = nextToShow(rest.map((list) => list[0]), byScore); next >= 0; next = nextToShow(rest.map((list) => list[0]), byScore)) shown.push([next, rest[next]!.shift()!]);
    return shown;
  }

  test('another language goes first only where strictly better; the own language wins ties', () => {
    expect(merged([[3, 1], [3, 2]])).toEqual([[0, 3], [1, 3], [1, 2], [0, 1]]);
    expect(merged([[1], [2]])).toEqual([[1, 2], [0, 1]]);
  });

  test('between other languages, the one declared first wins ties', () => {
    expect(merged([[1], [2], [2]])).toEqual([[1, 2], [2, 2], [0, 1]]);
  });

  test('keeps each list in its own order, whatever it is; none left is -1', () => {
    expect(merged([[1, 5], []])).toEqual([[0, 1], [0, 5]]);
    expect(merged([[], [1, 5]])).toEqual([[1, 1], [1, 5]]);
    expect(nextToShow([undefined, undefined], byScore)).toBe(-1);
  });
});

describe('otherLanguagesTable', () => {
  const languages: Language[] = [
    { code: 'vi', locale: 'vi-VN', label: 'Tiếng Việt', dir: 'ltr', original: true, wordsInflect: false, names: { en: 'tiếng Anh', fr: 'tiếng Pháp' } },
    { code: 'en', locale: 'en-GB', label: 'English', dir: 'ltr', wordsInflect: true },
    { code: 'fr', locale: 'fr-FR', label: 'Français', dir: 'ltr', wordsInflect: true },
  ] as Language[];
  const strings = (lang: string) =>
    lang === 'vi' ? { inOriginal: 'trong bản gốc {{language}}', inTranslation: 'trong bản dịch {{language}}' } : { inOriginal: 'in the {{language}} original', inTranslation: 'in the {{language}} translation' };

  test('lists every other language, in the declared order, labelled in the page\'s language as original or translation', () => {
    const table = otherLanguagesTable(languages, strings);
    expect(table['vi']).toEqual([
      { lang: 'en', inflects: true, label: 'trong bản dịch tiếng Anh' },
      { lang: 'fr', inflects: true, label: 'trong bản dịch tiếng Pháp' },
    ]);
    expect(table['en']).toEqual([
      { lang: 'vi', inflects: false, label: 'in the Vietnamese original' },
      { lang: 'fr', inflects: true, label: 'in the French translation' },
    ]);
    expect(Object.keys(table)).toEqual(['vi', 'en', 'fr']);
  });

  test('a site of one language searches no other', () => {
    expect(otherLanguagesTable(languages.slice(0, 1), strings)).toEqual({ vi: [] });
  });
});
