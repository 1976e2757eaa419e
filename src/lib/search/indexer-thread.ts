/**
 * The site indexer (site-indexer.ts) on a thread of its own. Astro renders pages on one thread;
 * what each page costs the indexer before Pagefind's process has it (decoding it, cutting out what
 * is indexed, and Pagefind's own encoding for its pipe: about 1 ms a page) is done here instead, on
 * the core Astro leaves free. Astro's thread only passes a copy of each page's bytes over, which
 * is moved to this thread, not copied again, a few pages at a time.
 */
import { Worker } from 'node:worker_threads';

export interface IndexerThread {
  /**
   * Hands over a built page (see SiteIndexer.add): its bytes are moved to the thread, not copied,
   * with the next pages or when the index is written.
   */
  add(path: string, bytes: Uint8Array<ArrayBuffer>): void;
  /** See SiteIndexer.write; also ends the thread. */
  write(siteDir: string): Promise<{ pages: number }>;
}

export interface BuiltPage {
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type ToIndexer = { kind: 'add'; pages: BuiltPage[] } | { kind: 'write'; siteDir: string };
export type FromIndexer = { kind: 'written'; pages: number } | { kind: 'failed'; message: string };

/**
 * Pages per message to the thread. Each message cost Astro's thread about 0.3 ms at a thousand
 * speeches (0.6 s of page generation in a CPU profile); in eights it no longer shows in the
 * profile, and the thread is at most seven pages behind.
 */
const pagesPerMessage = 8;

/** Starts the thread, which starts Pagefind. */
export function startIndexerThread(): IndexerThread {
  // Node strips the thread's types itself (its modules import each other by their `.ts` names): no
  // loader's hooks on each import, no esbuild process beside it, no dev dependency needed.
  const worker = new Worker(new URL('./indexer-thread-worker.ts', import.meta.url));
  // It never keeps the process alive on its own (a failed build must be able to exit, and then
  // Pagefind's process ends with it), except while the index is being written.
  worker.unref();
  let failure: Error | undefined;
  const stopped = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => (failure ??= error));
  const post = (message: ToIndexer, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  let waiting: BuiltPage[] = [];
  const handOver = () => {
    if (waiting.length === 0) return;
    post({ kind: 'add', pages: waiting }, waiting.map((page) => page.bytes.buffer));
    waiting = [];
  };
  return {
    add(path, bytes) {
      waiting.push({ path, bytes });
      if (waiting.length === pagesPerMessage) handOver();
    },
    async write(siteDir) {
      const answer = new Promise<FromIndexer>((resolve, reject) => {
        worker.once('message', resolve);
        void stopped.then(() => reject(failure ?? new Error('The search indexer stopped before writing the index.')));
      });
      worker.ref();
      handOver();
      post({ kind: 'write', siteDir });
      try {
        const result = await answer;
        if (result.kind === 'failed') throw new Error(result.message);
        return { pages: result.pages };
      } finally {
        await worker.terminate();
      }
    },
  };
}
