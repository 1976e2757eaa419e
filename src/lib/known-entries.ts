/**
 * Which entries a language of the library has (`collection/id`), as the reading list and the
 * notebook ask before loading an entry's data.js: a request for a data.js that is not there is a
 * failed script load, a console error, and from disk (file://) one nothing can catch. The list is
 * split into shards, `_known/<lang>/<version>-<shard>.js` (written by src/routes/known-entries.js.ts), so a
 * page loads only the few it needs instead of carrying every address of the library, which grew
 * with the corpus (48 KB gzipped at ten thousand texts). Each shard is a classic script, like
 * data.js, because that also loads from disk, where fetch() does not. The build and the browser
 * both find a key's shard here, so they cannot disagree.
 */

/**
 * About how many keys a shard holds: 7 KB of the benchmark's ids (0.9 KB gzipped), a few KB of
 * longer real ones. More shards would cost a list of a few texts more requests; fewer, more bytes
 * for each.
 */
export const keysPerShard = 256;

/**
 * How many shards a language's `entries` keys are split into: enough to keep each near
 * `keysPerShard` at any size of library, and at least two, so a small library (and its tests)
 * loads its shards as a large one does.
 */
export function knownShardCount(entries: number): number {
  return Math.max(2, Math.ceil(entries / keysPerShard));
}

/**
 * FNV-1a, 32 bits, over the key's UTF-16 code units (keys are ASCII: the address's item pattern
 * takes nothing else). Small enough for the page's script, and it spreads similar ids
 * (`bench-speech-00001`, `…00002`) over every shard.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard of `collection/id` among `count`. */
export function knownShardOf(key: string, count: number): number {
  return fnv1a32(key) % count;
}

/**
 * The version of a language's entry list: a short digest (FNV-1a, 8 hex digits) of its keys, sorted,
 * so two builds of the same library agree. It is part of each shard's name, and the pages name the
 * version they were built with (`data-known-version`): a shard cached from before a deploy changed
 * the list is never asked for by the new pages (nor an old page's by a new shard), so it cannot call
 * a newly added entry unknown. A page whose version's shards are gone (an old page served from cache
 * after a deploy) finds no shard: its entries are left unchecked, kept and shown as missing, not
 * dropped.
 */
export function knownVersion(keys: Iterable<string>): string {
  return fnv1a32([...new Set(keys)].sort().join('\n')).toString(16).padStart(8, '0');
}

/** Where a shard of the entry list at `version` is, relative to the site's root. */
export function knownShardPath(lang: string, version: string, shard: number): string {
  return `_known/${lang}/${version}-${shard}.js`;
}

/** The keys split into `count` shards, each sorted, so two builds write the same files. */
export function knownShards(keys: Iterable<string>, count: number): string[][] {
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const key of new Set(keys)) shards[knownShardOf(key, count)]!.push(key);
  return shards.map((shard) => shard.sort());
}

/**
 * A shard's file: a classic script that adds its keys to `window.knownEntries` under its own path,
 * so the page reads the keys of the very file it loaded.
 */
export function knownShardScript(lang: string, version: string, shard: number, keys: readonly string[]): string {
  return `(window.knownEntries = window.knownEntries || {})[${JSON.stringify(knownShardPath(lang, version, shard))}] = ${JSON.stringify(keys)};\n`;
}

/**
 * What a lookup found out about an entry (`collection/id`): true, the library has it (its data.js
 * may be loaded); false, it has not; undefined, its shard did not load (or was not asked for). Such
 * an entry is not known, so nothing is loaded for it, but it is not dropped either: a list would lose
 * it for a failed request. A page keeps it and shows it as missing.
 */
export type KnownEntries = (key: string) => boolean | undefined;

/**
 * Looks `keys` up in their shards: each shard they need is loaded once, all at the same time, by
 * `load` (its keys, or undefined when it could not be loaded). However many keys are asked about,
 * no more than `count` shards are loaded.
 */
export async function lookUpKnown(keys: Iterable<string>, count: number, load: (shard: number) => Promise<readonly string[] | undefined>): Promise<KnownEntries> {
  const loading = new Map<number, Promise<readonly string[] | undefined>>();
  for (const key of keys) {
    const shard = knownShardOf(key, count);
    if (!loading.has(shard)) loading.set(shard, load(shard).catch(() => undefined));
  }
  const shards = new Map<number, ReadonlySet<string> | undefined>();
  for (const [shard, found] of loading) {
    const shardKeys = await found;
    shards.set(shard, shardKeys && new Set(shardKeys));
  }
  return (key) => shards.get(knownShardOf(key, count))?.has(key);
}
