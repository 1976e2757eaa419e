/** The indexer thread (indexer-thread.ts): takes pages and, when asked with the site's folder, writes the index. */
import { startSiteIndexer, type SiteIndexer } from '../lib/search/site-indexer.ts';
import type { BuiltPage } from './indexer-thread.ts';
import { serveThread } from './thread.ts';

const decoder = new TextDecoder();
// Pagefind's process starts with the first page.
let indexer: SiteIndexer | undefined;
const siteIndexer = () => (indexer ??= startSiteIndexer());

serveThread<BuiltPage, string, { pages: number }>({
  item: (page) => siteIndexer().add(page.path, decoder.decode(page.bytes)),
  answer: (siteDir) => siteIndexer().write(siteDir),
});
