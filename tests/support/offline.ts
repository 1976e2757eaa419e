import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { fillPlaceholders } from '../../src/i18n/translator';
import { offlineName, offlineZipPath } from '../../src/lib/offline/name';
import { unzipTo } from '../../scripts/offline/zip';

/** A UI string of the site (src/i18n), read as the pages use it: `{{name}}` filled from `params`. */
export function ui(lang: string, key: string, params: Record<string, string> = {}): string {
  const strings = JSON.parse(readFileSync(join('src/i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
  const text = strings[key];
  if (text === undefined) throw new Error(`src/i18n/${lang}.json has no key ${key}`);
  return fillPlaceholders(text, params);
}

/** The built ZIP of the offline copy, as the served site links it. */
export const builtZip = join('dist', offlineZipPath);

/** Unpacks the built ZIP into a new temporary folder, as a reader would; returns the copy's folder. */
export function unpackOfflineCopy(zip = builtZip): string {
  if (!existsSync(zip)) throw new Error(`${zip} does not exist: run \`npm run build\` before the end-to-end tests.`);
  const dir = mkdtempSync(join(tmpdir(), 'offline-copy-'));
  unzipTo(readFileSync(zip), dir);
  return join(dir, offlineName);
}

/** The file:// address of a file of the copy, with its query and fragment (`vi/x/index.html?view=both#p2`). */
export function fileUrl(root: string, file: string): string {
  const [, path = '', queryAndHash = ''] = /^([^?#]*)(.*)$/.exec(file) ?? [];
  return `${pathToFileURL(join(root, path)).href}${queryAndHash}`;
}

/** A file:// address inside the copy as the file it names, relative to the copy (`vi/x/index.html#p7`), or undefined outside it. */
export function fileInCopy(root: string, url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.protocol !== 'file:') return undefined;
  const path = relative(root, fileURLToPath(parsed));
  if (path.startsWith('..') || path.startsWith(sep)) return undefined;
  return `${path.split(sep).join('/')}${parsed.hash}`;
}

/** The served-site path of a file of the copy: `vi/x/index.html#p7` → `/vi/x/#p7`. */
export function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html(?=#|$)/, '$1')}`;
}

/**
 * The file:// counterpart of the problem collector in tests/e2e/fixtures.ts (which assumes an http
 * site): a console error (a CSP violation included), an uncaught exception, a failed request, any
 * request that is not a file of the copy (another scheme, or a path outside the folder, such as an
 * absolute `/_astro/…`), a fetch() or XHR, a web worker, or a module script is a problem.
 */
export async function watchOfflinePage(page: Page, root: string): Promise<string[]> {
  const problems: string[] = [];
  const where = () => fileInCopy(root, page.url()) ?? page.url();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI || event.sample}`);
    });
    document.addEventListener('DOMContentLoaded', () => {
      for (const script of document.querySelectorAll('script[type="module"]')) console.error(`module script: ${script.outerHTML.slice(0, 80)}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${where()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // Leaving a page cancels what it was still loading (its icon); a missing file fails otherwise.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (fileInCopy(root, url) === undefined) problems.push(`request outside the copy: ${url} (from ${where()})`);
    if (['fetch', 'xhr', 'websocket', 'eventsource'].includes(request.resourceType())) problems.push(`${request.resourceType()} request: ${url}`);
  });
  page.on('worker', (worker) => problems.push(`web worker: ${worker.url()}`));
  return problems;
}
