import { describe, expect, test } from 'vitest';
import { citingPassagesIn, passagesByEntry, passagesWithout, passagePage, passagePageCount, passagePagePath, passageTotals, type CitingSpeech } from '../../src/lib/passage-pages';

const speeches: CitingSpeech[] = [
  {
    slug: 'first',
    paragraphs: [
      { n: 1, refs: ['orientations/roads'], text: 'Mở đường rừng mây.' },
      { n: 2, refs: [], text: 'Không dẫn chiếu.' },
      { n: 3, refs: ['orientations/roads#p4', 'breakthroughs/schools'], text: 'Trường học.' },
    ],
  },
  { slug: 'second', paragraphs: [{ n: 1, refs: ['orientations/roadside'], text: 'Một mục khác.' }] },
  { slug: 'third', paragraphs: [{ n: 5, refs: ['resolutions/doc#II.3.b', 'orientations/roads'], text: 'Rừng Mây nữa.' }] },
];

describe('citingPassagesIn', () => {
  test('finds every paragraph whose <Ref>s point at the entry, any part of it, one passage per speech in order', () => {
    expect(citingPassagesIn(speeches, { refersTo: { collection: 'orientations', id: 'roads' } })).toEqual([
      { speech: 'first', paragraphs: [1, 3] },
      { speech: 'third', paragraphs: [5] },
    ]);
    // A document cited at one of its parts is cited.
    expect(citingPassagesIn(speeches, { refersTo: { collection: 'resolutions', id: 'doc' } })).toEqual([{ speech: 'third', paragraphs: [5] }]);
  });

  test('leaves out the passage the page shows above the list, and a speech left with none', () => {
    expect(citingPassagesIn(speeches, { refersTo: { collection: 'orientations', id: 'roads' } }, { speech: 'third', paragraphs: [5] })).toEqual([
      { speech: 'first', paragraphs: [1, 3] },
    ]);
  });

  test('finds the paragraphs that use a glossary term as whole words, ignoring case', () => {
    expect(citingPassagesIn(speeches, { usesTerm: ['rừng mây'] })).toEqual([
      { speech: 'first', paragraphs: [1] },
      { speech: 'third', paragraphs: [5] },
    ]);
  });
});

describe('passagesByEntry', () => {
  test('lists every entry referred to, each with what citingPassagesIn finds for it, from one pass', () => {
    const byEntry = passagesByEntry(speeches);
    expect([...byEntry.keys()].sort()).toEqual(['breakthroughs/schools', 'orientations/roads', 'orientations/roadside', 'resolutions/doc']);
    for (const [address, passages] of byEntry) {
      const [collection, id] = address.split('/') as [string, string];
      expect(passages).toEqual(citingPassagesIn(speeches, { refersTo: { collection, id } }));
    }
  });

  test('counts a paragraph once however many of its <Ref>s point at the entry', () => {
    const twice: CitingSpeech[] = [{ slug: 'x', paragraphs: [{ n: 2, refs: ['orientations/roads#p1', 'orientations/roads#p3'], text: '' }] }];
    expect(passagesByEntry(twice).get('orientations/roads')).toEqual([{ speech: 'x', paragraphs: [2] }]);
  });

  test('passagesWithout leaves out the stated passage and a speech left with none, and changes nothing it was given', () => {
    const passages = [
      { speech: 'a', paragraphs: [1, 2] },
      { speech: 'b', paragraphs: [4] },
    ];
    expect(passagesWithout(passages, { speech: 'a', paragraphs: [2] })).toEqual([
      { speech: 'a', paragraphs: [1] },
      { speech: 'b', paragraphs: [4] },
    ]);
    expect(passagesWithout(passages, { speech: 'b', paragraphs: [4] })).toEqual([{ speech: 'a', paragraphs: [1, 2] }]);
    expect(passagesWithout(passages, undefined)).toEqual(passages);
    expect(passages).toEqual([
      { speech: 'a', paragraphs: [1, 2] },
      { speech: 'b', paragraphs: [4] },
    ]);
  });
});

describe('passage pages', () => {
  const passages = [
    { speech: 'a', paragraphs: [1, 2, 3] },
    { speech: 'b', paragraphs: [4] },
    { speech: 'c', paragraphs: [7, 9] },
  ];

  test('counts the paragraphs and the speeches they are in', () => {
    expect(passageTotals(passages)).toEqual({ paragraphs: 6, speeches: 3 });
    expect(passageTotals([])).toEqual({ paragraphs: 0, speeches: 0 });
  });

  test('pages by paragraphs, one page even when there are none', () => {
    expect(passagePageCount(passages, 4)).toBe(2);
    expect(passagePageCount(passages, 6)).toBe(1);
    expect(passagePageCount([], 4)).toBe(1);
  });

  test('each paragraph is on exactly one page, grouped by speech; a speech over a page break is on both', () => {
    expect(passagePage(passages, 1, 4)).toEqual([
      { speech: 'a', paragraphs: [1, 2, 3] },
      { speech: 'b', paragraphs: [4] },
    ]);
    expect(passagePage(passages, 1, 2)).toEqual([{ speech: 'a', paragraphs: [1, 2] }]);
    expect(passagePage(passages, 2, 2)).toEqual([
      { speech: 'a', paragraphs: [3] },
      { speech: 'b', paragraphs: [4] },
    ]);
    expect(passagePage(passages, 3, 2)).toEqual([{ speech: 'c', paragraphs: [7, 9] }]);
    expect(passagePage(passages, 4, 2)).toEqual([]);
  });

  test('the first page is the entry\'s own; the others go on under passages/', () => {
    expect(passagePagePath('vi', 'orientations', 'roads', 1)).toBe('vi/orientations/roads/');
    expect(passagePagePath('en', 'orientations', 'roads', 3)).toBe('en/orientations/roads/passages/3/');
  });
});
