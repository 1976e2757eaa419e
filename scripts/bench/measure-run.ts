/**
 * Runs a command for the benchmark and measures its wall time and peak memory. Memory is the peak of
 * the summed resident set of the command and every process it started, sampled every 50 ms from
 * /proc (Linux), so steps that run side by side count together, as they do on the machine.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/** Runs `command` in `cwd`; rejects with its output when it fails. */
export function measureRun(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    let peak = 0;
    const sampler = procAvailable && child.pid ? setInterval(() => (peak = Math.max(peak, treeRssKilobytes(child.pid!))), 50) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`));
      else resolve({ seconds, peakRssMb: procAvailable ? Math.round(peak / 1024) : undefined, stdout, stderr });
    });
  });
}
