/**
 * The indexer thread (indexer-thread.ts): takes pages and, when asked with the site's folder,
 * writes the index; or, in `npm run build`, hands what is indexed of each page over to the build,
 * which writes the index once `astro build` has exited (search-pages.ts).
 */
import { workerData } from 'node:worker_threads';
import { indexedCopy } from '../lib/search/index-html.ts';
import { startSiteIndexer, type SiteIndexer } from '../lib/search/site-indexer.ts';
import type { BuiltPage, IndexerThreadData, IndexingDone } from './indexer-thread.ts';
import { searchPagesWriter } from './search-pages.ts';
import { serveThread } from './thread.ts';

const { handOverFd } = (workerData ?? {}) as IndexerThreadData;
const decoder = new TextDecoder();

/** Where each page's indexed copy goes, and how the thread's work ends. */
interface Pages {
  add(path: string, copy: string): void;
  done(siteDir: string): Promise<IndexingDone>;
}

function handingOver(fd: number): Pages {
  const pipe = searchPagesWriter(fd);
  let pages = 0;
  return {
    add(path, copy) {
      pipe.write({ path, copy });
      pages++;
    },
    done: async () => {
      await pipe.end();
      return { pages, written: false };
    },
  };
}

function indexingHere(): Pages {
  // Pagefind's process starts with the first page.
  let indexer: SiteIndexer | undefined;
  const siteIndexer = () => (indexer ??= startSiteIndexer());
  return {
    add: (path, copy) => siteIndexer().add(path, copy),
    done: async (siteDir) => ({ ...(await siteIndexer().write(siteDir)), written: true }),
  };
}

const pages = handOverFd === undefined ? indexingHere() : handingOver(handOverFd);

serveThread<BuiltPage, string, IndexingDone>({
  item: ({ path, bytes }) => {
    const copy = indexedCopy(decoder.decode(bytes));
    if (copy !== undefined) pages.add(path, copy);
  },
  answer: (siteDir) => pages.done(siteDir),
});
