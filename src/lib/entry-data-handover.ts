/**
 * Entry pages hand their data.js (src/lib/entry-data.ts) over here as they render in a build, and
 * it is written at once into the build's output folder; the entry-data integration
 * (src/integrations/entry-data.ts) opens the hand-over when the build starts and, when it is done,
 * checks that every entry page handed one over. This module imports nothing of the site, so the
 * integration can load it outside the pages' bundle.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
}

const storeKey: unique symbol = Symbol.for('cao-bang-study.entry-data');
const store = globalThis as typeof globalThis & { [storeKey]?: HandOver };
const handOver = (store[storeKey] ??= { outDir: undefined, written: new Set() });

/** Called by the integration as a build starts: files go into `outDir`. */
export function openEntryData(outDir: string): void {
  handOver.outDir = outDir;
  handOver.written.clear();
}

/** Called by each entry page as it renders in a build; writes the file (nothing waits in memory). */
export function keepEntryData(file: EntryDataFile): void {
  if (handOver.outDir === undefined) {
    throw new Error(`${file.path} was handed over outside a build: the entry-data integration (astro.config.mjs) opens the hand-over.`);
  }
  const target = join(handOver.outDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.script);
  handOver.written.add(file.path);
}

/** Called by the integration when the build is done: the paths written, and the hand-over closed. */
export function closeEntryData(): Set<string> {
  const written = new Set(handOver.written);
  handOver.outDir = undefined;
  handOver.written.clear();
  return written;
}
