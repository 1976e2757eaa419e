/**
 * A browser module bundled with its imports into one classic script, at build time. A reading tool
 * that loads on first use is fetched the way entries' data.js are (a <script> tag), which also works
 * from disk (file://), where module scripts and fetch() are refused, and costs the page nothing at
 * load, not even Vite's preload helper.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

/** The classic (IIFE) script of the module at `entry` (a path from the project's root), minified. */
export async function classicScript(entry: string, root = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`Bundling ${entry}:\n${result.warnings.map((warning) => warning.text).join('\n')}`);
  return result.outputFiles[0]!.text;
}
