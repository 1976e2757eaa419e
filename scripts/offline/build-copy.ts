import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { offlineName, offlineZipPath } from '../../src/lib/offline/paths';
import { bundleModuleScripts } from './bundle';
import { cssRewriter, rewriteCss } from './css';
import { attributeOf, walkElements, type ElementSpan } from './element-offsets';
import { rewritePage, type ModuleScript } from './html';
import { offlineNotice, sizeText } from './notice';
import { writeOfflinePagefind } from './pagefind';
import { filesUnder, zipFolder } from './zip';

/**
 * The offline copy of a built site: every page, style, font, image, handout and reading-list data
 * script, with relative links to explicit files, classic scripts instead of module scripts, and the
 * search index as classic scripts (see the modules beside this one). Then its ZIP, in the served
 * site, whose size every served page's footer states.
 */

export interface OfflineBuild {
  /** The built site (the build's staging folder), with its search index and handouts. */
  siteDir: string;
  /** Where the unpacked copy goes; replaced whole. */
  copyDir: string;
  /** The site's base path: `/` or `/sub/`. */
  base: string;
  /** When the source was made: the copy states it, and dates the ZIP's entries with it. */
  date: Date;
}

export interface OfflineResult {
  zipPath: string;
  zipBytes: number;
  files: number;
  pages: number;
  bundles: number;
  /** Seconds each part took, in the order they ran, for the build log. */
  seconds: Record<'pages' | 'bundles' | 'search' | 'zip' | 'sizes', number>;
}

/** Folders of the built site the copy leaves out: its own ZIP, and the ES modules and index it rebuilds. */
const leftOut = (file: string) => file.startsWith('offline/') || file.startsWith('pagefind/') || /^_astro\/.*\.m?js$/.test(file);

/** Folder of the copy that holds the pages' classic script bundles. */
const bundleFolder = '_offline';

export async function buildOfflineCopy(options: OfflineBuild): Promise<OfflineResult> {
  const { base, date } = options;
  const siteDir = resolve(options.siteDir);
  const copyDir = resolve(options.copyDir);
  rmSync(copyDir, { recursive: true, force: true });
  const folders = new Map<string, boolean>();
  const isFolder = (file: string) => {
    let folder = folders.get(file);
    if (folder === undefined) folders.set(file, (folder = existsSync(join(siteDir, file)) && statSync(join(siteDir, file)).isDirectory()));
    return folder;
  };
  const bundles = new Map<string, { file: string; scripts: readonly ModuleScript[] }>();
  const bundleFor = (scripts: readonly ModuleScript[]) => {
    const key = JSON.stringify(scripts);
    let bundle = bundles.get(key);
    if (!bundle) {
      bundle = { file: `${bundleFolder}/${createHash('sha256').update(key).digest('hex').slice(0, 16)}.js`, scripts };
      bundles.set(key, bundle);
    }
    return bundle.file;
  };
  const made = new Set<string>();
  const folderFor = (file: string) => {
    const path = join(copyDir, file);
    const folder = dirname(path);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    return path;
  };
  const write = (file: string, content: string | Uint8Array) => writeFileSync(folderFor(file), content);
  const notices = new Map<string, Element>();
  const notice = (lang: string) => notices.get(lang) ?? notices.set(lang, offlineNotice(date, lang)).get(lang)!;

  const seconds: OfflineResult['seconds'] = { pages: 0, bundles: 0, search: 0, zip: 0, sizes: 0 };
  let started = performance.now();
  const lap = (part: keyof OfflineResult['seconds']) => {
    const now = performance.now();
    seconds[part] = (now - started) / 1000;
    started = now;
  };

  const styles = cssRewriter();
  let pages = 0;
  for (const file of filesUnder(siteDir)) {
    if (leftOut(file)) continue;
    const source = join(siteDir, file);
    if (file.endsWith('.html')) {
      write(file, rewritePage(readFileSync(source, 'utf8'), { file, base, isFolder, bundleFor, notice, rewriteCss: styles }));
      pages++;
    } else if (file.endsWith('.css')) {
      write(file, rewriteCss(readFileSync(source, 'utf8'), file, base));
    } else {
      copyFileSync(source, folderFor(file));
    }
  }
  lap('pages');
  for (const { file, scripts } of bundles.values()) write(file, await bundleModuleScripts(siteDir, base, scripts));
  lap('bundles');
  if (existsSync(join(siteDir, 'pagefind'))) await writeOfflinePagefind(siteDir, copyDir);
  lap('search');

  const zip = await zipFolder(copyDir, offlineName, date);
  const zipPath = join(siteDir, offlineZipPath);
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zip);
  lap('zip');
  for (const file of filesUnder(siteDir).filter((name) => name.endsWith('.html') && !leftOut(name))) {
    const path = join(siteDir, file);
    const html = readFileSync(path, 'utf8');
    const filled = withDownloadSize(html, zip.byteLength);
    if (filled !== html) writeFileSync(path, filled);
  }
  lap('sizes');
  return { zipPath, zipBytes: zip.byteLength, files: filesUnder(copyDir).length, pages, bundles: bundles.size, seconds };
}

/**
 * A served page with the ZIP's size in its footer's `[data-offline-size]`: the element's content
 * becomes the size. Only that content changes: the tokenizer finds where the element's start tag
 * ends and where its content ends, and every other byte of the page stays as built.
 */
export function withDownloadSize(html: string, bytes: number): string {
  let lang = 'vi';
  let slot: ElementSpan | undefined;
  walkElements(html, {
    open(element) {
      if (element.name === 'html' && element.parent === undefined) lang = attributeOf(element, 'lang')?.value ?? lang;
      if (!slot && attributeOf(element, 'data-offline-size') !== undefined) slot = element;
    },
    // Read no further than the end of the element.
    close: (element) => element !== slot,
  });
  if (!slot || slot.empty) return html;
  return `${html.slice(0, slot.openEnd)}${toHtml({ type: 'text', value: sizeText(bytes, lang) })}${html.slice(slot.closeStart)}`;
}
