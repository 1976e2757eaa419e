/**
 * Entry pages hand their data.js (src/lib/entry-data.ts) over here as they render in a build, and
 * it starts being written at once into the build's output folder; the entry-data integration
 * (src/integrations/entry-data.ts) opens the hand-over when the build starts and, when it is done,
 * waits for every file and checks that every entry page handed one over. This module imports
 * nothing of the site, so the integration can load it outside the pages' bundle.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Relative to the site's root, e.g. `vi/speeches/<id>/data.js`. */
export interface EntryDataFile {
  path: string;
  script: string;
}

/**
 * Where this build writes, and what it has written. On globalThis because the pages and the
 * integration are bundled apart and each gets its own copy of this module; the build runs them in
 * one process.
 */
interface HandOver {
  outDir: string | undefined;
  written: Set<string>;
  /** Files being written; the page renders on meanwhile. */
  writing: Promise<void>[];
}

const storeKey: unique symbol = Symbol.for('cao-bang-study.entry-data');
const store = globalThis as typeof globalThis & { [storeKey]?: HandOver };
const handOver = (store[storeKey] ??= { outDir: undefined, written: new Set(), writing: [] });

/** Called by the integration as a build starts: files go into `outDir`. */
export function openEntryData(outDir: string): void {
  handOver.outDir = outDir;
  handOver.written.clear();
  handOver.writing = [];
}

/**
 * Called by each entry page as it renders in a build; starts writing the file (nothing waits in
 * memory, and the disk's work is not on the rendering thread).
 */
export function keepEntryData(file: EntryDataFile): void {
  if (handOver.outDir === undefined) {
    throw new Error(`${file.path} was handed over outside a build: the entry-data integration (astro.config.mjs) opens the hand-over.`);
  }
  const target = join(handOver.outDir, file.path);
  const writing = mkdir(dirname(target), { recursive: true }).then(() => writeFile(target, file.script));
  // A failed write is reported when the hand-over closes.
  writing.catch(() => undefined);
  handOver.writing.push(writing);
  handOver.written.add(file.path);
}

/**
 * Called by the integration when the build is done: waits for every file, then closes the hand-over.
 * The paths written; rejects if a file could not be written.
 */
export async function closeEntryData(): Promise<Set<string>> {
  const written = new Set(handOver.written);
  const writing = handOver.writing;
  handOver.outDir = undefined;
  handOver.written.clear();
  handOver.writing = [];
  await Promise.all(writing);
  return written;
}
