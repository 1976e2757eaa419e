/**
 * Build step: `tsx scripts/library/cli.ts <built site folder>`. Run by `npm run build` on the
 * staging folder last, once every file of the site is final (the offline copy writes the ZIP's size
 * into the footers): writes the library a phone saves for offline reading and its service worker.
 */
import { languages } from '../../src/lib/languages.ts';
import { writeOfflineLibrary } from './build-library.ts';

const [siteDir] = process.argv.slice(2);
if (!siteDir) {
  console.error('usage: tsx scripts/library/cli.ts <built site folder>');
  process.exit(2);
}
try {
  const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const manifests = await writeOfflineLibrary({ siteDir, base, languages });
  const sizes = manifests.map((manifest) => `${manifest.lang} ${manifest.files.length} files, ${(manifest.bytes / 1_000_000).toFixed(2)} MB`);
  console.log(`Offline library ${manifests[0]?.version}: ${sizes.join('; ')}; service worker sw.js`);
} catch (error) {
  console.error(`Could not make the offline library: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
