/**
 * Prints each speech to PDF handouts (Vietnamese, English, and the two side by side) with
 * Chromium, from the freshly built site folder, before it replaces dist/. Pages are served to the
 * browser straight from that folder through request interception: no server, no network.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content-files';
import { handoutPath, handoutReadySelector, handoutSourcePage, handoutVariants } from '../../src/lib/handouts';
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
}

export async function renderHandouts(root: string, siteDir: string, base = '/'): Promise<RenderedHandout[]> {
  const speeches = readContentFiles(root).files.filter((file) => file.collection === 'speeches' && file.lang === 'vi');
  const stated = buildDate(root);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rendered: RenderedHandout[] = [];
  try {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === origin ? fileFor(siteDir, base, url.pathname) : undefined;
      await (file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' }));
    });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const speech of speeches) {
      for (const variant of handoutVariants) {
        const source = handoutSourcePage(speech.id, variant);
        await page.goto(`${origin}${base}${source}`, { waitUntil: 'load' });
        const ready = handoutReadySelector(variant);
        if (ready) {
          await page.waitForSelector(ready, { state: 'attached', timeout: 15_000 }).catch(() => {
            throw new Error(`${source} never showed its parallel text (${ready}), so its ${variant} handout cannot be printed`);
          });
        }
        await page.evaluate(() => document.fonts.ready);
        const path = join(siteDir, handoutPath(speech.id, variant));
        mkdirSync(dirname(path), { recursive: true });
        const pdf = await page.pdf({
          format: 'A4',
          landscape: variant === 'vi-en',
          printBackground: false,
          margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="font-size:8pt;width:100%;text-align:center;color:#444"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        });
        // The PDF states when it was made: the commit's date, so a rebuild is byte-identical.
        writeFileSync(path, stampPdfDates(pdf, stated));
        rendered.push({ path, speech: speech.id });
      }
    }
  } finally {
    await browser.close();
  }
  return rendered;
}
