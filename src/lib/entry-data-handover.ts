/**
 * Entry pages hand their data.js (src/lib/entry-data.ts) over here as they render in a build, and
 * a thread of its own writes it into the build's output folder; the entry-data integration
 * (src/integrations/entry-data.ts) opens the hand-over when the build starts and, when it is done,
 * waits for every file and checks that every entry page handed one over. This module imports
 * nothing of the site, so the integration can load it outside the pages' bundle.
 */
import { Worker } from 'node:worker_threads';

/** Relative to the site's root, e.g. `vi/speeches/<id>/data.js`. */
export interface EntryDataFile {
  path: string;
  script: string;
}

export type ToEntryDataWriter = { kind: 'write'; files: EntryDataFile[] } | { kind: 'close' };
export type FromEntryDataWriter = { failures: string[] };

/**
 * Files per message to the writer thread, as the indexer's thread gets pages eight to a message
 * (src/lib/search/indexer-thread.ts): each message has a cost on Astro's thread of its own.
 */
const filesPerMessage = 8;

/**
 * The writer of this build, and what it has been handed. On globalThis because the pages and the
 * integration are bundled apart and each gets its own copy of this module; the build runs them in
 * one process. The integration's copy starts the thread (its address is right there).
 */
interface HandOver {
  writer: Worker | undefined;
  written: Set<string>;
  /** Handed over, not yet posted to the thread. */
  waiting: EntryDataFile[];
}

const storeKey: unique symbol = Symbol.for('cao-bang-study.entry-data');
const store = globalThis as typeof globalThis & { [storeKey]?: HandOver };
const handOver = (store[storeKey] ??= { writer: undefined, written: new Set(), waiting: [] });

function postWaiting(): void {
  if (handOver.waiting.length === 0) return;
  handOver.writer?.postMessage({ kind: 'write', files: handOver.waiting } satisfies ToEntryDataWriter);
  handOver.waiting = [];
}

/**
 * Called by the integration as a build starts: files go into `outDir`, written by a thread of their
 * own (entry-data-writer.ts), so the disk's work and its calls are not on Astro's rendering thread.
 */
export function openEntryData(outDir: string): void {
  void handOver.writer?.terminate();
  // Node strips the thread's types itself (it imports this module by its `.ts` name).
  const writer = new Worker(new URL('./entry-data-writer.ts', import.meta.url), { workerData: { outDir } });
  // Only closing waits for it: a failed build must be able to exit.
  writer.unref();
  handOver.writer = writer;
  handOver.written.clear();
  handOver.waiting = [];
}

/** Called by each entry page as it renders in a build; the file is written on the writer thread. */
export function keepEntryData(file: EntryDataFile): void {
  if (handOver.writer === undefined) {
    throw new Error(`${file.path} was handed over outside a build: the entry-data integration (astro.config.mjs) opens the hand-over.`);
  }
  handOver.waiting.push(file);
  handOver.written.add(file.path);
  if (handOver.waiting.length === filesPerMessage) postWaiting();
}

/**
 * Called by the integration when the build is done: waits for every file, then closes the hand-over.
 * The paths written; rejects, naming each file, if any could not be written.
 */
export async function closeEntryData(): Promise<Set<string>> {
  const written = new Set(handOver.written);
  const writer = handOver.writer;
  postWaiting();
  handOver.writer = undefined;
  handOver.written.clear();
  if (!writer) return written;
  try {
    const { failures } = await new Promise<FromEntryDataWriter>((resolve, reject) => {
      writer.once('message', resolve);
      writer.once('error', reject);
      writer.once('exit', () => reject(new Error('The entry-data writer stopped before writing every file.')));
      writer.ref();
      writer.postMessage({ kind: 'close' } satisfies ToEntryDataWriter);
    });
    if (failures.length > 0) throw new Error(`Could not write ${failures.length} data.js file(s):\n${failures.join('\n')}`);
    return written;
  } finally {
    await writer.terminate();
  }
}
