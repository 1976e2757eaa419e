/**
 * Builds the Pagefind search index of a built site, in place: `tsx scripts/search/index-site.ts <siteDir>`
 * writes `<siteDir>/pagefind/`. Run by `npm run build` on the staging folder before it replaces dist/.
 *
 * Pagefind reads each page's `html lang` and writes one index per language. Only `main` of entry
 * pages is indexed (they carry `data-pagefind-body`); header, navigation and footer never are.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../../src/lib/search/index-html';

/** Pagefind's ready-made UIs: the site has its own search UI and never loads these. */
const unusedBundleFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Parts of the main content that are labels, not text a reader searches for. */
const excludeSelectors = ['.para-number', '.para > .visually-hidden', '.meta dt'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function indexSite(siteDir: string): Promise<void> {
  const outputPath = join(siteDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

  const problems: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    const sourcePath = relative(siteDir, file).replaceAll('\\', '/');
    const response = await index.addHTMLFile({ sourcePath, content: prepareForIndex(readFileSync(file, 'utf8')) });
    problems.push(...response.errors.map((error) => `${sourcePath}: ${error}`));
  }
  const written = await index.writeFiles({ outputPath });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length > 0) throw new Error(problems.join('\n'));
  for (const name of readdirSync(outputPath)) {
    if (unusedBundleFiles.test(name)) rmSync(join(outputPath, name));
  }
}

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('Usage: tsx scripts/search/index-site.ts <built site folder>');
  process.exit(2);
}
await indexSite(siteDir);
