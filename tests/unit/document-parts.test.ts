import { describe, expect, test } from 'vitest';
import {
  numberAt,
  ordinalOf,
  partAnchor,
  partCitationLabel,
  partNumberingProblems,
  partNumberLabel,
  partPathOfAnchor,
  type ParsedPart,
  type PartStep,
  type PartTranslate,
} from '../../src/lib/document-parts';
import { documentPartsOfTree } from '../../src/lib/document-part-tree';
import { parseMdxBodyNatively } from '../../src/lib/speech-paragraphs';
import en from '../../src/i18n/en.json';
import vi from '../../src/i18n/vi.json';

const party = (...numbers: string[]): PartStep[] => numbers.map((n) => ({ level: undefined, n }));
const state = (...steps: [string, string][]): PartStep[] => steps.map(([level, n]) => ({ level, n }));
const translate = (strings: Record<string, string>): PartTranslate => (key, { n }) => strings[key]!.replace('{{n}}', n);

describe('numbers of each form', () => {
  test.each([
    ['I', 'roman', 1], ['IV', 'roman', 4], ['XIV', 'roman', 14], ['IIII', 'roman', undefined], ['VX', 'roman', undefined], ['ii', 'roman', undefined],
    ['3', 'number', 3], ['03', 'number', undefined], ['0', 'number', undefined],
    ['a', 'letter', 1], ['d', 'letter', 4], ['đ', 'letter', 5], ['e', 'letter', 6], ['g', 'letter', 7], ['f', 'letter', undefined],
  ] as const)('%s as %s is %s', (n, form, expected) => {
    expect(ordinalOf(n, form)).toBe(expected);
  });

  test('the number at a position', () => {
    expect([numberAt(9, 'roman'), numberAt(5, 'letter'), numberAt(12, 'number')]).toEqual(['IX', 'đ', '12']);
  });
});

describe('anchors', () => {
  test('a party document joins its numbers with dots; đ is written dd', () => {
    expect([partAnchor(party('II')), partAnchor(party('II', '3')), partAnchor(party('II', '3', 'b')), partAnchor(party('I', '1', 'đ'))]).toEqual(['II', 'II.3', 'II.3.b', 'I.1.dd']);
  });

  test('a state document names its levels; Điều counts through the document, so its chapter is left out', () => {
    expect([
      partAnchor(state(['phan', '1'])),
      partAnchor(state(['chuong', 'II'])),
      partAnchor(state(['chuong', 'II'], ['muc', '1'])),
      partAnchor(state(['chuong', 'II'], ['muc', '1'], ['dieu', '5'])),
      partAnchor(state(['chuong', 'II'], ['dieu', '5'], ['khoan', '2'])),
      partAnchor(state(['dieu', '5'], ['khoan', '2'], ['diem', 'đ'])),
    ]).toEqual(['phan-1', 'chuong-ii', 'chuong-ii-muc-1', 'dieu-5', 'dieu-5-khoan-2', 'dieu-5-khoan-2-diem-dd']);
  });

  test('an anchor read back names the same path', () => {
    expect(partPathOfAnchor('II.3.dd')).toEqual(party('II', '3', 'đ'));
    expect(partPathOfAnchor('dieu-5-khoan-2-diem-a')).toEqual(state(['dieu', '5'], ['khoan', '2'], ['diem', 'a']));
    expect(partPathOfAnchor('chuong-ii-muc-1')).toEqual(state(['chuong', 'II'], ['muc', '1']));
  });
});

describe('labels', () => {
  const trVi = translate(vi);
  const trEn = translate(en);
  test('the visible number, as the document prints it', () => {
    expect([party('II'), party('II', '3'), party('II', '3', 'b')].map((path) => partNumberLabel(path, trVi))).toEqual(['II.', '3.', 'b)']);
    expect(
      [state(['chuong', 'II']), state(['chuong', 'II'], ['muc', '1']), state(['dieu', '5']), state(['dieu', '5'], ['khoan', '2']), state(['dieu', '5'], ['khoan', '2'], ['diem', 'a'])].map((path) =>
        partNumberLabel(path, trVi),
      ),
    ).toEqual(['Chương II', 'Mục 1', 'Điều 5.', '2.', 'a)']);
  });

  test('what a citation calls a part, in each language', () => {
    expect(partCitationLabel(party('II', '3', 'b'), trVi)).toBe('mục II.3.b');
    expect(partCitationLabel(party('II', '3', 'b'), trEn)).toBe('section II.3.b');
    const clause = state(['chuong', 'II'], ['muc', '1'], ['dieu', '5'], ['khoan', '2'], ['diem', 'a']);
    expect(partCitationLabel(clause, trVi)).toBe('Điều 5, khoản 2, điểm a');
    expect(partCitationLabel(clause, trEn)).toBe('Article 5, clause 2, point a');
    expect(partCitationLabel(state(['chuong', 'II'], ['muc', '1']), trEn)).toBe('Chapter II, Section 1');
  });
});

/** The numbering problems of a body, as `line:column message`. */
function problemsOf(body: string, scheme: 'party' | 'state'): string[] {
  const parts: ParsedPart[] = documentPartsOfTree(parseMdxBodyNatively(body));
  return partNumberingProblems(parts, scheme).map((problem) => `${problem.position?.line}:${problem.position?.column} ${problem.rule} ${problem.message}`);
}

describe('numbering rules', () => {
  test('a well-numbered party document has no problems', () => {
    expect(problemsOf('<Part n="I">\n\n<Part n="1">\n\n<Part n="a">\nx\n</Part>\n\n<Part n="b">\ny\n</Part>\n\n</Part>\n\n</Part>\n\n<Part n="II">\n\n<Part n="1">\nz\n</Part>\n\n</Part>\n', 'party')).toEqual([]);
  });

  test('a skipped or repeated number, and a number of the wrong form', () => {
    expect(problemsOf('<Part n="I">\na\n</Part>\n\n<Part n="III">\nb\n</Part>\n\n<Part n="3">\nc\n</Part>\n', 'party')).toEqual([
      '5:1 part-numbering <Part n="III"> is out of sequence: expected `II` here (numbered from the start); number the parts in reading order, none skipped or repeated',
      '9:1 part-numbering <Part n="3">: `3` is not a Roman numeral (I, II, III …); expected `IV` here',
    ]);
  });

  test('a repeated part gives its anchor twice', () => {
    expect(problemsOf('<Part n="I">\n\n<Part n="1">\na\n</Part>\n\n<Part n="1">\nb\n</Part>\n\n</Part>\n', 'party')).toEqual([
      '7:1 part-numbering <Part n="1"> is out of sequence: expected `2` here (numbered within I); number the parts in reading order, none skipped or repeated',
      '7:1 duplicate-part <Part n="1"> gives the anchor `#I.1` a second time; each part is cited by its anchor, so it must be unique: renumber this part',
    ]);
  });

  test('a party document has three levels and no `level`', () => {
    expect(problemsOf('<Part n="I">\n\n<Part n="1">\n\n<Part n="a">\n\n<Part n="1">\nx\n</Part>\n\n</Part>\n\n</Part>\n\n</Part>\n', 'party')).toEqual([
      '7:1 part-numbering <Part n="1"> is a fourth level inside I.1.a; a party document has three (I. › 1. › a)): make it text of its part, or close the part above first',
    ]);
    expect(problemsOf('<Part level="dieu" n="1">\nx\n</Part>\n', 'party')[0]).toContain('has a `level`, but this is a party document');
  });

  test('state levels nest as the law nests them', () => {
    expect(problemsOf('<Part level="khoan" n="1">\nx\n</Part>\n\n<Part level="dieu" n="1">\n\n<Part level="diem" n="a">\ny\n</Part>\n\n</Part>\n\n<Part level="dieu" n="2">\nz\n</Part>\n', 'state')).toEqual([
      '1:1 part-numbering a `khoan` cannot stand at the top of the document; it belongs in a `dieu`',
      '7:1 part-numbering a `diem` cannot stand inside a `dieu`; it belongs in a `khoan`',
    ]);
  });

  test('Điều counts through the whole document; khoản restarts in each Điều', () => {
    const body = '<Part level="chuong" n="I">\n\n<Part level="dieu" n="1">\n\n<Part level="khoan" n="1">\na\n</Part>\n\n</Part>\n\n</Part>\n\n<Part level="chuong" n="II">\n\n<Part level="dieu" n="1">\n\n<Part level="khoan" n="1">\nb\n</Part>\n\n</Part>\n\n</Part>\n';
    expect(problemsOf(body, 'state')).toEqual([
      '15:1 part-numbering <Part level="dieu" n="1"> is out of sequence: expected `2` here (numbered through the whole document); number the parts in reading order, none skipped or repeated',
      '15:1 duplicate-part <Part level="dieu" n="1"> gives the anchor `#dieu-1` a second time; each part is cited by its anchor, so it must be unique: renumber this part',
      // Its khoản then repeats an anchor too: renumbering the Điều resolves both.
      '17:1 duplicate-part <Part level="khoan" n="1"> gives the anchor `#dieu-1-khoan-1` a second time; each part is cited by its anchor, so it must be unique: renumber this part',
    ]);
    expect(problemsOf(body.replace('<Part level="chuong" n="II">\n\n<Part level="dieu" n="1">', '<Part level="chuong" n="II">\n\n<Part level="dieu" n="2">'), 'state')).toEqual([]);
  });

  test('a state part without a level, or with an unknown one', () => {
    expect(problemsOf('<Part n="1">\nx\n</Part>\n\n<Part level="article" n="1">\ny\n</Part>\n', 'state')).toEqual([
      '1:1 part-numbering <Part n="1"> has no `level`; in a state document (`structure: state`) write it, one of `phan`, `chuong`, `muc`, `dieu`, `khoan`, `diem` (Phần, Chương, Mục, Điều, khoản, điểm)',
      '5:1 part-numbering <Part level="article" n="1">: `article` is not a level; use one of `phan`, `chuong`, `muc`, `dieu`, `khoan`, `diem`',
    ]);
  });
});

describe('addresses of parts', () => {
  test('a fragment other than #p<n> names a part', async () => {
    const { parseReference, formatReference } = await import('../../src/lib/references');
    expect(parseReference('resolutions/x#II.3.b')).toEqual({ collection: 'resolutions', id: 'x', paragraph: undefined, part: 'II.3.b' });
    expect(parseReference('resolutions/x#dieu-5-khoan-2')?.part).toBe('dieu-5-khoan-2');
    expect(parseReference('speeches/x#p7')).toEqual({ collection: 'speeches', id: 'x', paragraph: 7 });
    expect(parseReference('resolutions/x#II 3')).toBeUndefined();
    expect(formatReference({ collection: 'resolutions', id: 'x', paragraph: undefined, part: 'II.3.b' })).toBe('resolutions/x#II.3.b');
  });
});
