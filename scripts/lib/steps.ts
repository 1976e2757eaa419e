/**
 * Runs one build step (a project binary such as `astro` or `node`) as a child process, so steps can
 * run side by side and a step that is no longer needed can be stopped. The benchmark runs its
 * builds through it too (scripts/bench/measure-run.ts).
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { Readable } from 'node:stream';
import { descendantsOf, signalProcess, stillRunning, type SeenProcess } from './process-tree.ts';

export interface Step {
  name: string;
  command: string;
  args: string[];
  /** Variables added to its environment. */
  env?: Record<string, string>;
}

export interface StepRun {
  step: Step;
  ok: boolean;
  /** Why the step could not run at all (e.g. its binary is missing). */
  error: string | undefined;
  /** Its output, when it was held back (`quiet`); empty otherwise. */
  stdout: string;
  stderr: string;
  startedAt: number;
  endedAt: number;
}

export interface RunningStep extends Promise<StepRun> {
  /** Stops the step and everything it started; settles once all of it is gone. */
  stop(): Promise<void>;
  /** The step's process, while it runs; undefined if it could not start. */
  pid: number | undefined;
  /** The step's extra pipe (StepOptions.pipe), closed when the step ends. */
  pipe: Readable | undefined;
}

export interface StepOptions {
  /** Collect the output instead of showing it as it comes. */
  quiet?: boolean;
  /** Where to run; the current folder by default. */
  cwd?: string;
  /** The whole environment; by default this process's, with the project's binaries first. */
  env?: NodeJS.ProcessEnv;
  /**
   * Opens one more pipe from the step, at file descriptor 3, for what it hands over to this process
   * (`astro build`'s searched pages: src/build/search-pages.ts); read it from the run's `pipe`.
   */
  pipe?: boolean;
}

/**
 * A step that runs one of our TypeScript scripts: Node with tsx's loader, in one process. The `tsx`
 * command would start a second Node to launch it, some 50 MB more beside `astro build`.
 */
export function scriptStep(name: string, script: string, ...args: string[]): Step {
  return { name, command: 'node', args: ['--import', 'tsx', script, ...args] };
}

/**
 * A step that runs one of our TypeScript scripts whose imports all name their `.ts` files: Node
 * strips the types itself, with no loader hook on every import and no esbuild service beside it.
 */
export function typeStrippedStep(name: string, script: string, ...args: string[]): Step {
  return { name, command: 'node', args: [script, ...args] };
}

const windows = process.platform === 'win32';

/**
 * How long a stopped step has to end after SIGTERM before it and everything it started get SIGKILL.
 * Astro and the steps' workers end at once on SIGTERM; Chromium closes in well under a second.
 */
const stopGraceMs = 3000;

/** Steps still running, so a stop can reach them (they are not in the terminal's process group). */
const running = new Set<() => Promise<void>>();
/** The process groups of the steps still running. */
const runningGroups = new Set<number>();
// If this process ends with steps still running (an error it did not catch), they must not run on
// as orphans: an exit handler cannot wait, so they and all below them get SIGKILL at once.
process.on('exit', () => {
  if (windows) return;
  for (const group of runningGroups) {
    const below = new Map<number, SeenProcess>();
    freezeTree(group, below);
    signalProcess(-group, 'SIGKILL');
    for (const found of below.values()) signalProcess(found.pid, 'SIGKILL');
  }
});
/** Set once the steps are being stopped: from then on no step starts. */
let stopping = false;

/** True once stopAllSteps has been called: nothing may start any more. */
export function stepsStopping(): boolean {
  return stopping;
}

/** Stops every running step and everything each started, and lets no other step start; settles once all are gone. */
export async function stopAllSteps(): Promise<void> {
  stopping = true;
  await Promise.all([...running].map((stop) => stop()));
}

/**
 * Stops (SIGSTOP) the process group `group` and every process below its leader, adding each to
 * `seen`, until no new one shows: then none of them can start another.
 */
function freezeTree(group: number, seen: Map<number, SeenProcess>): void {
  signalProcess(-group, 'SIGSTOP');
  for (let grew = true; grew; ) {
    grew = false;
    for (const found of descendantsOf(group)) {
      if (seen.has(found.pid)) continue;
      seen.set(found.pid, found);
      signalProcess(found.pid, 'SIGSTOP');
      grew = true;
    }
  }
}

/** Resolves when `check` holds, checking every 50 ms, or after `limitMs` (then false). */
async function waitUntil(check: () => boolean, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (!check()) {
    if (performance.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** The project's own binaries come first, as under `npm run`, so a step also runs from plain `node scripts/build.ts`. */
function stepEnvironment(): NodeJS.ProcessEnv {
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...process.env, [pathKey]: [join(process.cwd(), 'node_modules', '.bin'), process.env[pathKey]].filter(Boolean).join(delimiter) };
}

/** A step that could not start because the build is being stopped. */
function notStarted(step: Step, options: StepOptions): RunningStep {
  const now = performance.now();
  const run: StepRun = { step, ok: false, error: 'not started: the build is being stopped', stdout: '', stderr: '', startedAt: now, endedAt: now };
  return Object.assign(Promise.resolve(run), { stop: async () => {}, pid: undefined, pipe: options.pipe ? Readable.from([]) : undefined });
}

/** Starts a step (unless the steps are being stopped: then it reports that it did not start). */
export function runStep(step: Step, options: StepOptions = {}): RunningStep {
  if (stopping) return notStarted(step, options);
  const startedAt = performance.now();
  // Its own process group (not on Windows), so stop() also ends the workers the step started.
  const standard = options.quiet ? (['ignore', 'pipe', 'pipe'] as const) : (['inherit', 'inherit', 'inherit'] as const);
  const child = spawn(step.command, step.args, {
    stdio: options.pipe ? [...standard, 'pipe'] : [...standard],
    cwd: options.cwd,
    env: { ...(options.env ?? stepEnvironment()), ...step.env },
    shell: windows,
    detached: !windows,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let error: string | undefined;
  let closed = false;
  const finished = new Promise<StepRun>((resolve) => {
    child.on('error', (cause) => (error = cause.message));
    child.on('close', (code) => {
      closed = true;
      if (child.pid !== undefined) runningGroups.delete(child.pid);
      running.delete(stop);
      resolve({ step, ok: code === 0 && !error, error, stdout, stderr, startedAt, endedAt: performance.now() });
    });
  });
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopped ??= stopTree());
  // The step's group gets the signal, and so does every process below it: some start processes of
  // their own group (Playwright's Chromium), which a signal to the step's group would not reach.
  // To find them all, the tree is first frozen (SIGSTOP, until no new process shows): a process
  // that could still start one while the others are listed (a step launching Chromium just then)
  // would leave it an orphan, no longer below the step once the step has ended. After the signal,
  // SIGCONT lets them act on it.
  const stopTree = async (): Promise<void> => {
    const pid = child.pid;
    if (pid === undefined || closed) return;
    if (windows) {
      child.kill();
      await finished;
      return;
    }
    const seen = new Map<number, SeenProcess>();
    const signalAll = (signal: NodeJS.Signals) => {
      freezeTree(pid, seen);
      const alive = [...seen.values()].filter(stillRunning);
      signalProcess(-pid, signal);
      for (const found of alive) signalProcess(found.pid, signal);
      signalProcess(-pid, 'SIGCONT');
      for (const found of alive) signalProcess(found.pid, 'SIGCONT');
    };
    const allGone = () => closed && [...seen.values()].every((found) => !stillRunning(found));
    signalAll('SIGTERM');
    if (await waitUntil(allGone, stopGraceMs)) return;
    signalAll('SIGKILL');
    await waitUntil(allGone, stopGraceMs);
  };
  running.add(stop);
  if (child.pid !== undefined) runningGroups.add(child.pid);
  const pipe = options.pipe ? (child.stdio[3] as Readable | null) ?? undefined : undefined;
  return Object.assign(finished, { stop, pid: child.pid, pipe });
}
