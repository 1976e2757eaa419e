/**
 * Build step: `tsx scripts/offline/cli.ts <built site folder> <offline copy folder>`. Run by
 * `npm run build` on the staging folder after the search index and the PDF handouts: writes the
 * unpacked offline copy, its ZIP into `<site>/offline/`, and the ZIP's size into every page's footer.
 */
import { relative } from 'node:path';
import { buildOfflineCopy } from './build-copy';
import { sourceDate } from './build-date';

const [siteDir, copyDir] = process.argv.slice(2);
if (!siteDir || !copyDir) {
  console.error('usage: tsx scripts/offline/cli.ts <built site folder> <offline copy folder>');
  process.exit(2);
}
try {
  const date = sourceDate();
  const result = await buildOfflineCopy({ siteDir, copyDir, base: `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'), date });
  const megabytes = (result.zipBytes / 1_000_000).toFixed(2);
  console.log(
    `Offline copy: ${result.pages} pages, ${result.files} files, ${result.bundles} script bundles, built ${date.toISOString()}; ` +
      `ZIP ${megabytes} MB (${result.zipBytes} bytes) in ${relative(process.cwd(), result.zipPath)}`,
  );
  const { pages, bundles, search, zip, sizes } = result.seconds;
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  console.log(`  pages and files ${s(pages)}, script bundles ${s(bundles)}, search index ${s(search)}, ZIP ${s(zip)}, download size in the footers ${s(sizes)}`);
} catch (error) {
  console.error(`Could not make the offline copy: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
