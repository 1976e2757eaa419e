import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BuildLockHeld, takeBuildLock, takeOverStale } from '../../scripts/lib/build-lock.ts';

let folder: string;
let lockFile: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'build-lock-'));
  lockFile = join(folder, '.build', 'lock');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The pid of a process that has ended (and been reaped), so it runs no more. */
function endedPid(): number {
  const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(ended.stdout.trim());
}

test('the lock holds this pid until it is released', () => {
  const release = takeBuildLock(lockFile);
  expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
  release();
  expect(existsSync(lockFile)).toBe(false);
});

test('a lock held by a running build is refused, naming its pid', () => {
  const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    takeBuildLock(lockFile, other.pid);
    expect(() => takeBuildLock(lockFile)).toThrow(BuildLockHeld);
    expect(() => takeBuildLock(lockFile)).toThrow(`another build (pid ${other.pid}) is running in this folder`);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(other.pid));
  } finally {
    other.kill('SIGKILL');
  }
});

test('a stale lock (its pid no longer runs) is taken over', () => {
  const stale = endedPid();
  takeBuildLock(lockFile, stale);
  const release = takeBuildLock(lockFile);
  expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
  release();
});

test('a lock without a pid (an empty file) counts as stale', () => {
  takeBuildLock(lockFile, endedPid());
  writeFileSync(lockFile, '');
  takeBuildLock(lockFile);
  expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
});

test('releasing leaves a lock another build has taken since alone', () => {
  const release = takeBuildLock(lockFile, endedPid());
  takeBuildLock(lockFile);
  release();
  expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
});

test('taking over a lock seen stale leaves it if, by then, it is a running build\'s', () => {
  // Two builds saw the same stale lock; the first has taken it over already. What the second moves
  // aside is now the first one's lock, which it must put back.
  const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    takeBuildLock(lockFile, other.pid);
    takeOverStale(lockFile, `${lockFile}.moved`);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(other.pid));
    expect(existsSync(`${lockFile}.moved`)).toBe(false);
  } finally {
    other.kill('SIGKILL');
  }
});

test('taking over a stale lock removes it', () => {
  takeBuildLock(lockFile, endedPid());
  takeOverStale(lockFile, `${lockFile}.moved`);
  expect(existsSync(lockFile)).toBe(false);
  expect(existsSync(`${lockFile}.moved`)).toBe(false);
});
