/**
 * Each entry's `…/<id>/data.js` (src/lib/entry-data.ts), loaded with a
 * classic <script> tag because that also works from disk (file://), where fetch() does not. Reading
 * lists and the parallel text of speech pages read it.
 */

/** What an entry's data.js puts in `window.readingData[key]`. */
export interface EntryData {
  title: string;
  type: string;
  summary: string;
  /** Site-relative path of the entry's page, without the base: `en/speeches/x/`. */
  path: string;
  /** Set when the text is the editors' translation, not the original's own words. */
  translation?: true;
  /** The page's canonical address, when the site's URL was configured at build. */
  url?: string;
  /** A speech's citation templates (¶ as `{{n}}`), by the voice of the paragraph. */
  citations?: Record<string, string>;
  /** Each ¶'s voice, by number, where the text gives one (else the speaker's own words). */
  voices?: Record<string, string>;
  /** The language a speech's ¶ texts are written in (the original's where the page's is not yet translated). */
  textLang?: string;
  /** The visible label of each ¶ whose words are not the speaker's own (the lead, a report …), by number. */
  voiceLabels?: Record<string, string>;
  /** Each ¶'s plain text, by its number. */
  paragraphs?: Record<string, string>;
  /** The bold words some ¶s open with (an interview's speaker labels), by number: the start of their text. */
  labels?: Record<string, string>;
  /** In a translation, the ¶ translated from an earlier text of their original (absent when none). */
  outdated?: number[];
}

declare global {
  interface Window {
    readingData?: Record<string, EntryData>;
  }
}

const loading = new Map<string, Promise<unknown>>();

/**
 * Runs the classic script at `src` once and resolves with what it set up (`read`), or undefined
 * when it could not be loaded: a missing file is shown as missing, not as an error. Also from disk.
 * A load that set nothing up is forgotten (its tag removed), so the next call tries again: a
 * request that failed once (a dropped connection) does not leave its file missing for the page's life.
 */
export function loadScriptOnce<T>(src: string, read: () => T | undefined): Promise<T | undefined> {
  let promise = loading.get(src) as Promise<T | undefined> | undefined;
  if (!promise) {
    promise = new Promise((resolve) => {
      if (read()) return resolve(read());
      const script = document.createElement('script');
      script.src = src;
      script.onload = script.onerror = () => {
        const loaded = read();
        if (!loaded) {
          loading.delete(src);
          script.remove();
        }
        resolve(loaded);
      };
      document.head.append(script);
    });
    loading.set(src, promise);
  }
  return promise;
}

/**
 * Loads `<root><key>/data.js` once, `root` being the site's root relative to the page (`../../`)
 * and `key` `lang/collection/id`; resolves with its data, or undefined when it is missing.
 */
export function loadEntry(root: string, key: string): Promise<EntryData | undefined> {
  return loadScriptOnce(`${root}${key}/data.js`, () => window.readingData?.[key]);
}

/**
 * A link to an entry's page (at ¶ `paragraph`) from a page whose site root is `root`: the folder
 * over HTTP, its `index.html` from disk, where a folder address opens a file listing.
 */
export function pageHref(root: string, data: EntryData, paragraph?: number | string): string {
  const page = window.location.protocol === 'file:' ? `${data.path}index.html` : data.path;
  return `${root}${page}${paragraph === undefined ? '' : `#p${paragraph}`}`;
}
