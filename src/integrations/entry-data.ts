/**
 * Writes each entry's data.js (src/lib/entry-data.ts) when a build is done, from what the entry pages
 * handed over as they rendered; on the dev server, serves the same files from a route instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeEntryData } from '../lib/entry-data-handover';
import { collectionNames } from '../schemas';

/** An entry page's address in the build: `<lang>/<collection>/<id>/`. */
const entryPage = new RegExp(`^[a-z]{2}/(?:${collectionNames.join('|')})/[^/]+/$`);

export function entryData(): AstroIntegration {
  return {
    name: 'entry-data',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: '/[lang]/[collection]/[id]/data.js',
          entrypoint: fileURLToPath(new URL('../routes/entry-data.js.ts', import.meta.url)),
          prerender: true,
        });
      },
      'astro:build:done': ({ dir, pages }) => {
        const files = takeEntryData();
        const missing = pages.map(({ pathname }) => pathname).filter((path) => entryPage.test(path) && !files.has(`${path}data.js`));
        if (missing.length > 0) {
          throw new Error(
            `No data.js was handed over for ${missing.length} entry page(s), e.g. ${missing[0]}: ` +
              'each entry page must hand it over with keepEntryData() as it renders (src/pages/[lang]/[collection]/[id].astro).',
          );
        }
        const outDir = fileURLToPath(dir);
        for (const [path, script] of files) {
          const file = join(outDir, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, script);
        }
      },
    },
  };
}
