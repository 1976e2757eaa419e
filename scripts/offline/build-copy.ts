import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Element } from 'hast';
import { offlineName, offlineZipPath } from '../../src/lib/offline/name';
import { bundleModuleScripts } from './bundle';
import { cssRewriter, rewriteCss } from './css';
import { sizeSlotFinder, withDownloadSize, type SizeSlot } from './download-size';
import { rewritePage, type ModuleScript } from './html';
import { offlineNotice } from './notice';
import { writeOfflinePagefind } from './pagefind';
import { startThreadPool } from '../../src/build/thread.ts';
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

/** What the workers of the copy are told once (`page-worker.ts`). */
export interface PageWorkerSetup {
  siteDir: string;
  copyDir: string;
  base: string;
  /** The source's date, as an ISO string. */
  date: string;
}

/**
 * A page for a worker: to rewrite into the copy, or (a served page) to fill in the ZIP's size, where
 * the rewriting found it goes.
 */
export type PageJob = { kind: 'copy'; file: string } | { kind: 'size'; file: string; bytes: number; slot: SizeSlot | undefined };

/** What a worker answers for a page it rewrote: the module scripts its bundle holds, and where the served page's size goes. */
export interface PageJobResult {
  scripts?: ModuleScript[];
  slot?: SizeSlot;
}

/** The file of the copy that bundles a page's module scripts: the same scripts, the same file. */
function bundleFileOf(scripts: readonly ModuleScript[]): string {
  return `${bundleFolder}/${createHash('sha256').update(JSON.stringify(scripts)).digest('hex').slice(0, 16)}.js`;
}

/**
 * Does one page's work, in a worker (`page-worker.ts`); what it works out once (the notice, whether a
 * path is a folder, a stylesheet's rewriting, folders made) it keeps for the worker's next pages.
 */
export function pageJobs(setup: PageWorkerSetup): (job: PageJob) => PageJobResult {
  const { siteDir, copyDir, base } = setup;
  const date = new Date(setup.date);
  const folders = new Map<string, boolean>();
  const isFolder = (file: string) => {
    let folder = folders.get(file);
    if (folder === undefined) folders.set(file, (folder = existsSync(join(siteDir, file)) && statSync(join(siteDir, file)).isDirectory()));
    return folder;
  };
  const notices = new Map<string, Element>();
  const notice = (lang: string) => notices.get(lang) ?? notices.set(lang, offlineNotice(date, lang)).get(lang)!;
  const styles = cssRewriter();
  const made = new Set<string>();
  return (job) => {
    const source = join(siteDir, job.file);
    const html = readFileSync(source, 'utf8');
    if (job.kind === 'size') {
      const filled = withDownloadSize(html, job.bytes, job.slot);
      if (filled !== html) writeFileSync(source, filled);
      return {};
    }
    let scripts: ModuleScript[] | undefined;
    const bundleFor = (found: readonly ModuleScript[]) => {
      scripts = [...found];
      return bundleFileOf(found);
    };
    // The same reading of the served page finds where its size will go.
    const sizeSlot = sizeSlotFinder(html);
    const page = rewritePage(html, { file: job.file, base, isFolder, bundleFor, notice, rewriteCss: styles, seen: sizeSlot.open });
    const path = join(copyDir, job.file);
    if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
    writeFileSync(path, page);
    const slot = sizeSlot.slot();
    return { ...(scripts && { scripts }), ...(slot && { slot }) };
  };
}

export async function buildOfflineCopy(options: OfflineBuild): Promise<OfflineResult> {
  const { base, date } = options;
  const siteDir = resolve(options.siteDir);
  const copyDir = resolve(options.copyDir);
  rmSync(copyDir, { recursive: true, force: true });
  const made = new Set<string>();
  const folderFor = (file: string) => {
    const path = join(copyDir, file);
    const folder = dirname(path);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    return path;
  };
  const write = (file: string, content: string | Uint8Array) => writeFileSync(folderFor(file), content);

  const seconds: OfflineResult['seconds'] = { pages: 0, bundles: 0, search: 0, zip: 0, sizes: 0 };
  let started = performance.now();
  const lap = (part: keyof OfflineResult['seconds']) => {
    const now = performance.now();
    seconds[part] = (now - started) / 1000;
    started = now;
  };

  // Pages are the work: the workers rewrite them (one per core) while this thread copies the rest.
  const pool = startThreadPool<PageJob, PageJobResult>(new URL('./page-worker.ts', import.meta.url), {
    name: 'offline page',
    data: { siteDir, copyDir, base, date: date.toISOString() } satisfies PageWorkerSetup,
  });
  try {
    const files = filesUnder(siteDir).filter((file) => !leftOut(file));
    const pageFiles = files.filter((file) => file.endsWith('.html'));
    const rewritten = pool.run(pageFiles.map((file) => ({ kind: 'copy', file })));
    rewritten.catch(() => undefined); // Awaited below; not an unhandled rejection if a copy fails first.
    for (const file of files) {
      if (file.endsWith('.html')) continue;
      const source = join(siteDir, file);
      if (file.endsWith('.css')) write(file, rewriteCss(readFileSync(source, 'utf8'), file, base));
      else copyFileSync(source, folderFor(file));
    }
    const pages = await rewritten;
    const bundles = new Map<string, readonly ModuleScript[]>();
    for (const { scripts } of pages) if (scripts) bundles.set(bundleFileOf(scripts), scripts);
    lap('pages');
    for (const [file, scripts] of bundles) write(file, await bundleModuleScripts(siteDir, base, scripts));
    lap('bundles');
    if (existsSync(join(siteDir, 'pagefind'))) await writeOfflinePagefind(siteDir, copyDir);
    lap('search');

    const zipPath = join(siteDir, offlineZipPath);
    const zipBytes = await zipFolder(copyDir, offlineName, date, zipPath);
    lap('zip');
    await pool.run(pageFiles.map((file, index) => ({ kind: 'size', file, bytes: zipBytes, slot: pages[index]!.slot })));
    lap('sizes');
    return { zipPath, zipBytes, files: filesUnder(copyDir).length, pages: pageFiles.length, bundles: bundles.size, seconds };
  } finally {
    await pool.close();
  }
}
