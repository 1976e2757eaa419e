/**
 * Entry pages hand their data.js (src/lib/entry-data.ts) over here as they render in a build, and
 * a thread of its own writes it into the build's output folder; the entry-data integration
 * (src/integrations/entry-data.ts) opens the hand-over when the build starts and, when it is done,
 * waits for every file and checks that every entry page handed one over.
 */
import { processWide, startThread, type BuildThread } from './thread.ts';

/** Relative to the site's root, e.g. `vi/speeches/<id>/data.js`. */
export interface EntryDataFile {
  path: string;
  script: string;
}

/** What the writer answers when the hand-over closes: the files it could not write, with why. */
export interface WriterReport {
  failures: string[];
}

/**
 * Files per message to the writer thread, as pages go to the indexer's thread: each message costs
 * Astro's thread something of its own.
 */
const filesPerMessage = 8;

/** The writer of this build, and what it has been handed. The integration's copy starts the thread. */
const handOver = processWide<{ writer: BuildThread<EntryDataFile, 'close', WriterReport>; written: Set<string> }>('entry-data');

/**
 * Called by the integration as a build starts: files go into `outDir`, written by a thread of their
 * own (entry-data-writer.ts), so the disk's work and its calls are not on Astro's rendering thread.
 */
export function openEntryData(outDir: string): void {
  void handOver.get()?.writer.stop();
  const writer = startThread<EntryDataFile, 'close', WriterReport>(new URL('./entry-data-writer.ts', import.meta.url), {
    name: 'entry-data writer',
    data: { outDir },
    itemsPerMessage: filesPerMessage,
  });
  handOver.set({ writer, written: new Set() });
}

/** Called by each entry page as it renders in a build; the file is written on the writer thread. */
export function keepEntryData(file: EntryDataFile): void {
  const open = handOver.get();
  if (open === undefined) {
    throw new Error(`${file.path} was handed over outside a build: the entry-data integration (astro.config.mjs) opens the hand-over.`);
  }
  open.writer.post(file);
  open.written.add(file.path);
}

/**
 * Called by the integration when the build is done: waits for every file, then closes the hand-over.
 * The paths written; rejects, naming each file, if any could not be written.
 */
export async function closeEntryData(): Promise<Set<string>> {
  const open = handOver.get();
  handOver.set(undefined);
  if (!open) return new Set();
  try {
    const { failures } = await open.writer.request('close');
    if (failures.length > 0) throw new Error(`Could not write ${failures.length} data.js file(s):\n${failures.join('\n')}`);
    return open.written;
  } finally {
    await open.writer.stop();
  }
}
