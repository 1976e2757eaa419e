/**
 * Each entry's data.js (src/lib/entry-data.ts) in a build: opens the hand-over into the output folder
 * (the entry pages write their files as they render) and, when the build is done, checks that every
 * entry page wrote one. On the dev server, serves the same files from a route instead. And, built
 * and served alike, the shards of each language's entry list (`_known/<lang>/<shard>.js`,
 * src/lib/known-entries.ts), which say which data.js files there are.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { closeEntryData, openEntryData } from '../build/entry-data-handover';
import { collectionNames } from '../schemas';

/** An entry page's address in the build: `<lang>/<collection>/<id>/`. */
const entryPage = new RegExp(`^[a-z]{2}/(?:${collectionNames.join('|')})/[^/]+/$`);

export function entryData(): AstroIntegration {
  let building = false;
  return {
    name: 'entry-data',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        injectRoute({
          pattern: '/_known/[lang]/[shard].js',
          entrypoint: fileURLToPath(new URL('../routes/known-entries.js.ts', import.meta.url)),
          prerender: true,
        });
        if (command !== 'dev') return;
        injectRoute({
          pattern: '/[lang]/[collection]/[id]/data.js',
          entrypoint: fileURLToPath(new URL('../routes/entry-data.js.ts', import.meta.url)),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        if (building) openEntryData(fileURLToPath(config.outDir));
      },
      'astro:build:done': async ({ pages }) => {
        const written = await closeEntryData();
        const missing = pages.map(({ pathname }) => pathname).filter((path) => entryPage.test(path) && !written.has(`${path}data.js`));
        if (missing.length > 0) {
          throw new Error(
            `No data.js was handed over for ${missing.length} entry page(s), e.g. ${missing[0]}: ` +
              'each entry page must hand it over with keepEntryData() as it renders (src/pages/[lang]/[collection]/[id].astro).',
          );
        }
      },
    },
  };
}
