/**
 * Prints each speech to PDF handouts (one per language it is written in, and the original beside
 * each translation: src/lib/handouts.ts) with
 * Chromium, from the freshly built site folder, before it replaces dist/. Pages are served to the
 * browser straight from that folder through request interception: no server, no network.
 *
 * Printing takes Chromium about a second per speech, so two pages print side by side, and a handout
 * whose page is byte for byte what it was at the last build is taken from `.build/handouts-cache/`
 * (keyed by the page, the twin text it shows, the browser and these print settings) instead of
 * printed again: a rebuild after editing one speech prints that speech only, and a rebuild that
 * changed no speech starts no browser.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { kindOf } from '../../src/kinds/index.ts';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content-files';
import { languages, originalLang } from '../../src/lib/languages.ts';
import { handoutPath, handoutReadySelector, handoutSourcePage, handoutsOf, type Handout } from '../../src/lib/handouts';
import { buildDate, stampPdfDates } from '../lib/build-date';
import { chromiumLaunchOptions } from '../lib/chromium';

const origin = 'http://handouts.invalid';

/** Maps a requested URL path to a file of the built site, as a static host would. */
function fileFor(siteDir: string, base: string, pathname: string): string | undefined {
  let path = decodeURIComponent(pathname);
  if (path.startsWith(base)) path = `/${path.slice(base.length)}`;
  if (path.endsWith('/')) path += 'index.html';
  else if (extname(path) === '') path += '/index.html';
  const file = join(siteDir, path);
  return file.startsWith(siteDir) && existsSync(file) ? file : undefined;
}

export interface RenderedHandout {
  path: string;
  speech: string;
  /** Taken from the cache of the last build rather than printed. */
  reused: boolean;
}

/** Pages printing at once: Chromium's printing is the cost, and the machines have two cores or more. */
const printers = 2;

/** Changes when the print settings below change, so no handout printed with the old ones is reused. */
const printSettingsVersion = '2';

/**
 * A4, with the margins of Vietnamese official documents (Nghị định 30/2020/NĐ-CP: top and bottom
 * 20–25 mm, left 30–35 mm for binding, right 15–20 mm) on a portrait handout; the bilingual one is
 * landscape, bound on its short side, and keeps its width for the two columns.
 */
const pdfOptions = (landscape: boolean) => ({
  format: 'A4',
  landscape,
  printBackground: false,
  margin: landscape ? { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' } : { top: '20mm', bottom: '20mm', left: '30mm', right: '15mm' },
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8pt;width:100%;text-align:center;color:#444"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
});

/**
 * The browser's version as its executable states it (`--version`), for the cache key: asking
 * does not start a browser, so a rebuild that reuses every handout starts none.
 */
function browserVersion(): string {
  const executable = chromiumLaunchOptions().executablePath ?? chromium.executablePath();
  return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
}

export async function renderHandouts(root: string, siteDir: string, base = '/'): Promise<RenderedHandout[]> {
  // The kinds printed as handouts (their descriptor's `handouts`): speeches.
  const handoutFiles = readContentFiles(root).files.filter((file) => kindOf(file.collection)?.handouts === true);
  const speeches = handoutFiles.filter((file) => file.lang === originalLang);
  // The languages each text is written in, in declared order: a language it is not yet translated into has no handout.
  const writtenIn = (collection: string, id: string) => languages.filter((lang) => handoutFiles.some((file) => file.id === id && file.collection === collection && file.lang === lang));
  const stated = buildDate(root);
  const cacheDir = join(root, '.build', 'handouts-cache');
  mkdirSync(cacheDir, { recursive: true });
  const version = browserVersion();
  const rendered: RenderedHandout[] = [];
  // Started at the first handout that has to be printed.
  let browser: Promise<{ browser: Browser; context: BrowserContext }> | undefined;
  const startBrowser = async () => {
    const started = await chromium.launch(chromiumLaunchOptions());
    const context = await started.newContext();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === origin ? fileFor(siteDir, base, url.pathname) : undefined;
      await (file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' }));
    });
    return { browser: started, context };
  };
  try {
    const jobs = speeches.flatMap((speech) => handoutsOf(writtenIn(speech.collection, speech.id), originalLang).map((handout) => ({ id: speech.id, handout })));
    const keyOf = (id: string, handout: Handout) => {
      // What the printed page is made of: its HTML (which names its hashed styles, fonts and scripts)
      // and, for a pair, the translation's text its script places.
      const source = handoutSourcePage(id, handout);
      const inputs = [printSettingsVersion, version, base, handout.variant, readFileSync(fileFor(siteDir, base, `${base}${source.replace(/\?.*$/, '')}`) ?? '', 'utf8')];
      if (handout.beside) inputs.push(readFileSync(join(siteDir, handout.beside, 'speeches', id, 'data.js'), 'utf8'));
      return createHash('sha256').update(inputs.join('\0')).digest('hex');
    };
    const print = async (page: Page, id: string, handout: Handout): Promise<Buffer> => {
      const source = handoutSourcePage(id, handout);
      await page.goto(`${origin}${base}${source}`, { waitUntil: 'load' });
      const ready = handoutReadySelector(handout);
      if (ready) {
        await page.waitForSelector(ready, { state: 'attached', timeout: 15_000 }).catch(() => {
          throw new Error(`${source} never showed its parallel text (${ready}), so its ${handout.variant} handout cannot be printed`);
        });
      }
      await page.evaluate(() => document.fonts.ready);
      return page.pdf(pdfOptions(handout.beside !== undefined));
    };
    const used = new Set<string>();
    const printer = async () => {
      let page: Page | undefined;
      const printingPage = async () => {
        if (!page) {
          page = await (await (browser ??= startBrowser())).context.newPage();
          await page.emulateMedia({ media: 'print' });
        }
        return page;
      };
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const key = keyOf(job.id, job.handout);
        used.add(key);
        const cached = join(cacheDir, `${key}.pdf`);
        const reused = existsSync(cached);
        const pdf = reused ? readFileSync(cached) : await print(await printingPage(), job.id, job.handout);
        if (!reused) writeFileSync(cached, pdf);
        const path = join(siteDir, handoutPath(job.id, job.handout.variant));
        mkdirSync(dirname(path), { recursive: true });
        // The PDF states when it was made: the commit's date, so a rebuild is byte-identical.
        writeFileSync(path, stampPdfDates(pdf, stated));
        rendered.push({ path, speech: job.id, reused });
      }
    };
    await Promise.all(Array.from({ length: printers }, printer));
    // Keep only what this build used, so the cache never outgrows the corpus.
    for (const name of readdirSync(cacheDir)) {
      if (!used.has(name.replace(/\.pdf$/, ''))) rmSync(join(cacheDir, name), { force: true });
    }
  } finally {
    // A browser that failed to start has nothing to close; its error is already on its way.
    await browser?.then(({ browser: started }) => started.close(), () => undefined);
  }
  return rendered.sort((a, b) => a.path.localeCompare(b.path));
}
