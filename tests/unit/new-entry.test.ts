import { describe, expect, test } from 'vitest';
import { checkSources } from '../../scripts/check/index';
import { scaffold } from '../../scripts/new-entry';
import { corpusWith } from './check/mini-corpus';

/** Errors the checker finds in the mini corpus plus new files (warnings are the editor's to-do list). */
function errorsWith(files: { path: string; text: string }[]): string[] {
  const sources = corpusWith(Object.fromEntries(files.map((file) => [file.path, file.text])));
  return checkSources(sources)
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

describe('npm run new', () => {
  test('a new speech passes the check in both languages', () => {
    const files = scaffold('speech', 'new-talk', { speaker: 'an', date: '2026-05-01' });
    expect(files.map((file) => file.path)).toEqual(['content/speeches/vi/new-talk.mdx', 'content/speeches/en/new-talk.mdx']);
    expect(errorsWith(files)).toEqual([]);
  });

  test('a new orientation and breakthrough pass the check', () => {
    const files = [
      ...scaffold('orientation', 'water', { from: 'speeches/talk#p2', order: 2 }),
      ...scaffold('breakthrough', 'pipes', { from: 'speeches/talk#p2', serves: ['water', 'roads'], order: 1 }),
    ];
    expect(files[0]!.text).toContain('ordinal: "Thứ hai"');
    expect(files[3]!.text).toContain('ordinal: "One"');
    expect(errorsWith(files)).toEqual([]);
  });

  test('refuses bad input with a message that says how to fix it', () => {
    expect(() => scaffold('speach', 'x')).toThrow('unknown kind `speach`; use one of speech, orientation, breakthrough');
    expect(() => scaffold('speech', 'Bad_Id', { speaker: 'an' })).toThrow('`Bad_Id` is not a valid id');
    expect(() => scaffold('orientation', 'x', { from: 'orientations/roads' })).toThrow('--from must look like speeches/<id>#p<n>');
  });
});
