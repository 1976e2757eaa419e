import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { reshapeCommonWordPostings } from '../../src/lib/search/common-word-postings';
import { commonShare, commonWordsFile } from '../../src/lib/search/common-words';
import { site } from '../../src/lib/site';

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
  // As the build leaves it: with each language's common words (none among a few pages), a list for
  // each of the site's languages, though only Vietnamese has pages here.
  reshapeCommonWordPostings(outputPath, { share: commonShare, minPages: site.commonWordMinPages });
  for (const { code } of site.languages) {
    if (!existsSync(join(outputPath, commonWordsFile(code)))) writeFileSync(join(outputPath, commonWordsFile(code)), '[]');
  }
  return outputPath;
}

/** Makes the site's /pagefind/ bundle answer from a fixture index instead of the built one. */
export async function serveFixtureIndex(page: Page, indexDir: string): Promise<void> {
  await page.route('**/pagefind/**', (route) => {
    const file = join(indexDir, new URL(route.request().url()).pathname.replace(/^.*\/pagefind\//, ''));
    // As a server answers: a language the fixture has no index for is not found.
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
}
