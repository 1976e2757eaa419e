/**
 * The site's Pagefind index, fed one built page at a time. The search-index integration
 * (src/integrations/search-index.ts) hands each page over as Astro renders it, so Pagefind's own
 * process parses and indexes on the second core while Astro renders the next pages on the first,
 * and only the writing of the index is left when the last page is done. Under `npm run build` this
 * module runs in the build's own process, fed what astro build's indexer thread cut out of each
 * page (scripts/lib/search-index.ts); `astro build` alone runs it on that thread
 * (src/build/indexer-thread.ts).
 *
 * Pagefind reads each page's `html lang` and writes one index per language. Only `main` of entry
 * pages is indexed (they carry `data-pagefind-body`); header, navigation and footer never are.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CommonWordReport } from './common-word-postings.ts';
import { htmlLang } from './index-html.ts';
import { mergeBundles } from './pagefind-format.ts';
import { originalOf, site } from '../site.ts';
import { reshapeCommonWordsOnThread } from '../../build/common-words-thread.ts';

/** Pagefind's ready-made UIs: the site has its own search UI and never loads these. */
const unusedBundleFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Parts of the main content that are labels, not text a reader searches for. */
const excludeSelectors = ['.para-number', '.para > .visually-hidden', '.meta dt'];

/**
 * Words per index chunk (Pagefind counts each occurrence). With its default, 20,000, every chunk is
 * 35–47 KB once the corpus is large, and a search loads one per query word. At 1,000 a chunk holds
 * little beyond the word asked for: at a thousand speeches the benchmark's searches load 4–9 KB less
 * than at 4,000 (and no less at 400). Pagefind reads this from the environment when its process
 * starts (named unstable: `pagefind` is pinned, and the search benchmark shows the effect).
 */
const indexChunkSize = 1000;

export interface SiteIndexer {
  /**
   * Hands over a built page: its path in the output folder (`vi/speeches/x/index.html`, from which
   * Pagefind makes the result's address) and what `indexedCopy` (index-html.ts) cut out of it, on
   * `astro build`'s indexer thread (src/build/indexer-thread-worker.ts). Returns at once; the page
   * is indexed in Pagefind's process.
   */
  add(path: string, copy: string): void;
  /**
   * Waits for every page handed over, writes the index into `<siteDir>/pagefind/`, stops Pagefind
   * and rewrites the postings of common words (common-word-postings.ts). Rejects with every
   * problem, each naming its page.
   */
  write(siteDir: string): Promise<{ pages: number; commonWords: CommonWordReport[] }>;
  /** Stops Pagefind without writing (the build failed or was stopped). */
  close(): Promise<void>;
}

/**
 * Pagefind's `createIndex`, and the process it started for it (undefined when it reused one).
 * Pagefind's Node API only reads its process's output and never hears that the process ended, so
 * a process killed from outside (by the kernel when memory runs out) would leave every answer
 * awaited for ever; the indexer watches the process itself. The API starts it with
 * `child_process.spawn`, within the call.
 */
function createIndexWatched(): { created: ReturnType<typeof pagefind.createIndex>; spawned: ChildProcess | undefined } {
  const spawn = childProcess.spawn;
  let spawned: ChildProcess | undefined;
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => (spawned = spawn(...args))) as typeof spawn;
  try {
    return { created: pagefind.createIndex({ excludeSelectors }), spawned };
  } finally {
    childProcess.spawn = spawn;
  }
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function indexOf({ index, errors }: Awaited<ReturnType<typeof pagefind.createIndex>>): PagefindIndex {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * The language of a page's copy, which picks its index: its `html lang` in lower case, as Pagefind
 * reads it; a page without one goes with the site's original language, as Pagefind puts such pages
 * with its main language.
 */
const languageOf = (copy: string) => (htmlLang(copy) ?? originalOf(site).code).toLowerCase();

/**
 * Starts Pagefind's indexing process. Each language has an index of its own in it, written one
 * after the other and let go once written: Pagefind's process holds three times its pages' data as
 * it writes, and only one language's at a time so (docs/performance.md).
 */
export function startSiteIndexer(): SiteIndexer {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
  const { created, spawned } = createIndexWatched();
  const started = created.then(indexOf);
  // A failed start is reported by write() and by every page handed over, not as an unhandled rejection.
  started.catch(() => undefined);
  const byLanguage = new Map<string, Promise<PagefindIndex>>();
  const indexFor = (lang: string) => {
    let index = byLanguage.get(lang);
    if (!index) {
      // The first language has the index made with the process; each next one, one made in it.
      index = byLanguage.size === 0 ? started : started.then(() => pagefind.createIndex({ excludeSelectors })).then(indexOf);
      index.catch(() => undefined);
      byLanguage.set(lang, index);
    }
    return index;
  };
  let closing = false;
  let ended: string | undefined;
  const exited = new Promise<void>((resolve) => {
    if (!spawned) return resolve();
    // A process that could not be started at all emits no exit.
    spawned.once('error', () => resolve());
    spawned.once('exit', (code, signal) => {
      resolve();
      if (closing) return;
      const how = signal ? `killed by ${signal}${signal === 'SIGKILL' ? ', as when the machine runs out of memory' : ''}` : `exit code ${code}`;
      ended = `Pagefind's process ended before the index was written (${how})`;
      // Fails every answer still awaited.
      void pagefind.close();
    });
  });
  // Set when an answer failed rather than came: Pagefind's Node API has then closed its process
  // (or found it closed), and its exit, with the reason, is on its way.
  let lost = false;
  const reasonHeard = async () => {
    // Pagefind's Node API lets its process's end go unheard (unref): held while it is awaited.
    spawned?.ref();
    await exited;
  };
  const close = async () => {
    closing = true;
    await pagefind.close();
  };
  // Every page's problems, once Pagefind has indexed it (nothing else waits on it).
  const indexed: Promise<string[]>[] = [];
  const add = (path: string, copy: string) => {
    // After its process has ended, Pagefind's Node API would start another for the next page.
    if (ended) return;
    indexed.push(
      indexFor(languageOf(copy))
        .then((index) =>
          index.addHTMLFile({ sourcePath: path, content: copy }).catch((error: unknown) => {
            lost = true;
            throw error;
          }),
        )
        .then(
          (added) => added.errors.map((error) => `${path}: ${error}`),
          (error: unknown) => [`${path}: ${error instanceof Error ? error.message : String(error)}`],
        ),
    );
  };
  return {
    add,
    async write(siteDir) {
      const outputPath = join(siteDir, 'pagefind');
      // Each language's bundle, until they are merged.
      const parts: string[] = [];
      try {
        const problems = (await Promise.all(indexed)).flat();
        if (lost) await reasonHeard();
        if (ended) throw new Error(ended);
        if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.length} page(s):\n${problems.join('\n')}`);
        rmSync(outputPath, { recursive: true, force: true });
        // Pagefind's process stops without an answer when it cannot write, so a folder it could not
        // write into is reported here, by name, instead of leaving the build waiting.
        mkdirSync(outputPath, { recursive: true });
        const writeInto = async (index: PagefindIndex, dir: string) => {
          mkdirSync(dir, { recursive: true });
          const written = await index.writeFiles({ outputPath: dir }).catch(async (error: unknown) => {
            await reasonHeard();
            throw ended ? new Error(ended) : error;
          });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        };
        if (byLanguage.size === 0) await writeInto(await started, outputPath);
        for (const [lang, index] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
          parts.push(join(outputPath, `.${lang}`));
          await writeInto(await index, parts.at(-1)!);
          await (await index).deleteIndex();
        }
        if (parts.length > 0) mergeBundles(parts, outputPath);
        for (const name of readdirSync(outputPath)) {
          if (unusedBundleFiles.test(name)) rmSync(join(outputPath, name));
        }
      } finally {
        for (const part of parts) rmSync(part, { recursive: true, force: true });
        await close();
      }
      // Once Pagefind's process has gone, its memory free for the rewrite.
      return { pages: indexed.length, commonWords: await reshapeCommonWordsOnThread(outputPath) };
    },
    close,
  };
}
