/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces dist/ (and the
 * unpacked offline copy in dist-offline/), so a build that fails at any step leaves the previous
 * good ones exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { handoutsEnabled } from '../src/lib/handouts';
import { chromiumAvailable } from './lib/chromium';

const root = process.cwd();

// `--site=<url>` is SITE_URL on the command line (portable across shells): npm test builds the
// site as deployed at the test server's origin, so absolute links (hreflang, canonical) are real.
const siteArgument = process.argv.find((argument) => argument.startsWith('--site='));
if (siteArgument) process.env.SITE_URL = siteArgument.slice('--site='.length);
const stagingDir = join(root, '.build', 'dist-next');
const retiredDir = join(root, '.build', 'dist-previous');
const distDir = join(root, 'dist');
/** The unpacked offline copy: beside dist/, not in it, so it is neither served, indexed nor crawled. */
const offlineStagingDir = join(root, '.build', 'offline-next');
const offlineDir = join(root, 'dist-offline');

interface Step {
  name: string;
  command: string;
  args: string[];
}

const steps: Step[] = [
  { name: 'content check', command: 'tsx', args: ['scripts/check/cli.ts'] },
  { name: 'astro build', command: 'astro', args: ['build', '--outDir', stagingDir] },
  { name: 'search index', command: 'tsx', args: ['scripts/search/index-site.ts', stagingDir] },
  { name: 'PDF handouts', command: 'tsx', args: ['scripts/handouts/cli.ts', stagingDir] },
  { name: 'offline copy', command: 'tsx', args: ['scripts/offline/cli.ts', stagingDir, offlineStagingDir] },
];

function run(step: Step): boolean {
  const started = performance.now();
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`✓ ${step.name} (${seconds} s)`);
    return true;
  }
  console.error(`\n✗ ${step.name} failed${result.error ? `: ${result.error.message}` : ''}.`);
  return false;
}

// PDF handouts need a Chromium; without one the site is built without them (and without links to them).
if (handoutsEnabled() && !chromiumAvailable()) {
  console.warn('! No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, or Playwright\'s): building without PDF handouts.');
  process.env.SITE_HANDOUTS = 'off';
}

rmSync(stagingDir, { recursive: true, force: true });
for (const step of steps) {
  if (!run(step)) {
    console.error(existsSync(distDir) ? 'The previous dist/ is left untouched.' : 'No dist/ was written.');
    process.exit(1);
  }
}

for (const [staged, final] of [
  [stagingDir, distDir],
  [offlineStagingDir, offlineDir],
] as const) {
  rmSync(retiredDir, { recursive: true, force: true });
  if (existsSync(final)) renameSync(final, retiredDir);
  renameSync(staged, final);
  rmSync(retiredDir, { recursive: true, force: true });
}
console.log('Site built in dist/, offline copy in dist-offline/. Preview the site with `npm run preview`.');
