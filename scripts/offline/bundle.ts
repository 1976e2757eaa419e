import { join, resolve } from 'node:path';
import { build, type BuildOptions, type Message, type Plugin } from 'esbuild';
import { classicScriptOptions } from '../../src/build/classic-script';
import { fileOfSitePath } from '../../src/lib/offline/paths';
import type { ModuleScript } from './html';

/**
 * Classic scripts for the offline copy, bundled by esbuild from what Astro built, so they run from
 * disk, where Chromium refuses module scripts. Each bundle is an IIFE with no import left: the
 * modules of one page run in the order the page listed them, each once, as the browser would run
 * them; the modules they import later (the search UI) are bundled in too, since a classic script
 * cannot import one from disk.
 */

const inlinePrefix = 'offline-inline:';

function formatMessages(messages: readonly Message[]): string {
  return messages.map((message) => `${message.location ? `${message.location.file}:${message.location.line}: ` : ''}${message.text}`).join('\n');
}

/** Resolves the site's absolute paths (`/_astro/x.js`) to the built files, and the pages' inline modules. */
function sitePlugin(siteDir: string, base: string, scripts: readonly ModuleScript[]): Plugin {
  return {
    name: 'offline-site',
    setup(build) {
      build.onResolve({ filter: /^\// }, (args) => {
        if (!args.path.startsWith(base)) return { errors: [{ text: `${args.path} is outside the site's base path ${base}` }] };
        return { path: join(siteDir, fileOfSitePath(args.path.slice(base.length))) };
      });
      build.onResolve({ filter: new RegExp(`^${inlinePrefix}`) }, (args) => ({ path: args.path, namespace: 'inline' }));
      build.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => {
        const script = scripts[Number(args.path.slice(inlinePrefix.length))];
        return { contents: script && 'code' in script ? script.code : '', loader: 'js', resolveDir: siteDir };
      });
    },
  };
}

/** Both bundles are one minified classic (IIFE) script, returned in memory, for Chromium on file://. */
const classicScript = { ...classicScriptOptions, write: false } satisfies BuildOptions;

/** One classic script that runs a page's module scripts in order. */
export async function bundleModuleScripts(site: string, base: string, scripts: readonly ModuleScript[]): Promise<string> {
  const siteDir = resolve(site);
  const entry = scripts.map((script, index) => `import ${JSON.stringify('src' in script ? script.src : `${inlinePrefix}${index}`)};`).join('\n');
  const result = await build({
    ...classicScript,
    stdin: { contents: entry, resolveDir: siteDir, loader: 'js', sourcefile: 'page-scripts.js' },
    // Vite's preload helper reads import.meta, but only to preload a chunk's dependencies, and the
    // chunks are bundled in: with no list of dependencies it never runs.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: [sitePlugin(siteDir, base, scripts)],
  });
  if (result.warnings.length > 0) throw new Error(`Bundling the page scripts:\n${formatMessages(result.warnings)}`);
  return result.outputFiles[0]!.text;
}

/**
 * Pagefind's ES module as a classic script that leaves its exports in `globalName`, with every
 * fetch() it makes going to the function `fetchName` (a global) instead.
 */
export async function bundlePagefind(moduleFile: string, globalName: string, fetchName: string): Promise<string> {
  const result = await build({
    ...classicScript,
    entryPoints: [moduleFile],
    globalName,
    define: { fetch: `window.${fetchName}` },
    // Pagefind finds its folder from import.meta.url when it is given no basePath; it is given one.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  if (result.warnings.length > 0) throw new Error(`Bundling Pagefind:\n${formatMessages(result.warnings)}`);
  return result.outputFiles[0]!.text;
}
