/**
 * `_known/<lang>/<version>-<shard>.js`: the shards of each language's entry list (src/lib/known-entries.ts),
 * which the reading list and the notebook load to tell an entry this library has from one it has
 * not. Injected by the entry-data integration for the build and the dev server alike: a few
 * routes per language (one per 256 entries), not one per entry as data.js would be.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { knownEntryListOf } from '../lib/entries';
import { knownShards, knownShardScript } from '../lib/known-entries';
import { languages } from '../lib/languages';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of languages) {
    const { keys, version, shardCount } = await knownEntryListOf(lang);
    const shards = knownShards(keys, shardCount);
    paths.push(...shards.map((shardKeys, shard) => ({ params: { lang, shard: `${version}-${shard}` }, props: { version, shard, keys: shardKeys } })));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { version, shard, keys } = props as { version: string; shard: number; keys: string[] };
  return new Response(knownShardScript(params.lang!, version, shard, keys), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
