/**
 * The build's orchestration, apart from what its steps are (scripts/build.ts names the real ones;
 * tests run it on stand-in steps): one build at a time (build-lock.ts), every step into staging
 * folders under .build/, then dist/ and dist-offline/ replaced all or nothing (swap.ts).
 *
 * A stop (SIGINT, SIGTERM, SIGHUP, or the process that started the build ending: stop-signals.ts)
 * ends every step and all it started, starts no other, removes the staging folders and leaves dist/
 * and dist-offline/ as they were; the build then exits with 128 + the signal's number.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { BuildLockHeld, takeBuildLock } from './build-lock.ts';
import { runStep, stepsStopping, stopAllSteps, type Step, type StepRun } from './steps.ts';
import { exitStatusOf, onStopRequest } from './stop-signals.ts';
import { recoverInterruptedSwap, swapInto } from './swap.ts';

/** Where a build in `root` writes. */
export function buildPaths(root: string) {
  const buildDir = join(root, '.build');
  return {
    buildDir,
    /** The site as `astro build` and the later steps make it, until it replaces dist/. */
    stagingDir: join(buildDir, 'dist-next'),
    distDir: join(root, 'dist'),
    /** The unpacked offline copy: beside dist/, not in it, so it is neither served, indexed nor crawled. */
    offlineStagingDir: join(buildDir, 'offline-next'),
    offlineDir: join(root, 'dist-offline'),
    lockFile: join(buildDir, 'lock'),
    /** Present only while dist/ and dist-offline/ are being replaced (swap.ts). */
    swapJournal: join(buildDir, 'swap-journal.json'),
    /** How long each step took, for `npm run bench` (seconds from the start of the build). */
    timingsFile: join(buildDir, 'timings.json'),
  };
}

export interface BuildPlan {
  root: string;
  /** The content check, run beside `site`; its output is held back and shown whole. */
  check: Step;
  /** The step that writes the site into the staging folder (`astro build`). */
  site: Step;
  /** Work done in this process on what `site` hands over on its pipe, finished once `site` has exited (the search index). */
  siteHandOver?: SiteHandOver;
  /** Steps run one after another once both have passed (handouts, offline copy). */
  after: Step[];
  /** Runs once the lock is taken, before any step (e.g. to remove a previous build's hand-over file). */
  prepare?: () => void;
}

/**
 * What the site step hands over while it runs, taken in this process: the step gets one more pipe
 * (steps.ts), `receive` reads it as it comes, and `finish` completes the work once the step has
 * exited and its memory is free.
 */
export interface SiteHandOver {
  /** For the build's log and timings: `search index`. */
  name: string;
  receive(pipe: Readable): void;
  /** Resolves once the work is done, with a line for the log; rejects with what went wrong. */
  finish(stagingDir: string): Promise<string>;
  /** Ends the work unfinished (the build failed or is stopped). */
  stop(): Promise<void>;
}

/** A promise that never settles: the flow waits here while a stop, already under way, ends the process. */
const halted = () => new Promise<never>(() => {});

/** Runs a whole build; exits the process when it fails or is stopped. */
export async function runBuild(plan: BuildPlan): Promise<void> {
  const paths = buildPaths(plan.root);
  const started = performance.now();
  const timings: { step: string; start: number; end: number }[] = [];
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const removeStaging = () => {
    rmSync(paths.stagingDir, { recursive: true, force: true });
    rmSync(paths.offlineStagingDir, { recursive: true, force: true });
  };
  let releaseLock = () => {};
  let swapped = false;

  onStopRequest((signal, why) => {
    void (async () => {
      await Promise.all([stopAllSteps(), plan.siteHandOver?.stop()]);
      if (swapped) {
        console.error(`\n✗ Build stopped (${why}) just after dist/ and dist-offline/ had been replaced by the new build.`);
      } else {
        removeStaging();
        console.error(`\n✗ Build stopped (${why}): every step was ended; dist/ and dist-offline/ are left as they were.`);
      }
      releaseLock();
      process.exit(exitStatusOf(signal));
    })();
  });

  try {
    releaseLock = takeBuildLock(paths.lockFile);
  } catch (error) {
    if (!(error instanceof BuildLockHeld)) throw error;
    console.error(`✗ Cannot build: ${error.message}`);
    process.exit(1);
  }
  process.on('exit', () => releaseLock());

  if (recoverInterruptedSwap(paths.swapJournal)) {
    console.warn('! The previous build was cut short while it replaced dist/ and dist-offline/: both are back as they were before it.');
  }

  const fail = async (run: StepRun): Promise<never> => {
    // Stopped: the stop handler reports it and exits.
    if (stepsStopping()) return halted();
    await plan.siteHandOver?.stop();
    console.error(`\n✗ ${run.step.name} failed${run.error ? `: ${run.error}` : ''}.`);
    removeStaging();
    console.error(existsSync(paths.distDir) ? 'The previous dist/ is left untouched.' : 'No dist/ was written.');
    process.exit(1);
  };
  const record = (run: StepRun) => {
    if (stepsStopping()) return;
    timings.push({ step: run.step.name, start: seconds(run.startedAt - started), end: seconds(run.endedAt - started) });
    console.log(`${run.ok ? '✓' : '✗'} ${run.step.name} (${seconds(run.endedAt - run.startedAt)} s)`);
  };

  removeStaging();
  plan.prepare?.();

  // The check's report is held back and printed whole, so it is not interleaved with Astro's progress.
  const checking = runStep(plan.check, { quiet: true });
  const building = runStep(plan.site, { pipe: plan.siteHandOver !== undefined });
  if (plan.siteHandOver && building.pipe) plan.siteHandOver.receive(building.pipe);
  const checked = await checking;
  if (!checked.ok) await building.stop();
  if (stepsStopping()) return halted();
  // Warnings too: a passing check may still have something to say.
  process.stdout.write(checked.stdout);
  process.stderr.write(checked.stderr);
  record(checked);
  if (!checked.ok) await fail(checked);
  const built = await building;
  record(built);
  if (!built.ok) await fail(built);
  if (plan.siteHandOver) await finishHandOver(plan.siteHandOver, paths.stagingDir, record, fail);

  for (const step of plan.after) {
    const run = await runStep(step);
    record(run);
    if (!run.ok) await fail(run);
  }
  if (stepsStopping()) return halted();

  try {
    swapInto(
      [
        { staged: paths.stagingDir, final: paths.distDir, retired: join(paths.buildDir, 'dist-previous') },
        { staged: paths.offlineStagingDir, final: paths.offlineDir, retired: join(paths.buildDir, 'offline-previous') },
      ],
      paths.swapJournal,
    );
  } catch (error) {
    removeStaging();
    console.error(`\n✗ Could not put the new build in place: ${(error as Error).message}. dist/ and dist-offline/ are left as they were.`);
    process.exit(1);
  }
  swapped = true;
  mkdirSync(paths.buildDir, { recursive: true });
  writeFileSync(paths.timingsFile, `${JSON.stringify({ total: seconds(performance.now() - started), steps: timings }, null, 2)}\n`);
  console.log('Site built in dist/, offline copy in dist-offline/. Preview the site with `npm run preview`.');
  releaseLock();
}

/** Finishes the site step's hand-over, timed and reported as a step of its own. */
async function finishHandOver(handOver: SiteHandOver, stagingDir: string, record: (run: StepRun) => void, fail: (run: StepRun) => Promise<never>): Promise<void> {
  const step: Step = { name: handOver.name, command: '', args: [] };
  const startedAt = performance.now();
  let error: string | undefined;
  try {
    console.log(`${handOver.name}: ${await handOver.finish(stagingDir)}`);
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  const run: StepRun = { step, ok: error === undefined, error, stdout: '', stderr: '', startedAt, endedAt: performance.now() };
  record(run);
  if (!run.ok) await fail(run);
}
