/**
 * The reading list's and the notebook's way of asking which entries this library has. The lookup in
 * the shards of the language's entry list (../lib/known-entries.ts) is a classic script,
 * `_tools/known-entries.js` (./known-entries-lookup.ts), loaded with a <script> tag like data.js
 * (./entry-data.ts), so also from disk (file://), and only once there is an entry to look up: the
 * pages' own scripts stay within their load budget, and a first-time reader's empty list loads
 * neither it nor any shard.
 */
import type { KnownEntries } from '../lib/known-entries';
import { loadScriptOnce } from './entry-data';

/**
 * The lookup of a page whose `container` names the site's root (`data-root`), its language
 * (`data-lang`), how many shards its entry list has (`data-known-shards`) and its version
 * (`data-known-version`). No key, nothing loaded;
 * when the lookup's script could not be loaded, every key is left unchecked (undefined), as when its
 * shard could not: kept, shown as missing, nothing loaded for it.
 */
export function knownEntriesLookup(container: HTMLElement): (keys: readonly string[]) => Promise<KnownEntries> {
  return async (keys) => {
    const lookUp = keys.length > 0 ? await loadScriptOnce(`${container.dataset.root ?? ''}_tools/known-entries.js`, () => window.lookUpKnownEntries) : undefined;
    return lookUp ? lookUp(container, keys) : () => undefined;
  };
}
