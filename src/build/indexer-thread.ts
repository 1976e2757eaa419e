/**
 * The site indexer (src/lib/search/site-indexer.ts) on a thread of its own; in `npm run build`, the
 * thread hands what is indexed of each page over to the build instead, which writes the index once
 * `astro build` has exited (search-pages.ts). Astro renders pages on one thread; what each page
 * costs the indexer before Pagefind's process has it (decoding it, cutting out what is indexed, and
 * then either writing it to the build's pipe or, for `astro build` alone, Pagefind's own encoding
 * for its pipe) is done here instead, on the core Astro leaves free. Astro's thread only passes a
 * copy of each page's bytes over, which is moved to this thread, not copied again, a few pages at a
 * time.
 */
import type { CommonWordReport } from '../lib/search/common-word-postings.ts';
import { startThread } from './thread.ts';

export interface IndexerThread {
  /**
   * Hands over a built page (see SiteIndexer.add): its bytes are moved to the thread, not copied,
   * with the next pages or when the index is written.
   */
  add(path: string, bytes: Uint8Array<ArrayBuffer>): void;
  /**
   * Writes the index into `siteDir` (see SiteIndexer.write), or, when the pages are handed over,
   * sends the last of them; also ends the thread.
   */
  finish(siteDir: string): Promise<IndexingDone>;
}

/** How many pages were indexed, and whether the index was written here or the pages handed over. */
export interface IndexingDone {
  pages: number;
  written: boolean;
  /** Set when the index was written here: what the rewrite of common words' postings did. */
  commonWords?: CommonWordReport[];
}

export interface IndexerThreadData {
  /** The pipe to hand the searched pages over on (search-pages.ts); none: the thread writes the index. */
  handOverFd: number | undefined;
}

export interface BuiltPage {
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Pages per message to the thread: one message a page showed in a CPU profile of Astro's thread. */
const pagesPerMessage = 8;

/** Starts the thread, which starts Pagefind, or hands the pages over on `handOverFd`. */
export function startIndexerThread(handOverFd?: number): IndexerThread {
  const thread = startThread<BuiltPage, string, IndexingDone>(new URL('./indexer-thread-worker.ts', import.meta.url), {
    name: 'search indexer',
    itemsPerMessage: pagesPerMessage,
    data: { handOverFd } satisfies IndexerThreadData,
  });
  return {
    add(path, bytes) {
      thread.post({ path, bytes }, [bytes.buffer]);
    },
    async finish(siteDir) {
      try {
        return await thread.request(siteDir);
      } finally {
        await thread.stop();
      }
    },
  };
}
