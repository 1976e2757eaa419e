/**
 * The search index as `npm run build` writes it: `astro build` hands over what is indexed of each
 * page as it renders it (src/build/search-pages.ts), Pagefind indexes each in its own process as it
 * comes, and the index is written into the staging folder only once `astro build` has exited.
 * Writing an index is when Pagefind holds the most memory, and `astro build` holds its most until it
 * exits: at 3,000 speeches the two together were the build's peak (docs/performance.md).
 */
import { readSearchPages } from '../../src/build/search-pages.ts';
import { describeCommonWords } from '../../src/lib/search/common-word-postings.ts';
import { startSiteIndexer, type SiteIndexer } from '../../src/lib/search/site-indexer.ts';
import type { SiteHandOver } from './build-run.ts';

export function searchIndexHandOver(): SiteHandOver {
  // Pagefind's process starts with the first page.
  let indexer: SiteIndexer | undefined;
  const siteIndexer = () => (indexer ??= startSiteIndexer());
  let reading: Promise<number> = Promise.resolve(0);
  // Once stopped, pages still coming while astro build is ended are dropped: Pagefind's Node API
  // would start its process again for the next one.
  let stopped = false;
  return {
    name: 'search index',
    receive(pipe) {
      reading = readSearchPages(pipe, ({ path, copy }) => {
        if (!stopped) siteIndexer().add(path, copy);
      });
      // A broken hand-over is reported by finish(), not as an unhandled rejection meanwhile.
      reading.catch(() => undefined);
    },
    async finish(stagingDir) {
      const started = performance.now();
      await reading;
      if (stopped) throw new Error('the search index was stopped before it was written');
      const { pages, commonWords } = await siteIndexer().write(stagingDir);
      return `${pages} pages indexed; index written in ${((performance.now() - started) / 1000).toFixed(1)} s${describeCommonWords(commonWords)}`;
    },
    async stop() {
      stopped = true;
      await indexer?.close();
    },
  };
}
