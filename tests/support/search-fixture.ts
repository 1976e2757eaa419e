import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as pagefind from 'pagefind';

/** A page of a small fixture site: its URL, title and body paragraphs, in Vietnamese. */
export interface FixturePage {
  url: string;
  title: string;
  paragraphs: string[];
}

function fixtureHtml(page: FixturePage): string {
  const paragraphs = page.paragraphs
    .map((text, index) => `<div class="para" id="p${index + 1}" data-pagefind-title="¶${index + 1}"><p>${text}</p></div>`)
    .join('');
  return `<!doctype html><html lang="vi"><head><title>${page.title}</title></head><body><main data-pagefind-body data-pagefind-meta="type:speech" data-pagefind-filter="type:speech"><h1>${page.title}</h1>${paragraphs}</main></body></html>`;
}

/** Indexes fixture pages with Pagefind, as the build does, into a new temporary folder. */
export async function buildFixtureIndex(pages: readonly FixturePage[]): Promise<string> {
  const outputPath = mkdtempSync(join(tmpdir(), 'search-fixture-'));
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('\n'));
  for (const page of pages) await index.addHTMLFile({ url: page.url, content: fixtureHtml(page) });
  await index.writeFiles({ outputPath });
  await pagefind.close();
  return outputPath;
}

/** Makes the site's /pagefind/ bundle answer from a fixture index instead of the built one. */
export async function serveFixtureIndex(page: Page, indexDir: string): Promise<void> {
  await page.route('**/pagefind/**', (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^.*\/pagefind\//, '');
    return route.fulfill({ path: join(indexDir, file) });
  });
}
