/**
 * Runs a command for the benchmark and measures its wall time and peak memory. Memory is the peak of
 * the summed resident set of the command and every process it started, sampled every 50 ms from
 * /proc (Linux), so steps that run side by side count together, as they do on the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runStep, stopAllSteps } from '../lib/steps';

// Ctrl-C stops the measured command and all it started too (they are not in the terminal's process group).
process.once('SIGINT', () => void stopAllSteps().then(() => process.exit(130)));

export interface MeasuredRun {
  seconds: number;
  /** Undefined where /proc is not available. */
  peakRssMb: number | undefined;
  stdout: string;
  stderr: string;
}

function rssKilobytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The summed RSS of a process and all its descendants, in kB. */
function treeRssKilobytes(pid: number): number {
  return rssKilobytes(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRssKilobytes(child), 0);
}

const procAvailable = (() => {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
})();

/** Runs `command` in `cwd` as a build step (scripts/lib/steps.ts); rejects with its output when it fails. */
export async function measureRun(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<MeasuredRun> {
  const described = `${command} ${args.join(' ')}`;
  const running = runStep({ name: described, command, args }, { quiet: true, cwd, env });
  const { pid } = running;
  let peak = 0;
  const sampler = procAvailable && pid ? setInterval(() => (peak = Math.max(peak, treeRssKilobytes(pid))), 50) : undefined;
  const run = await running;
  if (sampler) clearInterval(sampler);
  if (!run.ok) throw new Error(`${described} failed in ${cwd}${run.error ? ` (${run.error})` : ''}:\n${run.stdout}\n${run.stderr}`);
  return {
    seconds: Math.round((run.endedAt - run.startedAt) / 100) / 10,
    peakRssMb: procAvailable ? Math.round(peak / 1024) : undefined,
    stdout: run.stdout,
    stderr: run.stderr,
  };
}
