/**
 * The one place that knows where the Pagefind bundle lives and how it is loaded. Everything else
 * talks to the `Pagefind` interface below. Served over HTTP, Pagefind's ES module is imported from
 * the site's `pagefind/` folder. In the offline copy opened from disk (file://), where the browser
 * allows no module script and no fetch(), the same bundle and index come as classic scripts
 * (src/lib/offline/pagefind-files.ts) and result links become relative paths to files.
 */
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
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind & { init(): Promise<void> };
}

let loading: Promise<Pagefind> | undefined;

/** Options for every Pagefind instance of the site: no web worker, typed diacritics rank first. */
const sharedOptions = { noWorker: true, ranking: { diacriticSimilarity: 1 } };

/** Served over HTTP: imports Pagefind's ES module from the site's own origin. */
async function loadServed(): Promise<Pagefind & { init(): Promise<void> }> {
  const base = import.meta.env.BASE_URL;
  const bundleUrl = new URL(`${base}pagefind/pagefind.js`, document.baseURI).href;
  const module = (await import(/* @vite-ignore */ bundleUrl)) as PagefindModule;
  return module.createInstance({ ...sharedOptions, baseUrl: base });
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
async function loadFromDisk(): Promise<Pagefind & { init(): Promise<void> }> {
  const globals = window as unknown as Record<string, unknown>;
  const root = document.documentElement.dataset['siteRoot'] ?? './';
  const basePath = `${root}pagefind/`;
  const files = (globals[pagefindFilesGlobal] ??= {}) as Record<string, string | undefined>;
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
  await runScript(`${basePath}${pagefindClassicScript}`);
  const module = globals[pagefindBundleGlobal] as PagefindModule;
  const pagefind = module.createInstance({ ...sharedOptions, basePath, baseUrl: '/' });
  const relinked = async (result: PagefindResult): Promise<PagefindResultData> => {
    const data = await result.data();
    return { ...data, url: offlinePageHref(data.url, root) };
  };
  return {
    init: () => pagefind.init(),
    search: async (term, options) => {
      const response = await pagefind.search(term, options);
      return { ...response, results: response.results.map((result) => ({ ...result, data: () => relinked(result) })) };
    },
  };
}

/**
 * Loads the Pagefind bundle of this build (once) for the page's language, the `html lang`.
 * No web worker: the index is small, and a worker is one more download that cannot start from disk.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = window.location.protocol === 'file:' ? await loadFromDisk() : await loadServed();
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
