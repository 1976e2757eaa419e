/**
 * The text rules the content loaders share with the check (src/lib/content-text.ts): what
 * `astro dev` and `astro build` refuse on their own, named file:line:column, never thrown.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentTextProblems, fileTextProblems } from '../../src/lib/content-text';

const work = mkdtempSync(join(tmpdir(), 'content-text-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each<[string, Uint8Array, string[]]>([
  ['clean text', Buffer.from('---\ntitle: "Việt"\n---\n\nx\n'), []],
  ['a byte-order mark', Buffer.from('\uFEFF---\ntitle: "Việt"\n---\n'), []],
  ['a Latin-1 byte', Buffer.from([0x61, 0x0a, 0x62, 0xe9]), ['2:2 this byte is not UTF-8 (the file was saved in another encoding, such as Latin-1 or Windows-1258); save the file as UTF-8']],
  ['a right-to-left override', Buffer.from('ab\u202Ec'), ['1:3 a bidirectional control character (U+202E) is in the text: it makes the text display differently from what it says; delete it']],
  ['a NUL', Buffer.from('x\n\u0000'), ['2:1 an invisible control character (U+0000) is in the text; delete it (retype the words around it if unsure)']],
  ['decomposed Vietnamese', Buffer.from('Vie\u0323\u0302t'), ['1:3 the text is in decomposed Unicode (NFD: a letter followed by separate accent marks), which search and the glossary links do not match; convert the file to composed Unicode (NFC), e.g. retype the word or use your editor\'s "normalize to NFC"']],
])('%s', (_name, bytes, expected) => {
  expect(fileTextProblems(bytes).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(expected);
});

test('the loaders list every problem of a folder, a dangling link as one line, and do not follow a link to a folder', () => {
  const dir = join(work, 'speeches');
  mkdirSync(join(dir, 'vi'), { recursive: true });
  writeFileSync(join(dir, 'vi', 'good.mdx'), 'Việt\n');
  writeFileSync(join(dir, 'vi', 'bidi.mdx'), 'a\u2066b\n');
  symlinkSync('nowhere.mdx', join(dir, 'vi', 'ghost.mdx'));
  symlinkSync('..', join(dir, 'vi', 'up'));
  expect(contentTextProblems(dir)).toEqual([
    `${join(dir, 'vi', 'bidi.mdx')}:1:2  a bidirectional control character (U+2066) is in the text: it makes the text display differently from what it says; delete it`,
    `${join(dir, 'vi', 'ghost.mdx')}:1:1  cannot be read (ENOENT); run npm run check for what to do`,
  ]);
});
