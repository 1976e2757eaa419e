import { describe, expect, test } from 'vitest';
import { kindPagesFirst, namedKinds } from '../../src/lib/search/named-kinds';

const vi = { breakthrough: 'Khâu đột phá', orientation: 'Định hướng', speech: 'Bài phát biểu', term: 'Thuật ngữ' };
const syllables = { inflects: false };
const inflecting = { inflects: true };
const en = { breakthrough: 'Breakthrough', orientation: 'Orientation', speech: 'Speech', target: 'Target' };

describe('namedKinds', () => {
  test.each([
    ['đột phá', vi, syllables, ['breakthrough']],
    ['dot pha', vi, syllables, ['breakthrough']],
    ['khâu đột phá', vi, syllables, ['breakthrough']],
    ['khâu đột phá chiến lược', vi, syllables, ['breakthrough']],
    ['định hướng', vi, syllables, ['orientation']],
    ['strategic breakthroughs', en, inflecting, ['breakthrough']],
    ['breakthrough', en, inflecting, ['breakthrough']],
    ['orientations', en, inflecting, ['orientation']],
  ])('“%s” names a kind', (query, labels, words, kinds) => {
    expect(namedKinds(query, labels, words)).toEqual(kinds);
  });

  test.each([
    // A syllable alone, a phrase that only shares words with a label, a word that merely starts like one.
    ['phá', vi, syllables],
    ['cải thiện đột phá môi trường', vi, syllables],
    ['phát triển', vi, syllables],
    ['Đồng Đăng', vi, syllables],
    ['speechless', en, inflecting],
    ['targeted support', en, inflecting],
    ['', en, inflecting],
  ])('“%s” names none', (query, labels, words) => {
    expect(namedKinds(query, labels, words)).toEqual([]);
  });
});

describe('kindPagesFirst', () => {
  const hit = (id: string) => ({ id });
  test('the named kind’s pages first, in their found order, then its unfound pages, then the rest', () => {
    const found = [hit('glossary'), hit('b2'), hit('person'), hit('b1')];
    const ofKind = [hit('b1'), hit('b2'), hit('b3')];
    expect(kindPagesFirst(found, ofKind).map((item) => item.id)).toEqual(['b2', 'b1', 'b3', 'glossary', 'person']);
  });

  test('no named kind leaves the order as found', () => {
    expect(kindPagesFirst([hit('a'), hit('b')], []).map((item) => item.id)).toEqual(['a', 'b']);
  });
});
