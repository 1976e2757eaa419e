/**
 * Puts a new build in place of the old one, all or nothing, though it is several folders (dist/ and
 * dist-offline/) and a rename moves only one at a time.
 *
 * Before the first rename a journal is written naming every folder and whether it existed; it is
 * removed after the last rename, and that removal is the moment the new build counts as in place.
 * If a rename fails, the ones done are undone at once. If the process dies between renames (power
 * cut, SIGKILL), the journal is still there, and the next build undoes the renames before anything
 * else (recoverInterruptedSwap), so the old folders come back together.
 */
import { existsSync, renameSync, rmSync, writeFileSync, readFileSync, openSync, fsyncSync, closeSync } from 'node:fs';

/** One folder to replace: the new build in `staged`, moved to `final`; the old one kept in `retired` until the end. */
export interface SwapPair {
  staged: string;
  final: string;
  retired: string;
}

interface Journal {
  pairs: (SwapPair & { finalExisted: boolean })[];
}

/** The file operations a swap uses, replaceable so a test can make one fail. */
export interface SwapFileSystem {
  rename(from: string, to: string): void;
}

const realFileSystem: SwapFileSystem = { rename: renameSync };

/** Writes a file and makes sure it is on disk before the renames it guards. */
function writeDurably(path: string, text: string): void {
  writeFileSync(path, text);
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Undoes the renames of a journal's swap, whichever were done; safe to run again if it is itself cut short. */
function rollBack(journal: Journal, fs: SwapFileSystem): void {
  for (const { staged, final, retired, finalExisted } of [...journal.pairs].reverse()) {
    // What is in `final` now is new unless the old one was never moved out (it is still not in `retired`).
    const oldStillInPlace = finalExisted && !existsSync(retired);
    if (!oldStillInPlace && existsSync(final)) {
      rmSync(staged, { recursive: true, force: true });
      fs.rename(final, staged);
    }
    if (finalExisted && existsSync(retired)) fs.rename(retired, final);
  }
}

/**
 * Moves every `staged` folder to its `final` place, all or nothing. On failure the old folders are
 * back in place and the error is thrown again.
 */
export function swapInto(pairs: SwapPair[], journalFile: string, fs: SwapFileSystem = realFileSystem): void {
  for (const { retired } of pairs) rmSync(retired, { recursive: true, force: true });
  const journal: Journal = { pairs: pairs.map((pair) => ({ ...pair, finalExisted: existsSync(pair.final) })) };
  writeDurably(journalFile, `${JSON.stringify(journal, null, 2)}\n`);
  try {
    for (const { staged, final, retired, finalExisted } of journal.pairs) {
      if (finalExisted) fs.rename(final, retired);
      fs.rename(staged, final);
    }
  } catch (error) {
    rollBack(journal, fs);
    rmSync(journalFile, { force: true });
    throw error;
  }
  rmSync(journalFile, { force: true });
  for (const { retired } of pairs) rmSync(retired, { recursive: true, force: true });
}

/**
 * If a swap was cut short (its journal is still there), puts the old folders back as they were
 * before it. Returns true when there was one to undo.
 */
export function recoverInterruptedSwap(journalFile: string, fs: SwapFileSystem = realFileSystem): boolean {
  if (!existsSync(journalFile)) return false;
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  } catch {
    // Cut short while it was written: no rename had begun (they wait until it is on disk).
    rmSync(journalFile, { force: true });
    return false;
  }
  rollBack(journal, fs);
  rmSync(journalFile, { force: true });
  return true;
}
