import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BuildLockHeld, takeBuildLock } from '../../scripts/lib/build-lock.ts';

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
