/**
 * The text rules the content loaders share with the check (src/lib/content-text.ts): what
 * `astro dev` and `astro build` refuse on their own, named file:line:column, never thrown.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { frontMatterAsChecked } from '../../src/lib/content-files';
import { contentTextProblems, fileTextProblems } from '../../src/lib/content-text';
import { assertEntryFileAsChecked } from '../../src/lib/dev-entry-check';
import { CalendarDateSchema } from '../../src/schemas/calendar-date';
import { speech } from './check/mini-corpus';

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

describe('front matter as the check reads it (what Astro\'s loaders validate)', () => {
  const fileWith = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'front-matter-'));
    const file = join(dir, 'x.mdx');
    writeFileSync(file, text);
    return { file, done: () => rmSync(dir, { recursive: true, force: true }) };
  };

  test('keeps a date as the text written, so the schema refuses 30 February instead of reading 2 March', () => {
    const { file, done } = fileWith('---\ndate: 2026-02-30\ntitle: "Bài nói"\n---\n\nText.\n');
    try {
      const data = frontMatterAsChecked(file) as { date: unknown };
      expect(data).toEqual({ date: '2026-02-30', title: 'Bài nói' });
      expect(CalendarDateSchema.safeParse(data.date).success).toBe(false);
    } finally {
      done();
    }
  });

  test('skips a byte-order mark and stops an alias bomb', () => {
    const bom = fileWith('\uFEFF---\ntitle: "x"\n---\n');
    const bomb = fileWith(`---\na: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n---\n`);
    try {
      expect(frontMatterAsChecked(bom.file)).toEqual({ title: 'x' });
      expect(() => frontMatterAsChecked(bomb.file)).toThrow(/alias/i);
    } finally {
      bom.done();
      bomb.done();
    }
  });
});

describe('an entry file saved while the dev server runs', () => {
  const speechFile = (text: string | Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-entry-'));
    const file = join(dir, 'talk.mdx');
    writeFileSync(file, text);
    return { file, done: () => rmSync(dir, { recursive: true, force: true }) };
  };
  const valid = speech('vi', 'Đoạn hai.');

  test.each<[string, string | Uint8Array, RegExp | undefined]>([
    ['a valid speech', valid, undefined],
    // "Caf" and a Latin-1 é on a line after the text: the é is the bad byte.
    ['a byte that is not UTF-8', Buffer.concat([Buffer.from(valid), Buffer.from([0x43, 0x61, 0x66, 0xe9])]), new RegExp(`talk\\.mdx:${valid.split('\n').length}:4 {2}this byte is not UTF-8`)],
    ['a date that does not exist', valid.replace('date: 2026-01-28', 'date: 2026-02-30'), /talk\.mdx: `date`: February 2026 has no day 30; write a real date as YYYY-MM-DD/],
    ['a right-to-left override', valid.replace('Đoạn hai.', 'Đoạn \u202Ehai.'), /talk\.mdx:\d+:\d+ {2}.*U\+202E/],
  ])('%s', (_name, text, error) => {
    const { file, done } = speechFile(text);
    try {
      if (error) expect(() => assertEntryFileAsChecked(file, 'speeches')).toThrow(error);
      else expect(() => assertEntryFileAsChecked(file, 'speeches')).not.toThrow();
    } finally {
      done();
    }
  });
});
