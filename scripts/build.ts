/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces dist/ (and the
 * unpacked offline copy in dist-offline/), so a build that fails at any step leaves the previous
 * good ones exactly as they were.
 *
 * The content check runs beside `astro build`, on the second core, instead of before it: Astro
 * spends its first seconds on one core, and waiting for the check cost a tenth of the build at a
 * thousand speeches. When the check finds an error, Astro is stopped and only the check's report is
 * shown, as if it had run first.
 *
 * Node runs this file itself, stripping its types (hence the `.ts` in its imports): without tsx's
 * loader and its esbuild service, the build's own process holds under 70 MB beside `astro build`
 * instead of some 100.
 */
import { mkdirSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedParagraphsVariable } from '../src/lib/checked-paragraphs.ts';
import { handoutsEnabled } from '../src/lib/handouts.ts';
import { chromiumAvailable } from './lib/chromium.ts';
import { runStep, scriptStep, typeStrippedStep, type Step, type StepRun } from './lib/steps.ts';

const root = process.cwd();

// `--site=<url>` is SITE_URL on the command line (portable across shells): npm test builds the
// site as deployed at the test server's origin, so absolute links (hreflang, canonical) are real.
const siteArgument = process.argv.find((argument) => argument.startsWith('--site='));
if (siteArgument) process.env.SITE_URL = siteArgument.slice('--site='.length);
const buildDir = join(root, '.build');
const stagingDir = join(buildDir, 'dist-next');
const retiredDir = join(buildDir, 'dist-previous');
const distDir = join(root, 'dist');
/** The unpacked offline copy: beside dist/, not in it, so it is neither served, indexed nor crawled. */
const offlineStagingDir = join(buildDir, 'offline-next');
const offlineDir = join(root, 'dist-offline');
/** How long each step took, for `npm run bench` (seconds from the start of the build). */
const timingsFile = join(buildDir, 'timings.json');

// The check hands the numbered paragraphs it parsed over to the pages (src/lib/checked-paragraphs.ts).
const checkedParagraphsFile = join(buildDir, 'checked-paragraphs.json');
const check = typeStrippedStep('content check', 'scripts/check/cli.ts', `--paragraphs=${checkedParagraphsFile}`);
const astro: Step = { name: 'astro build', command: 'astro', args: ['build', '--outDir', stagingDir] };
// The search index is built inside `astro build`, as the pages render (src/integrations/search-index.ts).
const handouts = scriptStep('PDF handouts', 'scripts/handouts/cli.ts', stagingDir);
const offline = scriptStep('offline copy', 'scripts/offline/cli.ts', stagingDir, offlineStagingDir);

const started = performance.now();
const timings: { step: string; start: number; end: number }[] = [];
const seconds = (ms: number) => Math.round(ms / 100) / 10;

function record(run: StepRun): void {
  timings.push({ step: run.step.name, start: seconds(run.startedAt - started), end: seconds(run.endedAt - started) });
  console.log(`${run.ok ? '✓' : '✗'} ${run.step.name} (${seconds(run.endedAt - run.startedAt)} s)`);
}

function fail(run: StepRun): never {
  console.error(`\n✗ ${run.step.name} failed${run.error ? `: ${run.error}` : ''}.`);
  rmSync(stagingDir, { recursive: true, force: true });
  rmSync(offlineStagingDir, { recursive: true, force: true });
  console.error(existsSync(distDir) ? 'The previous dist/ is left untouched.' : 'No dist/ was written.');
  process.exit(1);
}

// PDF handouts need a Chromium; without one the site is built without them (and without links to them).
if (handoutsEnabled() && !(await chromiumAvailable())) {
  console.warn('! No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, or Playwright\'s): building without PDF handouts.');
  process.env.SITE_HANDOUTS = 'off';
}

rmSync(stagingDir, { recursive: true, force: true });
rmSync(offlineStagingDir, { recursive: true, force: true });
// Only this build's check may hand paragraphs over (an older file would only be hashed in vain).
rmSync(checkedParagraphsFile, { force: true });
process.env[checkedParagraphsVariable] = checkedParagraphsFile;

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

// The check's report is held back and printed whole, so it is not interleaved with Astro's progress.
const checking = runStep(check, { quiet: true });
const building = runStep(astro);
const checked = await checking;
if (!checked.ok) {
  building.stop();
  await building;
}
// Warnings too: a passing check may still have something to say.
process.stdout.write(checked.stdout);
process.stderr.write(checked.stderr);
record(checked);
if (!checked.ok) fail(checked);
const built = await building;
record(built);
if (!built.ok) fail(built);

// Without handouts their step is not started at all: a Node with TypeScript's loader only to say so
// took most of a second.
if (!handoutsEnabled()) console.log('PDF handouts skipped (SITE_HANDOUTS=off).');
for (const step of handoutsEnabled() ? [handouts, offline] : [offline]) {
  const run = await runStep(step);
  record(run);
  if (!run.ok) fail(run);
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
mkdirSync(buildDir, { recursive: true });
writeFileSync(timingsFile, `${JSON.stringify({ total: seconds(performance.now() - started), steps: timings }, null, 2)}\n`);
console.log('Site built in dist/, offline copy in dist-offline/. Preview the site with `npm run preview`.');
