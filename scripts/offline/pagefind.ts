import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  pagefindBundleGlobal,
  pagefindClassicScript,
  pagefindFetchGlobal,
  pagefindFileScript,
  pagefindFilesGlobal,
} from '../../src/lib/offline/pagefind-files';
import { bundlePagefind } from './bundle';

/**
 * The search of the offline copy: the same Pagefind and the same index as the served site, in a
 * form the browser loads from disk (see src/lib/offline/pagefind-files.ts). Each of Pagefind's files
 * becomes one small classic script, so a query still loads only the chunks it needs; nothing is
 * copied per page.
 */

/** Files of Pagefind's bundle the offline copy does not use: the ES module (re-bundled) and the worker. */
const notCopied = /^(pagefind\.js|pagefind-worker\.js)$/;

/** The classic script that registers one file's bytes under its name. */
export function fileScript(name: string, bytes: Uint8Array): string {
  return `(window.${pagefindFilesGlobal}=window.${pagefindFilesGlobal}||{})[${JSON.stringify(name)}]=${JSON.stringify(Buffer.from(bytes).toString('base64'))};\n`;
}

/** Writes the offline form of `<siteDir>/pagefind/` into `<copyDir>/pagefind/`; returns the files written. */
export async function writeOfflinePagefind(siteDir: string, copyDir: string): Promise<string[]> {
  const from = join(siteDir, 'pagefind');
  const to = join(copyDir, 'pagefind');
  const written: string[] = [];
  const made = new Set<string>();
  const write = (name: string, text: string) => {
    const path = join(to, name);
    // Thousands of files in a few folders: each folder is made once.
    if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
    writeFileSync(path, text);
    written.push(name);
  };
  const names = readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
  for (const name of names) {
    if (!notCopied.test(name)) write(pagefindFileScript(name), fileScript(name, readFileSync(join(from, name))));
  }
  write(pagefindClassicScript, await bundlePagefind(join(from, 'pagefind.js'), pagefindBundleGlobal, pagefindFetchGlobal));
  return written;
}
