/**
 * The reading list's and the notebook's way of asking which entries this library has: the shards
 * of the language's entry list (../lib/known-entries.ts), each loaded once with a classic <script>
 * tag, as data.js is (./entry-data.ts), because that also works from disk (file://).
 */
import { knownShardPath, lookUpKnown, type KnownEntries } from '../lib/known-entries';
import { loadScriptOnce } from './entry-data';

declare global {
  interface Window {
    /** The shards loaded so far, by path (`_known/<lang>/<shard>.js`): the `collection/id` of each entry in it. */
    knownEntries?: Record<string, string[]>;
  }
}

/**
 * The lookup of a page whose `container` names the site's root (`data-root`), its language
 * (`data-lang`) and how many shards its entry list has (`data-known-shards`). A shard that could
 * not be loaded (or set nothing up) leaves its keys unchecked until the page is opened again, as a
 * missing data.js leaves its entry missing.
 */
export function knownEntriesLookup(container: HTMLElement): (keys: Iterable<string>) => Promise<KnownEntries> {
  const root = container.dataset.root ?? '';
  const lang = container.dataset.lang ?? document.documentElement.lang;
  const count = Number(container.dataset.knownShards);
  return (keys) =>
    lookUpKnown(keys, count, (shard) => {
      const path = knownShardPath(lang, shard);
      return loadScriptOnce(root + path, () => window.knownEntries?.[path]);
    });
}
