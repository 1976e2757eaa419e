/**
 * Build step: `tsx scripts/handouts/cli.ts <site folder>`. Skipped with SITE_HANDOUTS=off; a
 * missing Chromium stops the build with what to do instead of a stack trace.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { handoutsEnabled } from '../../src/lib/handouts';
import { exitStatusOf, stopSignals } from '../lib/stop-signals';
import { renderHandouts } from './render';

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('usage: tsx scripts/handouts/cli.ts <built site folder>');
  process.exit(2);
}
if (!handoutsEnabled()) {
  console.log('PDF handouts skipped (SITE_HANDOUTS=off).');
  process.exit(0);
}
// When the build stops this step, end at once: Playwright would close Chromium under the pages being
// printed, and the failure would be reported as a missing Chromium. Playwright kills its Chromium
// as this process exits.
for (const signal of stopSignals) process.once(signal, () => process.exit(exitStatusOf(signal)));
try {
  const handouts = await renderHandouts(process.cwd(), siteDir, process.env.SITE_BASE ?? '/');
  const kilobytes = handouts.reduce((sum, handout) => sum + statSync(handout.path).size, 0) / 1024;
  const reused = handouts.filter((handout) => handout.reused).length;
  console.log(`${handouts.length} PDF handouts (${handouts.length - reused} printed, ${reused} unchanged since the last build), ${kilobytes.toFixed(0)} KB, in ${relative(process.cwd(), siteDir)}/handouts/`);
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    `Could not print the PDF handouts: ${message}\n` +
      'Install Chromium (Debian: apt-get install -y chromium), or point CHROMIUM_PATH at one, ' +
      'or build without handouts: SITE_HANDOUTS=off npm run build',
  );
  process.exit(1);
}
