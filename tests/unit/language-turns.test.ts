import { describe, expect, it } from 'vitest';
import { languageTurns } from '../support/language-turns';

describe('languageTurns', () => {
  it('declares each test of a per-language block once, in one language, the languages taken in turn', () => {
    const languages = ['vi', 'en', 'fr'];
    const declared: string[] = [];
    const takeTurns = languageTurns(languages);
    for (const lang of languages) {
      const turn = takeTurns((title: string) => declared.push(`${title} (${lang})`), lang);
      for (const title of ['a', 'b', 'c', 'd']) turn.test(title);
    }
    expect(declared.sort()).toEqual(['a (vi)', 'b (en)', 'c (fr)', 'd (vi)']);
  });

  it('counts each block on its own, so two specs do not shift each other', () => {
    const declared: string[] = [];
    for (const spec of ['one', 'two']) {
      const takeTurns = languageTurns(['vi', 'en']);
      for (const lang of ['vi', 'en']) takeTurns((title: string) => declared.push(`${spec} ${title} (${lang})`), lang).test('first');
    }
    expect(declared).toEqual(['one first (vi)', 'two first (vi)']);
  });
});
