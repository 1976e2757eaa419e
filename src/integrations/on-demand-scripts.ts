/**
 * The scripts pages load only when a reader asks for what they do (src/scripts/on-demand.ts): each
 * bundled by esbuild into one classic script in the built site, `_tools/<name>.js`, and on the dev
 * server bundled the same way when it is asked for. Not Vite chunks:
 * a chunk is an ES module, which the offline copy opened from disk cannot load (its bundler would
 * fold the docx library into every page's script), and a page's lazily imported chunk brings Vite's
 * preload helper and a list of chunks into the scripts every page loads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { classicScriptOptions } from '../build/classic-script';

/** Each script, by the name its file gets, and the module it starts from. */
const scripts = {
  /** The Word export: the docx library and the document model's writer (src/scripts/word-export/). */
  'word-export': '../scripts/word-export/classic-script.ts',
  /** The notebook and Word dialog of an entry's page (src/scripts/notebook/). */
  'notebook-tools': '../scripts/notebook/tools-script.ts',
  /** The notebook page's export and import (src/scripts/notebook/files.ts). */
  'notebook-files': '../scripts/notebook/files.ts',
  /** The reading list's assignment tools, side-by-side pairing and Word export (src/scripts/reading-list/assignment-tools.ts). */
  'reading-list-tools': '../scripts/reading-list/assignment-tools.ts',
  /** The reading list's items, shown once it has one (src/scripts/reading-list/items.ts). */
  'reading-list-items': '../scripts/reading-list/items.ts',
  /** The reading list's and the notebook's lookup in the shards of the entry list (src/scripts/known-entries-lookup.ts). */
  'known-entries': '../scripts/known-entries-lookup.ts',
};

/** `import css from './x.css?raw'`, as Vite reads it: the file's text. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** esbuild's options for `_tools/<name>.js`: one classic script, minified. */
function bundling(name: keyof typeof scripts): BuildOptions {
  return {
    ...classicScriptOptions,
    entryPoints: [fileURLToPath(new URL(scripts[name], import.meta.url))],
    plugins: [rawText],
  };
}

const isScriptName = (name: string): name is keyof typeof scripts => Object.hasOwn(scripts, name);

export function onDemandScripts(): AstroIntegration {
  return {
    name: 'on-demand-scripts',
    hooks: {
      // The dev server has no build to write them into: it bundles each on request, from the sources
      // as they are then, so the reading list and the notebook work there as in the built site.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = /\/_tools\/([a-z-]+)\.js$/.exec(new URL(request.url ?? '/', 'http://localhost').pathname)?.[1];
          if (!name || !isScriptName(name)) return next();
          build({ ...bundling(name), write: false }).then(
            (result) => {
              response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              response.setHeader('Cache-Control', 'no-store');
              response.end(result.outputFiles?.[0]?.text ?? '');
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        for (const name of Object.keys(scripts) as (keyof typeof scripts)[]) {
          const result = await build({ ...bundling(name), outfile: join(fileURLToPath(dir), '_tools', `${name}.js`) });
          if (result.warnings.length > 0) throw new Error(`Bundling _tools/${name}.js: ${result.warnings.map((warning) => warning.text).join('; ')}`);
        }
      },
    },
  };
}
