/**
 * The entry of the classic script `_tools/known-entries.js` (src/integrations/on-demand-scripts.ts):
 * the reading list's and the notebook's lookup in the shards of the language's entry list
 * (../lib/known-entries.ts), each shard loaded once with a classic <script> tag, as data.js is
 * (./entry-data.ts), because that also works from disk (file://). The pages load it (./known-entries.ts)
 * only when they have an entry to look up, so a first-time reader's empty list never costs it; it
 * hands the lookup over through a global, as data.js hands over its data.
 */
import { knownShardPath, lookUpKnown, type KnownEntries } from '../lib/known-entries';
import { loadScriptOnce } from './entry-data';

/**
 * Looks `keys` up for a page whose `container` names the site's root (`data-root`), its language
 * (`data-lang`), how many shards its entry list has (`data-known-shards`) and the list's version
 * (`data-known-version`, part of each shard's name). A shard that could not be loaded (or set nothing
 * up) leaves its keys unchecked, as a missing data.js leaves its entry missing; it is asked for
 * again at the next lookup.
 */
export type LookUpKnownEntries = (container: HTMLElement, keys: readonly string[]) => Promise<KnownEntries>;

declare global {
  interface Window {
    /** The shards loaded so far, by path (`_known/<lang>/<version>-<shard>.js`): the `collection/id` of each entry in it. */
    knownEntries?: Record<string, string[]>;
    /** Set up by `_tools/known-entries.js`. */
    lookUpKnownEntries?: LookUpKnownEntries;
  }
}

window.lookUpKnownEntries = (container, keys) => {
  const root = container.dataset.root ?? '';
  const lang = container.dataset.lang ?? document.documentElement.lang;
  const version = container.dataset.knownVersion ?? '';
  return lookUpKnown(keys, Number(container.dataset.knownShards), (shard) => {
    const path = knownShardPath(lang, version, shard);
    return loadScriptOnce(root + path, () => window.knownEntries?.[path]);
  });
};
