import { describe, expect, test } from 'vitest';
import { passagesByEntry, passagesUsingTermIn, passagesWithout, passagePage, passagePageCount, passagePagePath, passageTotals, type CitingSpeech } from '../../src/lib/passage-pages';

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

describe('passagesByEntry', () => {
  test('finds every paragraph whose <Ref>s point at an entry, any part of it, one passage per speech in order', () => {
    const byEntry = passagesByEntry(speeches);
    expect([...byEntry.keys()].sort()).toEqual(['breakthroughs/schools', 'orientations/roads', 'orientations/roadside', 'resolutions/doc']);
    expect(byEntry.get('orientations/roads')).toEqual([
      { speech: 'first', paragraphs: [1, 3] },
      { speech: 'third', paragraphs: [5] },
    ]);
    expect(byEntry.get('orientations/roadside')).toEqual([{ speech: 'second', paragraphs: [1] }]);
    expect(byEntry.get('breakthroughs/schools')).toEqual([{ speech: 'first', paragraphs: [3] }]);
    // A document cited at one of its parts is cited.
    expect(byEntry.get('resolutions/doc')).toEqual([{ speech: 'third', paragraphs: [5] }]);
  });

  test('counts a paragraph once however many of its <Ref>s point at the entry', () => {
    const twice: CitingSpeech[] = [{ slug: 'x', paragraphs: [{ n: 2, refs: ['orientations/roads#p1', 'orientations/roads#p3'], text: '' }] }];
    expect(passagesByEntry(twice).get('orientations/roads')).toEqual([{ speech: 'x', paragraphs: [2] }]);
  });
});

describe('passagesWithout', () => {
  test('leaves out the passage the page shows above the list, and a speech left with none', () => {
    expect(passagesWithout(passagesByEntry(speeches).get('orientations/roads')!, { speech: 'third', paragraphs: [5] })).toEqual([
      { speech: 'first', paragraphs: [1, 3] },
    ]);
  });

  test('leaves out only the stated paragraphs, and changes nothing it was given', () => {
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

describe('passagesUsingTermIn', () => {
  test('finds the paragraphs that use a glossary term as whole words, ignoring case', () => {
    expect(passagesUsingTermIn(speeches, ['rừng mây'])).toEqual([
      { speech: 'first', paragraphs: [1] },
      { speech: 'third', paragraphs: [5] },
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
