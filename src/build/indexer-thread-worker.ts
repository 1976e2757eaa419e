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

function handingOver(fd: number): { add(page: BuiltPage): void; done(siteDir: string): Promise<IndexingDone> } {
  const pipe = searchPagesWriter(fd);
  let pages = 0;
  return {
    add({ path, bytes }) {
      const copy = indexedCopy(decoder.decode(bytes));
      if (copy === undefined) return;
      pipe.write({ path, copy });
      pages++;
    },
    done: async () => {
      await pipe.end();
      return { pages, written: false };
    },
  };
}

function indexingHere(): { add(page: BuiltPage): void; done(siteDir: string): Promise<IndexingDone> } {
  // Pagefind's process starts with the first page.
  let indexer: SiteIndexer | undefined;
  const siteIndexer = () => (indexer ??= startSiteIndexer());
  return {
    add: ({ path, bytes }) => siteIndexer().add(path, decoder.decode(bytes)),
    done: async (siteDir) => ({ ...(await siteIndexer().write(siteDir)), written: true }),
  };
}

const pages = handOverFd === undefined ? indexingHere() : handingOver(handOverFd);

serveThread<BuiltPage, string, IndexingDone>({
  item: (page) => pages.add(page),
  answer: (siteDir) => pages.done(siteDir),
});
