/**
 * How Pagefind's files travel in the offline copy, where the browser allows neither fetch() nor
 * module scripts from disk: every file of the index (`pagefind-entry.json`, `wasm.*.pagefind`,
 * `*.pf_meta`, `index/*.pf_index`, `fragment/*.pf_fragment`, `filter/*.pf_filter`) becomes a classic
 * script `<file>.js` beside it that registers the file's bytes, base64, under its name in a global
 * map; Pagefind's own `pagefind.js` is re-bundled as a classic script whose fetch() reads that map.
 * The build step (scripts/offline/pagefind.ts) writes these files; only
 * src/scripts/search/load-pagefind.ts loads them.
 */

/** The global map the file scripts fill: file name (`index/vi_1a2b.pf_index`) → base64 bytes. */
export const pagefindFilesGlobal = 'pagefindFiles';

/** The global function that Pagefind's re-bundled script calls instead of fetch(). */
export const pagefindFetchGlobal = 'pagefindFetch';

/** The global under which the re-bundled Pagefind script leaves its exports (`createInstance`). */
export const pagefindBundleGlobal = 'PagefindClassic';

/** The re-bundled Pagefind script, in the copy's `pagefind/` folder. */
export const pagefindClassicScript = 'pagefind.classic.js';

/** The classic script that carries one of Pagefind's files. */
export function pagefindFileScript(name: string): string {
  return `${name}.js`;
}
