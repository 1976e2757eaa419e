/**
 * Entry pages hand their data.js (src/lib/entry-data.ts) over here as they render in a build; the
 * entry-data integration (src/integrations/entry-data.ts) takes them when the build is done. This
 * module imports nothing, so the integration can load it outside the pages' bundle.
 */

/** Relative to the site's root, e.g. `vi/speeches/<id>/data.js`. */
export interface EntryDataFile {
  path: string;
  script: string;
}

/**
 * The files handed over so far in this build. On globalThis because the pages and the integration
 * are bundled apart and each gets its own copy of this module; the build runs them in one process.
 */
const storeKey: unique symbol = Symbol.for('cao-bang-study.entry-data');
const store = globalThis as typeof globalThis & { [storeKey]?: Map<string, string> };
const handedOver = (store[storeKey] ??= new Map<string, string>());

/** Called by each entry page as it renders in a build. */
export function keepEntryData(file: EntryDataFile): void {
  handedOver.set(file.path, file.script);
}

/** Every file handed over since the last call, by path; the store is emptied. */
export function takeEntryData(): Map<string, string> {
  const files = new Map(handedOver);
  handedOver.clear();
  return files;
}
