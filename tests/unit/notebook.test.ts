import { describe, expect, test } from 'vitest';
import {
  bookmarkedEntries,
  groupedByEntry,
  itemKeyOf,
  maxNoteLength,
  mergeNotebooks,
  notebookFile,
  paragraphListText,
  parseNotebookFile,
  parseParagraphList,
  readNotebook,
  readNotebookFile,
  withBookmark,
  withNote,
  withoutBookmark,
  type NotebookItem,
} from '../../src/lib/notebook';

const added = '2026-03-07T08:00:00.000Z';
const item = (id: string, paragraphs: number[], note = ''): NotebookItem => ({ collection: 'speeches', id, paragraphs, note, added });

describe('parseParagraphList', () => {
  test.each([
    ['3', [3]],
    ['3-5', [3, 4, 5]],
    ['3–5, 8', [3, 4, 5, 8]],
    ['8 3 3', [3, 8]],
    ['', []],
  ])('reads %j', (text, expected) => {
    expect(parseParagraphList(text)).toEqual(expected);
  });

  test.each(['a', '5-3', '0', '3,,x', '1-99999'])('refuses %j', (text) => {
    expect(parseParagraphList(text)).toBeUndefined();
  });
});

test('paragraphListText joins runs', () => {
  expect(paragraphListText([3, 4, 5, 8, 10, 11])).toBe('3–5, 8, 10–11');
  expect(paragraphListText([])).toBe('');
});

describe('bookmarks', () => {
  test('a passage is kept once; keeping it again joins the notes, neither lost', () => {
    let items = withBookmark([], item('a', [3, 4], 'first'));
    items = withBookmark(items, item('a', [3, 4], 'second'));
    items = withBookmark(items, item('a', [3, 4], 'first'));
    expect(items).toEqual([item('a', [3, 4], 'first\n\nsecond')]);
  });

  test('a note is replaced, a bookmark removed, by its key', () => {
    const items = [item('a', [3]), item('a', [])];
    expect(withNote(items, itemKeyOf(items[0]!), 'mine')[0]!.note).toBe('mine');
    expect(withoutBookmark(items, itemKeyOf(items[1]!))).toEqual([items[0]]);
  });

  test('are grouped by text in the order first kept, the whole text first, then by ¶', () => {
    const groups = groupedByEntry([item('b', [9]), item('a', [5]), item('b', []), item('b', [2, 3])]);
    expect(groups.map((group) => [group.entry, group.items.map((kept) => kept.paragraphs.join(','))])).toEqual([
      ['speeches/b', ['', '2,3', '9']],
      ['speeches/a', ['5']],
    ]);
  });
});

describe('the notebook file', () => {
  const items = [item('a', [3], 'Xem lại'), item('b', [])];

  test('round-trips through its JSON, with its format and version', () => {
    const text = notebookFile(items, new Date(added));
    expect(JSON.parse(text)).toMatchObject({ format: 'study-notebook', version: 1, exported: added });
    expect(readNotebookFile(text)).toEqual({ items, problems: [] });
  });

  test('import merges: new bookmarks added, shared ones keep both notes', () => {
    const incoming = readNotebookFile(notebookFile([item('a', [3], 'Từ máy khác'), item('c', [1])], new Date(added))).items;
    expect(mergeNotebooks(items, incoming)).toEqual([item('a', [3], 'Xem lại\n\nTừ máy khác'), item('b', []), item('c', [1])]);
  });

  test.each([
    ['not JSON', 'alert(1)', { kind: 'not-json' }],
    ['another JSON file', '{"items":[]}', { kind: 'not-notebook' }],
    ['a later version', '{"format":"study-notebook","version":2,"items":[]}', { kind: 'version', version: 2 }],
  ])('refuses %s, saying why', (_name, text, problem) => {
    expect(readNotebookFile(text)).toEqual({ items: [], problems: [problem] });
  });

  test('keeps each good bookmark and names every other one by its place and why', () => {
    const file = JSON.stringify({
      format: 'study-notebook',
      version: 1,
      items: [
        { collection: 'speeches', id: 'a', paragraphs: [4, 2, 2], note: 'ok', added },
        { collection: 'speeches', id: '../../x', paragraphs: [] },
        { collection: 'speeches', id: 'gone', paragraphs: [1] },
        { collection: 'speeches', id: 'a', paragraphs: [1.5] },
        'speeches/a',
        { collection: 'speeches', id: 'b', note: 'x'.repeat(maxNoteLength + 5), added: 'not a date' },
      ],
    });
    const read = readNotebookFile(file, new Set(['speeches/a', 'speeches/b']));
    expect(read.items).toEqual([
      item('a', [2, 4], 'ok'),
      { collection: 'speeches', id: 'b', paragraphs: [], note: 'x'.repeat(maxNoteLength), added: new Date(0).toISOString() },
    ]);
    expect(read.problems).toEqual([
      { kind: 'item', index: 2, reason: 'shape' },
      { kind: 'item', index: 3, reason: 'unknown-entry' },
      { kind: 'item', index: 4, reason: 'shape' },
      { kind: 'item', index: 5, reason: 'shape' },
      { kind: 'note-cut', index: 6 },
    ]);
  });

  test('the entries to look up before reading a file are those its bookmarks name, each once, within its limit', () => {
    const values = [
      { collection: 'speeches', id: 'a', paragraphs: [1] },
      { collection: 'speeches', id: 'a', paragraphs: [2] },
      { collection: 'speeches', id: '../../x' },
      'speeches/c',
      { collection: 'people', id: 'b', paragraphs: 'bad' },
      ...Array.from({ length: 2100 }, (_, index) => ({ collection: 'speeches', id: `more-${index}` })),
    ];
    const content = parseNotebookFile(JSON.stringify({ format: 'study-notebook', version: 1, items: values }));
    const entries = bookmarkedEntries(content);
    expect(entries.slice(0, 3)).toEqual(['speeches/a', 'people/b', 'speeches/more-0']);
    // Only the first 2,000 bookmarks are read, so only their entries are asked about.
    expect(entries).toHaveLength(2 + (2000 - 5));
    expect(bookmarkedEntries(parseNotebookFile('alert(1)'))).toEqual([]);
    // What was found known is what reading the parsed file keeps, as reading its text does.
    const known = new Set(['speeches/a']);
    expect(readNotebook(content, known)).toEqual(readNotebookFile(JSON.stringify({ format: 'study-notebook', version: 1, items: values }), known));
  });

  test('reads no more than its limit, counting the rest', () => {
    const many = Array.from({ length: 2003 }, (_, index) => ({ collection: 'speeches', id: 'a', paragraphs: [index + 1] }));
    const read = readNotebookFile(JSON.stringify({ format: 'study-notebook', version: 1, items: many }));
    expect(read.items).toHaveLength(2000);
    expect(read.problems).toEqual([{ kind: 'over-limit', count: 3 }]);
  });
});
