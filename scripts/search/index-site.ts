/**
 * Builds the Pagefind search index of a built site, in place: `tsx scripts/search/index-site.ts <siteDir>`
 * writes `<siteDir>/pagefind/`. Run by `npm run build` on the staging folder before it replaces dist/.
 *
 * Pagefind reads each page's `html lang` and writes one index per language. Only `main` of entry
 * pages is indexed (they carry `data-pagefind-body`); header, navigation and footer never are.
 *
 * The indexer reads a prepared copy of the searchable pages (src/lib/search/index-html.ts) from a
 * scratch folder with the same layout, so the addresses it records are the site's. Handing Pagefind a
 * folder rather than one page at a time lets it read and parse the pages on every core: at a
 * thousand speeches that is 4× faster.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { isSearchable, prepareForIndex } from '../../src/lib/search/index-html';

/** Pagefind's ready-made UIs: the site has its own search UI and never loads these. */
const unusedBundleFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Parts of the main content that are labels, not text a reader searches for. */
const excludeSelectors = ['.para-number', '.para > .visually-hidden', '.meta dt'];

/**
 * Words per index chunk (Pagefind counts each occurrence). With its default, 20,000, every chunk is
 * 35–47 KB once the corpus is large, and a search loads one per query word. At 1,000 a chunk holds
 * little beyond the word asked for: at a thousand speeches the benchmark's searches load 4–9 KB less
 * than at 4,000 (and no less at 400). Pagefind reads this from the environment (named unstable:
 * `pagefind` is pinned, and the search benchmark shows the effect).
 */
const indexChunkSize = '1000';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Copies the searchable pages of `siteDir`, prepared for the indexer, into `scratchDir`. */
function writeSearchablePages(siteDir: string, scratchDir: string): number {
  let count = 0;
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, 'utf8');
    if (!isSearchable(html)) continue;
    const copy = join(scratchDir, relative(siteDir, file));
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, prepareForIndex(html));
    count += 1;
  }
  return count;
}

async function indexSite(siteDir: string): Promise<void> {
  const outputPath = join(siteDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const scratchDir = mkdtempSync(join(tmpdir(), 'search-pages-'));
  try {
    const pages = writeSearchablePages(siteDir, scratchDir);
    process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = indexChunkSize;
    const { index, errors } = await pagefind.createIndex({ excludeSelectors });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratchDir });
    const problems = [...added.errors];
    if (added.page_count !== pages) problems.push(`Pagefind indexed ${added.page_count} of the ${pages} searchable pages.`);
    const written = await index.writeFiles({ outputPath });
    problems.push(...written.errors);
    await pagefind.close();
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
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
