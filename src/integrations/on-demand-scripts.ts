/**
 * The scripts pages load only when a reader asks for what they do (src/scripts/on-demand.ts): each
 * bundled by esbuild into one classic script in the built site, `_tools/<name>.js`. Not Vite chunks:
 * a chunk is an ES module, which the offline copy opened from disk cannot load (its bundler would
 * fold the docx library into every page's script), and a page's lazily imported chunk brings Vite's
 * preload helper and a list of chunks into the scripts every page loads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';

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

export function onDemandScripts(): AstroIntegration {
  return {
    name: 'on-demand-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const [name, entry] of Object.entries(scripts)) {
          const result = await build({
            entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
            outfile: join(fileURLToPath(dir), '_tools', `${name}.js`),
            bundle: true,
            format: 'iife',
            minify: true,
            target: 'es2022',
            legalComments: 'none',
            charset: 'utf8',
            logLevel: 'silent',
            plugins: [rawText],
          });
          if (result.warnings.length > 0) throw new Error(`Bundling _tools/${name}.js: ${result.warnings.map((warning) => warning.text).join('; ')}`);
        }
      },
    },
  };
}
