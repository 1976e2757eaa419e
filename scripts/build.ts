/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces dist/ (and the
 * unpacked offline copy in dist-offline/), so a build that fails or is stopped at any step leaves
 * the previous good ones exactly as they were.
 *
 * The content check runs beside `astro build`, on the second core, instead of before it: Astro
 * spends its first seconds on one core, and waiting for the check cost a tenth of the build at a
 * thousand speeches. When the check finds an error, Astro is stopped and only the check's report is
 * shown, as if it had run first.
 *
 * The orchestration (one build at a time, stopping on a signal, the all-or-nothing swap) is
 * scripts/lib/build-run.ts; this file names the steps and sets their environment.
 *
 * Node runs this file itself, stripping its types (hence the `.ts` in its imports): without tsx's
 * loader and its esbuild service, the build's own process holds under 70 MB beside `astro build`
 * instead of some 100.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataVariables } from '../src/build/build-data.ts';
import { searchPagesFd } from '../src/build/search-pages.ts';
import { checkedParagraphsVariable } from '../src/lib/checked-paragraphs.ts';
import { handoutsEnabled } from '../src/lib/handouts.ts';
import { buildPaths, runBuild } from './lib/build-run.ts';
import { chromiumAvailable } from './lib/chromium.ts';
import { searchIndexHandOver } from './lib/search-index.ts';
import { scriptStep, typeStrippedStep, type Step } from './lib/steps.ts';

const root = process.cwd();

// `--site=<url>` is SITE_URL on the command line (portable across shells): npm test builds the
// site as deployed at the test server's origin, so absolute links (hreflang, canonical) are real.
const siteArgument = process.argv.find((argument) => argument.startsWith('--site='));
if (siteArgument) process.env.SITE_URL = siteArgument.slice('--site='.length);
const { buildDir, stagingDir, offlineStagingDir } = buildPaths(root);

// The check hands the numbered paragraphs it parsed over to the pages (src/lib/checked-paragraphs.ts).
const checkedParagraphsFile = join(buildDir, 'checked-paragraphs.json');
const check = typeStrippedStep('content check', 'scripts/check/cli.ts', `--paragraphs=${checkedParagraphsFile}`);
// `astro build` hands the searched pages over as they render (src/integrations/search-index.ts);
// this process indexes them and writes the index once astro build has exited (scripts/lib/search-index.ts).
// Not on Windows, where a step starts through cmd.exe, which passes no pipe but the standard three
// on: there astro build writes the index itself, as `astro build` alone does.
const searchIndexAfterAstro = process.platform !== 'win32';
const astro: Step = {
  name: 'astro build',
  command: 'astro',
  args: ['build', '--outDir', stagingDir],
  env: searchIndexAfterAstro ? { [buildDataVariables.searchPages]: String(searchPagesFd) } : {},
};
const handouts = scriptStep('PDF handouts', 'scripts/handouts/cli.ts', stagingDir);
const offline = scriptStep('offline copy', 'scripts/offline/cli.ts', stagingDir, offlineStagingDir);
// Last, once every file is final: the library a phone saves, and its service worker (not in the ZIP).
const library = scriptStep('offline library', 'scripts/library/cli.ts', stagingDir);

// PDF handouts need a Chromium; without one the site is built without them (and without links to them).
if (handoutsEnabled() && !(await chromiumAvailable())) {
  console.warn('! No Chromium found (CHROMIUM_PATH, Debian\'s /usr/bin/chromium-headless-shell or /usr/bin/chromium, or Playwright\'s): building without PDF handouts.');
  process.env.SITE_HANDOUTS = 'off';
}

// Vite's bundler (Rolldown) allocates with mimalloc, which by default keeps the memory it has freed
// and commits its arenas up front. Returning freed memory at once costs no measurable time and keeps
// `astro build` some 500 MB smaller at a thousand speeches (1.4 GB instead of 1.9 at its peak).
process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
// V8 lets the young generation of `astro build` grow to 128 MB, mostly empty by the end. Young
// spaces of 16 MB (for every step; `astro build` is the one it matters for) keep its peak 50–100 MB
// lower at a thousand speeches, with no measurable change in time in two alternating pairs of
// builds. A value the caller set wins.
if (!/--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? '')) {
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-semi-space-size=16'].filter(Boolean).join(' ');
}

// Without handouts their step is not started at all: a Node with TypeScript's loader only to say so
// took most of a second.
if (!handoutsEnabled()) console.log('PDF handouts skipped (SITE_HANDOUTS=off).');

await runBuild({
  root,
  check,
  site: astro,
  ...(searchIndexAfterAstro ? { siteHandOver: searchIndexHandOver() } : {}),
  after: handoutsEnabled() ? [handouts, offline, library] : [offline, library],
  prepare: () => {
    // Only this build's check may hand paragraphs over (an older file would only be hashed in vain).
    rmSync(checkedParagraphsFile, { force: true });
    process.env[checkedParagraphsVariable] = checkedParagraphsFile;
  },
});
