/**
 * The site indexer (src/lib/search/site-indexer.ts) on a thread of its own. Astro renders pages on
 * one thread; what each page costs the indexer before Pagefind's process has it (decoding it,
 * cutting out what is indexed, and Pagefind's own encoding for its pipe) is done here instead, on
 * the core Astro leaves free. Astro's thread only passes a copy of each page's bytes over, which is
 * moved to this thread, not copied again, a few pages at a time.
 */
import { startThread } from './thread.ts';

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

/** Pages per message to the thread: one message a page showed in a CPU profile of Astro's thread. */
const pagesPerMessage = 8;

/** Starts the thread, which starts Pagefind. */
export function startIndexerThread(): IndexerThread {
  const thread = startThread<BuiltPage, string, { pages: number }>(new URL('./indexer-thread-worker.ts', import.meta.url), {
    name: 'search indexer',
    itemsPerMessage: pagesPerMessage,
  });
  return {
    add(path, bytes) {
      thread.post({ path, bytes }, [bytes.buffer]);
    },
    async write(siteDir) {
      try {
        return await thread.request(siteDir);
      } finally {
        await thread.stop();
      }
    },
  };
}
