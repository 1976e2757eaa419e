/**
 * The search index, built during `astro build`: every page Astro renders is handed to Pagefind
 * (src/lib/search/site-indexer.ts, on a thread of its own: src/build/indexer-thread.ts) as it is rendered,
 * and the index is written into the output folder when the build is done. Pagefind indexes in its
 * own process, on the core Astro's rendering leaves free, instead of reading the whole site again
 * after the build (at a thousand speeches that step took 6.6–9 s). See
 * docs/adr/0003-search-index-built-as-pages-render.md. Under `npm run build` the pages go on to the
 * build's own process, which writes the index once `astro build` has exited (src/build/search-pages.ts).
 *
 * The pages are taken from Astro's prerenderer, which this integration wraps: the page that is
 * indexed is the page that is written, byte for byte. `astro dev` builds no index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { inTurn } from '../lib/in-turn';
import { buildData, buildDataVariables } from '../build/build-data';
import { assertSearchPagesPipe } from '../build/search-pages';
import { startIndexerThread, type IndexerThread } from '../build/indexer-thread';
import { searchedMarker } from '../lib/search/index-html';
import { describeCommonWords } from '../lib/search/common-word-postings';

/**
 * Where Astro writes a page, relative to the output folder, from the address it renders it at:
 * `<base>vi/speeches/x/` → `vi/speeches/x/index.html` (the site is built with `format: 'directory'`).
 */
export function outputPathOf(pageUrl: string, base: string): string {
  const path = decodeURI(new URL(pageUrl).pathname);
  const root = base.endsWith('/') ? base : `${base}/`;
  const inSite = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  if (inSite.endsWith('.html')) return inSite;
  return `${inSite}${inSite === '' || inSite.endsWith('/') ? '' : '/'}index.html`;
}

/** A rendered page for the index: where it is written, and a copy of its bytes. */
type IndexedPage = [path: string, bytes: Uint8Array<ArrayBuffer>];

/**
 * Astro's prerenderer, with every HTML page it renders also handed to `indexer`. Astro renders a few
 * pages at once (`build.concurrency`) and they finish in any order, but Pagefind numbers the pages
 * of its index in the order it gets them: so they are handed over in the order Astro asked for them,
 * its own fixed order, and two builds write the same index.
 */
export function indexingPrerenderer(prerenderer: AstroPrerenderer, indexer: Pick<IndexerThread, 'add'>, base: string): AstroPrerenderer {
  const takeTurn = inTurn<IndexedPage>(([path, bytes]) => indexer.add(path, bytes));
  return {
    ...prerenderer,
    async render(request, options) {
      const handOver = takeTurn();
      let page: IndexedPage | undefined;
      try {
        const rendered = await prerenderer.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (!response.body || !response.headers.get('content-type')?.startsWith('text/html')) return rendered;
        // A body is read once: a copy of the page is handed over and a response with the same bytes
        // goes on to be written.
        const bytes = new Uint8Array(await response.arrayBuffer());
        // Lists, maps and passage pages are not searched: only a page that names the searched
        // element is copied and sent to the thread (which reads the element itself).
        if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(searchedMarker)) page = [outputPathOf(request.url, base), bytes.slice()];
        const same = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        return rendered instanceof Response ? same : { ...rendered, response: same };
      } finally {
        // Also when there is no page to index (or it failed to render, which fails the build): the
        // pages after it go on.
        handOver(page);
      }
    },
  };
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let indexer: IndexerThread | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const { searchPagesFd } = buildData();
        if (searchPagesFd !== undefined) assertSearchPagesPipe(searchPagesFd, buildDataVariables.searchPages);
        const pages = (indexer = startIndexerThread(searchPagesFd));
        setPrerenderer((prerenderer) => indexingPrerenderer(prerenderer, pages, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) return;
        const started = performance.now();
        try {
          const { pages, written, commonWords = [] } = await indexer.finish(fileURLToPath(dir));
          if (written) logger.info(`${pages} pages indexed; index written in ${((performance.now() - started) / 1000).toFixed(1)} s${describeCommonWords(commonWords)}`);
          else logger.info(`${pages} pages handed over to the build's search index, written once astro build has exited`);
        } catch (error) {
          throw new Error(`Search index: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          indexer = undefined;
        }
      },
    },
  };
}
