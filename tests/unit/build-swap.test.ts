import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { recoverInterruptedSwap, swapInto, type SwapPair } from '../../scripts/lib/swap.ts';

let folder: string;
let pairs: SwapPair[];
let journal: string;

const contentOf = (dir: string) => (existsSync(join(dir, 'index.html')) ? readFileSync(join(dir, 'index.html'), 'utf8') : undefined);
const write = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'build-swap-'));
  pairs = ['dist', 'dist-offline'].map((name) => ({
    staged: join(folder, '.build', `${name}-next`),
    final: join(folder, name),
    retired: join(folder, '.build', `${name}-previous`),
  }));
  journal = join(folder, '.build', 'swap-journal.json');
  for (const { staged, final } of pairs) {
    write(staged, 'new');
    write(final, 'old');
  }
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Renames as the file system does, but throws at the `failAt`-th call (1-based) and at every later one when `thenAll`. */
function failingRename(failAt: number, thenAll = false) {
  let calls = 0;
  return {
    rename(from: string, to: string) {
      calls++;
      if (calls === failAt || (thenAll && calls > failAt)) throw new Error(`rename ${calls} failed`);
      renameSync(from, to);
    },
  };
}

test('a swap puts every new folder in place and leaves no journal or old folder', () => {
  swapInto(pairs, journal);
  expect(pairs.map((pair) => contentOf(pair.final))).toEqual(['new', 'new']);
  expect(existsSync(journal)).toBe(false);
  expect(pairs.some((pair) => existsSync(pair.retired))).toBe(false);
});

// Renames: 1 dist→retired, 2 dist-next→dist, 3 dist-offline→retired, 4 offline-next→dist-offline.
test.each([2, 3, 4])('when rename %i fails, the renames done are undone and the error is thrown', (failAt) => {
  expect(() => swapInto(pairs, journal, failingRename(failAt))).toThrow(`rename ${failAt} failed`);
  expect(pairs.map((pair) => contentOf(pair.final))).toEqual(['old', 'old']);
  expect(existsSync(journal)).toBe(false);
});

test('a folder that did not exist before is removed again when the swap fails', () => {
  rmSync(pairs[1]!.final, { recursive: true });
  expect(() => swapInto(pairs, journal, failingRename(3))).toThrow();
  expect(contentOf(pairs[0]!.final)).toBe('old');
  expect(existsSync(pairs[1]!.final)).toBe(false);
});

// A crash between renames: every rename from the failing one on fails, so nothing is undone and the
// journal stays, as if the process had died there.
test.each([2, 3, 4])('after a crash at rename %i the next build puts the old folders back together', (crashAt) => {
  expect(() => swapInto(pairs, journal, failingRename(crashAt, true))).toThrow();
  expect(existsSync(journal)).toBe(true);
  expect(recoverInterruptedSwap(journal)).toBe(true);
  expect(pairs.map((pair) => contentOf(pair.final))).toEqual(['old', 'old']);
  expect(existsSync(journal)).toBe(false);
  // Running it again finds nothing to undo.
  expect(recoverInterruptedSwap(journal)).toBe(false);
});

test('a recovery that is itself cut short is finished by the next one', () => {
  expect(() => swapInto(pairs, journal, failingRename(4, true))).toThrow();
  expect(() => recoverInterruptedSwap(journal, failingRename(2, true))).toThrow();
  expect(recoverInterruptedSwap(journal)).toBe(true);
  expect(pairs.map((pair) => contentOf(pair.final))).toEqual(['old', 'old']);
});

test('a journal cut short while it was written (before any rename) is dropped', () => {
  mkdirSync(join(folder, '.build'), { recursive: true });
  writeFileSync(journal, '{"pairs": [');
  expect(recoverInterruptedSwap(journal)).toBe(false);
  expect(existsSync(journal)).toBe(false);
  expect(pairs.map((pair) => contentOf(pair.final))).toEqual(['old', 'old']);
});
