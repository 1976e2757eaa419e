import { describe, expect, test } from 'vitest';
import { checkSources } from '../../scripts/check/index';
import { orderOption, scaffold } from '../../scripts/new-entry';
import { corpusWith, speech } from './check/mini-corpus';

type NewFile = { path: string; text: string };

/** Errors the checker finds in the mini corpus plus new files (warnings are the editor's to-do list). */
function errorsWith(files: NewFile[]): string[] {
  const sources = corpusWith(Object.fromEntries(files.map((file) => [file.path, file.text])));
  return checkSources(sources)
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

/** The `pending-decision` errors of new files, and every other error, apart. */
function decisionsAndErrors(files: NewFile[]) {
  const diagnostics = checkSources(corpusWith(Object.fromEntries(files.map((file) => [file.path, file.text])))).filter((d) => d.severity === 'error');
  return {
    decisions: diagnostics.filter((d) => d.rule === 'pending-decision').map((d) => `${d.file}:${d.line}`),
    others: diagnostics.filter((d) => d.rule !== 'pending-decision').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`),
  };
}

const markerLine = /^\{\/\* decide: .*\*\/\}$/;

/** Where a file's markers are, as `path:line`: read from the file itself. */
const markersOf = (files: NewFile[]) => files.flatMap((file) => file.text.split('\n').flatMap((line, index) => (markerLine.test(line) ? [`${file.path}:${index + 1}`] : [])));

/** What an editor does before the check passes: replace the placeholders, then delete the markers (here, the markers only). */
const decided = (files: NewFile[]) => files.map((file) => ({ ...file, text: file.text.split('\n').filter((line) => !markerLine.test(line)).join('\n') }));

describe('npm run new', () => {
  test('a new speech is refused by the check until an editor has replaced every placeholder, and is otherwise valid', () => {
    const files = scaffold('speech', 'new-talk', { speaker: 'an', date: '2026-05-01' });
    expect(files.map((file) => file.path)).toEqual(['content/speeches/vi/new-talk.mdx', 'content/speeches/en/new-talk.mdx']);
    // One marker for the front matter's placeholders and one before each placeholder paragraph.
    for (const file of files) expect(markersOf([file])).toHaveLength(1 + (file.text.match(/<Para /g) ?? []).length);
    const { decisions, others } = decisionsAndErrors(files);
    expect(decisions.sort()).toEqual(markersOf(files).sort());
    expect(others).toEqual([]);
    expect(errorsWith(decided(files))).toEqual([]);
  });

  test('every placeholder paragraph has a marker right before it', () => {
    for (const file of scaffold('speech', 'new-talk', { speaker: 'an' })) {
      const lines = file.text.split('\n');
      lines.forEach((line, index) => {
        if (line.startsWith('<Para ')) expect(lines[index - 1], `${file.path}:${index + 1}`).toMatch(markerLine);
      });
    }
  });

  test('a new orientation and breakthrough are refused until their placeholders are replaced', () => {
    const files = [
      ...scaffold('orientation', 'water', { from: 'speeches/talk#p2', order: 2 }),
      ...scaffold('breakthrough', 'pipes', { from: 'speeches/talk#p2', serves: ['water', 'roads'], order: 1 }),
    ];
    expect(files[0]!.text).toContain('ordinal: "Thứ hai"');
    expect(files[3]!.text).toContain('ordinal: "One"');
    expect(decisionsAndErrors(files).decisions.sort()).toEqual(markersOf(files).sort());
    // Until the ¶ they are stated in carries a <Ref> to each, the check says what to add …
    expect(errorsWith(decided(files)).map((line) => line.split(' ')[0])).toEqual([
      'content/breakthroughs/en/pipes.mdx:6:11',
      'content/breakthroughs/vi/pipes.mdx:6:11',
      'content/orientations/en/water.mdx:6:11',
      'content/orientations/vi/water.mdx:6:11',
    ]);
    // … and with the <Ref>s the docs tell the editor to add, they pass.
    const withRefs = [
      ...decided(files),
      { path: 'content/speeches/vi/talk.mdx', text: speech('vi', 'Về <Ref to="orientations/roads">đường sá</Ref>, <Ref to="orientations/water">nước</Ref> và <Ref to="breakthroughs/pipes">ống</Ref>.') },
      { path: 'content/speeches/en/talk.mdx', text: speech('en', 'On <Ref to="orientations/roads">roads</Ref>, <Ref to="orientations/water">water</Ref> and <Ref to="breakthroughs/pipes">pipes</Ref>.') },
    ];
    expect(errorsWith(withRefs)).toEqual([]);
  });

  test('refuses bad input with a message that says how to fix it', () => {
    expect(() => scaffold('speach', 'x')).toThrow('unknown kind `speach`; use one of speech, orientation, breakthrough');
    expect(() => scaffold('speech', 'Bad_Id', { speaker: 'an' })).toThrow('`Bad_Id` is not a valid id');
    expect(() => scaffold('orientation', 'x', { from: 'orientations/roads' })).toThrow('--from must look like speeches/<id>#p<n>');
  });
});

describe('npm run new -- resolution', () => {
  test('a new party or state document is refused until its placeholders are replaced, with the metadata given and nothing invented', () => {
    const party = scaffold('resolution', 'sample', { issuer: 'Hội Mẫu (hư cấu)', number: '01-NQ/MAU' });
    const state = scaffold('resolution', 'decree', { issuer: 'Cơ quan Mẫu (hư cấu)', structure: 'state', date: '2000-01-01' });
    expect(party.map((file) => file.path)).toEqual(['content/resolutions/vi/sample.mdx', 'content/resolutions/en/sample.mdx']);
    expect(party[0]!.text).toContain('number: "01-NQ/MAU"');
    expect(party[0]!.text).not.toContain('issued:');
    expect(state[0]!.text).toContain('issued: 2000-01-01');
    expect(state[0]!.text).toContain('<Part level="dieu" n="1"');
    const files = [...party, ...state];
    const { decisions, others } = decisionsAndErrors(files);
    expect(decisions.sort()).toEqual(markersOf(files).sort());
    expect(others).toEqual([]);
    expect(markersOf(files)).toHaveLength(2 * files.length);
    expect(errorsWith(decided(files))).toEqual([]);
  });

  test('says what it needs', () => {
    expect(() => scaffold('resolution', 'x', {})).toThrow('a resolution needs --issuer');
    expect(() => scaffold('resolution', 'x', { issuer: 'A', structure: 'federal' })).toThrow('--structure is `party`');
  });
});

test('--order takes a whole number from 1, and refuses anything else with what to write', () => {
  expect(orderOption('3')).toBe(3);
  for (const value of ['abc', '0', '-1', '2.5', '']) expect(() => orderOption(value)).toThrow(/--order must be a whole number from 1/);
});
