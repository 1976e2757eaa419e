/**
 * The one place that knows where the Pagefind bundle lives and how it is loaded. Everything else
 * talks to the `Pagefind` interface below, so serving the site from a sub-path (or, later, from
 * disk) only changes this module.
 */

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

/** Filter values with their page counts: `{ type: { speech: 2 }, speaker: { 'Tô Lâm': 1 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

/** The part of Pagefind's browser API the site uses. */
export interface Pagefind {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearchResponse>;
  filters(): Promise<PagefindFilterCounts>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind & { init(): Promise<void> };
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the Pagefind bundle of this build (once) for the page's language, the `html lang`.
 * No web worker: the index is small, and a worker is one more download that cannot start from disk.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const bundleUrl = new URL(`${base}pagefind/pagefind.js`, document.baseURI).href;
    const module = (await import(/* @vite-ignore */ bundleUrl)) as PagefindModule;
    const pagefind = module.createInstance({
      baseUrl: base,
      noWorker: true,
      ranking: { diacriticSimilarity: 1 },
    });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
