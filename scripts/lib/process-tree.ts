/**
 * What the build needs to know about other processes, read from Linux's /proc: whether one still
 * runs, its parent, and every process below it. Elsewhere (no /proc) only `process.kill(pid, 0)` is
 * used, and a process has no known children.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface ProcStat {
  state: string;
  parent: number;
  /** Clock ticks after boot: with the pid, it names one process even if the pid is used again. */
  startTime: string;
}

/** A process's /proc/<pid>/stat, or undefined when it is gone (or there is no /proc). */
function statOf(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces or parentheses.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', parent: Number(fields[1]), startTime: fields[19] ?? '' };
}

const haveProc = existsSync('/proc/self/stat');

/**
 * True while `pid` runs. A zombie (ended, not yet reaped by its parent) does not count: it holds no
 * files and does no work, and in a container without an init that reaps, an orphan stays one.
 */
export function isRunning(pid: number): boolean {
  if (haveProc) {
    const stat = statOf(pid);
    return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parent of `pid`, or undefined when it is gone or cannot be known. */
export function parentOf(pid: number): number | undefined {
  return statOf(pid)?.parent;
}

/** One process, as it was seen: its pid and when it started (so a reused pid is not mistaken for it). */
export interface SeenProcess {
  pid: number;
  startTime: string;
}

/** Every process below `pid` (children, their children…), as they are now; none without /proc. */
export function descendantsOf(pid: number): SeenProcess[] {
  if (!haveProc) return [];
  const childrenOf = new Map<number, SeenProcess[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (!stat) continue;
    const siblings = childrenOf.get(stat.parent) ?? [];
    siblings.push({ pid: Number(name), startTime: stat.startTime });
    childrenOf.set(stat.parent, siblings);
  }
  const found: SeenProcess[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

/** True while the process seen earlier still runs (the same one, not a new one with its pid). */
export function stillRunning(seen: SeenProcess): boolean {
  return isRunning(seen.pid) && (!haveProc || statOf(seen.pid)?.startTime === seen.startTime);
}

/** Sends `signal` to `pid`, ignoring a process that is already gone. */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone (ESRCH), or not ours to stop (EPERM).
  }
}
