/**
 * Runs one build step (a project binary such as `astro` or `node`) as a child process, so steps can
 * run side by side and a step that is no longer needed can be stopped. The benchmark runs its
 * builds through it too (scripts/bench/measure-run.ts).
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

export interface Step {
  name: string;
  command: string;
  args: string[];
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
  /** Stops the step and everything it started. */
  stop(): void;
  /** The step's process, while it runs; undefined if it could not start. */
  pid: number | undefined;
}

export interface StepOptions {
  /** Collect the output instead of showing it as it comes. */
  quiet?: boolean;
  /** Where to run; the current folder by default. */
  cwd?: string;
  /** The whole environment; by default this process's, with the project's binaries first. */
  env?: NodeJS.ProcessEnv;
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

/** Steps still running; Ctrl-C stops them too (they are not in the terminal's process group). */
const running = new Set<() => void>();
process.once('SIGINT', () => {
  for (const stop of running) stop();
  process.exit(130);
});

/** The project's own binaries come first, as under `npm run`, so a step also runs from plain `node scripts/build.ts`. */
function stepEnvironment(): NodeJS.ProcessEnv {
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...process.env, [pathKey]: [join(process.cwd(), 'node_modules', '.bin'), process.env[pathKey]].filter(Boolean).join(delimiter) };
}

/** Starts a step. */
export function runStep(step: Step, options: StepOptions = {}): RunningStep {
  const startedAt = performance.now();
  // Its own process group (not on Windows), so stop() also ends the workers the step started.
  const child = spawn(step.command, step.args, {
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    cwd: options.cwd,
    env: options.env ?? stepEnvironment(),
    shell: windows,
    detached: !windows,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let error: string | undefined;
  const finished = new Promise<StepRun>((resolve) => {
    child.on('error', (cause) => (error = cause.message));
    child.on('close', (code) => {
      running.delete(stop);
      resolve({ step, ok: code === 0 && !error, error, stdout, stderr, startedAt, endedAt: performance.now() });
    });
  });
  const stop = () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      if (windows) child.kill();
      else process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  running.add(stop);
  return Object.assign(finished, { stop, pid: child.pid });
}
