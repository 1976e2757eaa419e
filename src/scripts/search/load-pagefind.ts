/**
 * The one place that knows where the Pagefind bundle lives and how it is loaded. Everything else
 * talks to the `Pagefind` interface below. Served over HTTP, Pagefind's ES module is imported from
 * the site's `pagefind/` folder. In the offline copy opened from disk (file://), where the browser
 * allows no module script and no fetch(), the same bundle and index come as classic scripts
 * (src/lib/offline/pagefind-files.ts) and result links become relative paths to files.
 */
import { pageInLanguage } from '../../lib/search/cross-language';
import { commonWordsFile } from '../../lib/search/common-words';
import { offlinePageHref } from '../../lib/offline/paths';
import {
  pagefindBundleGlobal,
  pagefindClassicScript,
  pagefindFetchGlobal,
  pagefindFileScript,
  pagefindFilesGlobal,
} from '../../lib/offline/pagefind-files';

/** What `result.data()` returns for one page (the parts the site reads). */
export interface PagefindResultData {
  url: string;
  /** The indexed text; anchor locations count its whitespace-separated words. */
  content: string;
  /** Elements with an id, at their word position; the ¶ of a speech carry a `title` ("¶7"). */
  anchors: { element: string; id: string; location: number; title?: string; text?: string }[];
  meta: Record<string, string | undefined>;
}

/** One page hit, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

/** The part of Pagefind's browser API the site uses. */
export interface Pagefind {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearchResponse>;
  /** The index's common words, searched by their pairs (src/lib/search/common-words.ts). */
  commonWords?: ReadonlySet<string>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind & { init(): Promise<void> };
}

/** The runs of Pagefind's classic script from disk, one after another (loadFromDisk). */
let diskRuns: Promise<void> = Promise.resolve();

/** Each language's Pagefind, loaded once: the page's own, and any other a search looked in. */
const loading = new Map<string, Promise<Pagefind>>();

/** Options for every Pagefind instance of the site: no web worker, typed diacritics rank first. */
const sharedOptions = { noWorker: true, ranking: { diacriticSimilarity: 1 } };

/**
 * An instance of `lang`'s index. Pagefind 1.x picks an instance's index by the page's `html lang`,
 * read once as the instance is created (its `language` option is overwritten with it), so for
 * another language the attribute names that language for exactly that synchronous call.
 */
function createFor(module: PagefindModule, lang: string, options: Record<string, unknown>): Pagefind & { init(): Promise<void> } {
  const html = document.documentElement;
  const own = html.lang;
  if (lang === own) return module.createInstance(options);
  html.lang = lang;
  try {
    return module.createInstance(options);
  } finally {
    html.lang = own;
  }
}

/**
 * Results of another language's index link to the same place of the page in the reader's language
 * (src/lib/search/cross-language.ts); `base` is what the instance's result URLs start with.
 */
function linkedToPageLanguage(pagefind: Pagefind & { init(): Promise<void> }, lang: string, base: string): Pagefind & { init(): Promise<void> } {
  const own = document.documentElement.lang;
  if (lang === own) return pagefind;
  return {
    init: () => pagefind.init(),
    search: async (term, options) => {
      const response = await pagefind.search(term, options);
      const relinked = (result: PagefindResult) => async () => {
        const data = await result.data();
        return { ...data, url: pageInLanguage(data.url, base, lang, own) };
      };
      return { ...response, results: response.results.map((result) => ({ ...result, data: relinked(result) })) };
    },
  };
}

/**
 * Adds the index's common words (src/lib/search/common-words.ts), read as the index starts. A
 * bundle without the list (a library saved before it existed) has none.
 */
function withCommonWords(pagefind: Pagefind & { init(): Promise<void> }, read: () => Promise<Response>): Pagefind & { init(): Promise<void> } {
  let commonWords: ReadonlySet<string> = new Set();
  const list = async () => {
    const response = await read().catch(() => undefined);
    return response?.ok ? ((await response.json()) as string[]) : [];
  };
  return {
    init: async () => {
      const [, words] = await Promise.all([pagefind.init(), list()]);
      commonWords = new Set(words);
    },
    search: (term, options) => pagefind.search(term, options),
    get commonWords() {
      return commonWords;
    },
  };
}

/**
 * Served over HTTP: imports Pagefind's ES module from the site's own origin. Its WebAssembly glue
 * is module state, so two languages' instances (each with its own language's WebAssembly) cannot
 * share one module: another language's is a module of its own, its address told apart by a
 * fragment, which the request leaves out (the same file, from the cache).
 */
async function loadServed(lang: string): Promise<Pagefind & { init(): Promise<void> }> {
  const base = import.meta.env.BASE_URL;
  const own = lang === document.documentElement.lang;
  const bundleUrl = new URL(`${base}pagefind/pagefind.js${own ? '' : `#${lang}`}`, document.baseURI).href;
  const module = (await import(/* @vite-ignore */ bundleUrl)) as PagefindModule;
  const pagefind = linkedToPageLanguage(createFor(module, lang, { ...sharedOptions, baseUrl: base }), lang, base);
  return withCommonWords(pagefind, () => fetch(new URL(`${base}pagefind/${commonWordsFile(lang)}`, document.baseURI)));
}

/** Runs a classic script once; resolves when it has run. */
function runScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * From disk: Pagefind's files are classic scripts that register their bytes, loaded one by one as
 * Pagefind asks for them (so a query still loads only the index chunks and fragments it needs), and
 * Pagefind's own script is a classic re-bundle whose fetch() is the function installed here.
 * Result links become paths relative to this page (`../../vi/x/index.html#p7`).
 */
async function loadFromDisk(lang: string): Promise<Pagefind & { init(): Promise<void> }> {
  const globals = window as unknown as Record<string, unknown>;
  const root = document.documentElement.dataset['siteRoot'] ?? './';
  const basePath = `${root}pagefind/`;
  const files = (globals[pagefindFilesGlobal] ??= {}) as Record<string, string | undefined>;
  // One fetch() for every language's instance.
  if (!globals[pagefindFetchGlobal]) {
    const scripts = new Map<string, Promise<void>>();
    globals[pagefindFetchGlobal] = async (input: string): Promise<Response> => {
      const name = String(input).slice(basePath.length).replace(/[?#].*$/, '');
      if (files[name] === undefined) {
        let script = scripts.get(name);
        if (!script) scripts.set(name, (script = runScript(`${basePath}${pagefindFileScript(name)}`)));
        await script;
      }
      const base64 = files[name];
      if (base64 === undefined) return new Response(null, { status: 404 });
      return new Response(bytesOf(base64));
    };
  }
  // Pagefind's script runs once per language: its WebAssembly glue is module state (see loadServed).
  // One run at a time, so each language takes the module its own run left in the global.
  const run = diskRuns.then(() => runScript(`${basePath}${pagefindClassicScript}`));
  diskRuns = run.catch(() => undefined);
  await run;
  const module = globals[pagefindBundleGlobal] as PagefindModule;
  const pagefind = linkedToPageLanguage(createFor(module, lang, { ...sharedOptions, basePath, baseUrl: '/' }), lang, '/');
  const relinked = async (result: PagefindResult): Promise<PagefindResultData> => {
    const data = await result.data();
    return { ...data, url: offlinePageHref(data.url, root) };
  };
  const fromDisk = globals[pagefindFetchGlobal] as (input: string) => Promise<Response>;
  return withCommonWords(
    {
      init: () => pagefind.init(),
      search: async (term, options) => {
        const response = await pagefind.search(term, options);
        return { ...response, results: response.results.map((result) => ({ ...result, data: () => relinked(result) })) };
      },
    },
    () => fromDisk(`${basePath}${commonWordsFile(lang)}`),
  );
}

/**
 * Loads the Pagefind bundle of this build (once) and the index of `lang` (once each), by default
 * the page's language, the `html lang`; another language's results link to the reader's page.
 * No web worker: the index is small, and a worker is one more download that cannot start from disk.
 */
export function loadPagefind(lang: string = document.documentElement.lang): Promise<Pagefind> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = (async () => {
      const pagefind = window.location.protocol === 'file:' ? await loadFromDisk(lang) : await loadServed(lang);
      await pagefind.init();
      return pagefind;
    })().catch((error: unknown) => {
      loading.delete(lang);
      throw error;
    });
    loading.set(lang, pending);
  }
  return pending;
}
