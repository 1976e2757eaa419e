/**
 * `…/<id>/data.js` on the dev server (src/lib/entry-data.ts). A build writes the same files
 * without this route: the entry-data integration injects it only for `astro dev`.
 */
import type { APIRoute } from 'astro';
import { allEntryPaths, type Localized } from '../lib/entries';
import { entryDataFile } from '../lib/entry-data';
import type { Lang } from '../lib/languages';
import type { CollectionName } from '../schemas';

export const getStaticPaths = allEntryPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { script } = await entryDataFile((props as { entry: Localized<CollectionName> }).entry, params.lang as Lang);
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
