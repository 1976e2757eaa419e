/**
 * When a build must stop: on SIGINT, SIGTERM or SIGHUP, and when the process that started it ends.
 *
 * npm 11 runs a script through `sh -c` and passes SIGINT and SIGTERM to that shell only, which
 * passes nothing on (on SIGTERM it ends and leaves the build an orphan; on SIGINT it waits on, and so
 * does npm). So package.json's script is `exec node scripts/build.ts`: the build is npm's child and
 * gets both. On SIGHUP npm ends without passing it on, so the build watches its parent; and when it
 * runs under npm through a shell after all, npm beyond that shell too.
 */
import { readFileSync } from 'node:fs';
import { isRunning, parentOf } from './process-tree.ts';

/** Why a build stops: a signal, or its parent (or npm) having ended (counted as a hangup). */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

const signalNumbers: Record<StopSignal, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The signals that stop a build, and so each of its steps. */
export const stopSignals = Object.keys(signalNumbers) as StopSignal[];

/** The exit status of a process that ended because of `signal`, as a shell reports it (128 + its number). */
export function exitStatusOf(signal: StopSignal): number {
  return 128 + signalNumbers[signal];
}

/** True when `pid` runs a shell (its command name, from /proc). */
function isShell(pid: number): boolean {
  try {
    return /^(sh|dash|bash|zsh|ash)$/.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
  } catch {
    return false;
  }
}

/** How often the build looks whether its parent still runs. */
const parentCheckMs = 250;

/**
 * Calls `stop` once, on the first of SIGINT, SIGTERM, SIGHUP or its starter ending; later signals are
 * ignored while it stops (a second Ctrl-C must not kill the build before it has cleaned up).
 */
export function onStopRequest(stop: (signal: StopSignal, why: string) => void): void {
  let requested = false;
  const request = (signal: StopSignal, why: string) => {
    if (requested) return;
    requested = true;
    clearInterval(watch);
    stop(signal, why);
  };
  for (const signal of stopSignals) process.on(signal, () => request(signal, signal));
  const parent = process.ppid;
  // Under npm: npm, beyond the shell it runs the script in (if the shell ran the build in its own
  // place, the parent is npm already).
  const npm = process.env.npm_lifecycle_event && isShell(parent) ? parentOf(parent) : undefined;
  const watch = setInterval(() => {
    if (process.ppid !== parent || !isRunning(parent)) request('SIGHUP', 'its parent process ended');
    else if (npm !== undefined && npm > 1 && !isRunning(npm)) request('SIGHUP', 'npm ended');
  }, parentCheckMs);
  // The watch alone must not keep the process alive.
  watch.unref();
}
