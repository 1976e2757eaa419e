import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/content-files';
import { knownShardOf, knownShardPath } from '../../src/lib/known-entries';

/** How many shards the built reading list of `lang` says its entry list has (`data-known-shards`). */
export function builtShardCount(lang: string, distDir = 'dist'): number {
  const html = readFileSync(join(distDir, lang, 'reading-list', 'index.html'), 'utf8');
  const count = Number(/data-known-shards="(\d+)"/.exec(html)?.[1]);
  if (!Number.isInteger(count) || count < 2) throw new Error(`${distDir}/${lang}/reading-list/index.html names no shards of its entry list (data-known-shards)`);
  return count;
}

/** The version of `lang`'s entry list the built reading list names (`data-known-version`), part of its shards' names. */
export function builtShardVersion(lang: string, distDir = 'dist'): string {
  const html = readFileSync(join(distDir, lang, 'reading-list', 'index.html'), 'utf8');
  const version = /data-known-version="([0-9a-f]{8})"/.exec(html)?.[1];
  if (!version) throw new Error(`${distDir}/${lang}/reading-list/index.html names no version of its entry list (data-known-version)`);
  return version;
}

/**
 * A real entry of `lang` (`collection/id`) whose shard is not the first, found from the content
 * and the built page's shard count, and the path of its shard: the reading list must load a later
 * shard to list it.
 */
export function entryInLaterShard(files: readonly ContentFile[], lang: string, distDir = 'dist'): { key: string; shardPath: string } {
  const count = builtShardCount(lang, distDir);
  const key = files.filter((file) => file.lang === lang).map((file) => `${file.collection}/${file.id}`).find((candidate) => knownShardOf(candidate, count) > 0);
  if (!key) throw new Error(`No entry of ${lang} falls in a shard other than the first of ${count}`);
  return { key, shardPath: knownShardPath(lang, builtShardVersion(lang, distDir), knownShardOf(key, count)) };
}

/**
 * Two real entries of `lang` in different shards of its built entry list, each with its shard's
 * path: a list of the one, then an address of the other, loads a shard the first did not.
 */
export function entriesInTwoShards(files: readonly ContentFile[], lang: string, distDir = 'dist'): [{ key: string; shardPath: string }, { key: string; shardPath: string }] {
  const count = builtShardCount(lang, distDir);
  const version = builtShardVersion(lang, distDir);
  const speeches = files.filter((file) => file.lang === lang && file.collection === 'speeches').map((file) => `${file.collection}/${file.id}`);
  const first = speeches[0];
  const second = speeches.find((key) => first !== undefined && knownShardOf(key, count) !== knownShardOf(first, count));
  if (!first || !second) throw new Error(`No two speeches of ${lang} fall in different shards of ${count}`);
  return [first, second].map((key) => ({ key, shardPath: knownShardPath(lang, version, knownShardOf(key, count)) })) as [
    { key: string; shardPath: string },
    { key: string; shardPath: string },
  ];
}
