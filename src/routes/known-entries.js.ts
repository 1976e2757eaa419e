/**
 * `_known/<lang>/<shard>.js`: the shards of each language's entry list (src/lib/known-entries.ts),
 * which the reading list and the notebook load to tell an entry this library has from one it has
 * not. Injected by the entry-data integration for the build and the dev server alike: a few
 * routes per language (one per 256 entries), not one per entry as data.js would be.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryKeysOf } from '../lib/entries';
import { knownShardCount, knownShards, knownShardScript } from '../lib/known-entries';
import { languages } from '../lib/languages';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of languages) {
    const keys = await entryKeysOf(lang);
    const shards = knownShards(keys, knownShardCount(keys.length));
    paths.push(...shards.map((shardKeys, shard) => ({ params: { lang, shard: String(shard) }, props: { keys: shardKeys } })));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(knownShardScript(params.lang!, Number(params.shard), (props as { keys: string[] }).keys), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
