/**
 * The Word export script (src/scripts/word-export/): bundled by esbuild into one classic script in
 * the built site, `_tools/word-export.js`, that pages load only when a reader asks for an export.
 * Not a Vite chunk: a chunk is an ES module, which the offline copy opened from disk cannot load,
 * and its bundler would otherwise fold the docx library into every page's script.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { wordExportScript } from '../scripts/word-export/load';

export function wordExport(): AstroIntegration {
  return {
    name: 'word-export',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const result = await build({
          entryPoints: [fileURLToPath(new URL('../scripts/word-export/classic-script.ts', import.meta.url))],
          outfile: join(fileURLToPath(dir), wordExportScript),
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          legalComments: 'none',
          charset: 'utf8',
          logLevel: 'silent',
        });
        if (result.warnings.length > 0) throw new Error(`Bundling the Word export: ${result.warnings.map((warning) => warning.text).join('; ')}`);
      },
    },
  };
}
