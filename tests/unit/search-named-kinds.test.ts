import { describe, expect, test } from 'vitest';
import { kindPagesFirst, namedKinds } from '../../src/lib/search/named-kinds';

const vi = { breakthrough: 'Khâu đột phá', orientation: 'Định hướng', speech: 'Bài phát biểu', term: 'Thuật ngữ' };
const en = { breakthrough: 'Breakthrough', orientation: 'Orientation', speech: 'Speech', target: 'Target' };

describe('namedKinds', () => {
  test.each([
    ['đột phá', vi, 'vi', ['breakthrough']],
    ['dot pha', vi, 'vi', ['breakthrough']],
    ['khâu đột phá', vi, 'vi', ['breakthrough']],
    ['khâu đột phá chiến lược', vi, 'vi', ['breakthrough']],
    ['định hướng', vi, 'vi', ['orientation']],
    ['strategic breakthroughs', en, 'en', ['breakthrough']],
    ['breakthrough', en, 'en', ['breakthrough']],
    ['orientations', en, 'en', ['orientation']],
  ])('“%s” names a kind', (query, labels, lang, kinds) => {
    expect(namedKinds(query, labels, lang)).toEqual(kinds);
  });

  test.each([
    // A syllable alone, a phrase that only shares words with a label, a word that merely starts like one.
    ['phá', vi, 'vi'],
    ['cải thiện đột phá môi trường', vi, 'vi'],
    ['phát triển', vi, 'vi'],
    ['Đồng Đăng', vi, 'vi'],
    ['speechless', en, 'en'],
    ['targeted support', en, 'en'],
    ['', en, 'en'],
  ])('“%s” names none', (query, labels, lang) => {
    expect(namedKinds(query, labels, lang)).toEqual([]);
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
