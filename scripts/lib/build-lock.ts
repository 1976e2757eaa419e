/**
 * One build at a time in a project folder: two would share .build/ and Astro's caches and fail with
 * confusing module errors. The lock is .build/lock holding the builder's pid. It is written whole
 * to a file of this process's own and then linked to its name, which fails if the name exists: so
 * taking it is atomic, and a lock is never seen half written. A lock whose pid no longer runs is
 * stale (its build was killed outright) and is taken over.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRunning } from './process-tree.ts';

/** Thrown when another build that still runs holds the lock. */
export class BuildLockHeld extends Error {
  /** The pid of the build that holds it. */
  readonly holder: number;
  constructor(holder: number) {
    super(`another build (pid ${holder}) is running in this folder; wait for it to finish or stop it (kill ${holder}), then build again.`);
    this.holder = holder;
  }
}

/** The pid a lock file names, or undefined when there is none. */
function holderOf(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves a stale lock out of the way. It is renamed rather than removed, and then read: two builds
 * taking over the same stale lock at once could otherwise see it stale, and the later one remove the
 * fresh lock the first has just made. If what was moved is a lock of a build that runs, it is put back.
 */
export function takeOverStale(lockFile: string, movedFile: string): void {
  try {
    renameSync(lockFile, movedFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // Another build moved it first.
    throw error;
  }
  const moved = holderOf(movedFile);
  try {
    if (moved !== undefined && isRunning(moved)) linkSync(movedFile, lockFile);
  } catch {
    // A third build took the name in the meantime; the next attempt finds its lock.
  } finally {
    rmSync(movedFile, { force: true });
  }
}

/**
 * Takes the lock for process `pid` (this one by default), taking over a stale one, and returns how
 * to release it. Throws BuildLockHeld when a build that still runs holds it.
 */
export function takeBuildLock(lockFile: string, pid = process.pid): () => void {
  mkdirSync(dirname(lockFile), { recursive: true });
  const ownFile = `${lockFile}.${pid}`;
  writeFileSync(ownFile, `${pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(ownFile, lockFile);
        return () => {
          if (holderOf(lockFile) === pid) rmSync(lockFile, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(lockFile);
      if (holder !== undefined && holder !== pid && isRunning(holder)) throw new BuildLockHeld(holder);
      takeOverStale(lockFile, `${lockFile}.stale.${pid}`);
    }
    throw new Error(`could not take the build lock ${lockFile}: remove it if no build is running.`);
  } finally {
    rmSync(ownFile, { force: true });
  }
}
