/**
 * Stopping a build and running two at once, on real processes: scripts/lib/build-run.ts driven with
 * stand-in steps (tests/support/stand-in-build/), which is quick and does exactly what each case
 * needs, and once a real `npm run build` in a copy of the project.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { descendantsOf, isRunning, stillRunning, type SeenProcess } from '../../scripts/lib/process-tree.ts';

/**
 * Waits until every process of `tree` has ended, up to a ceiling: the build has sent SIGKILL 3 s
 * after SIGTERM at the latest, and a killed process leaves /proc once the kernel has run its exit,
 * which on a busy machine is not always before the build's own output has ended.
 */
async function everyProcessEnds(tree: readonly SeenProcess[]): Promise<void> {
  await vi.waitFor(() => expect(tree.filter(stillRunning)).toEqual([]), { timeout: 15_000, interval: 50 });
}

const root = process.cwd();
/** The project's own Node (package.json), which runs scripts/build.ts as it is. */
const node = join(root, 'node_modules/.bin/node');
const standInBuild = join(root, 'tests/support/stand-in-build/build.ts');

let project: string;
let markers: string;
const started: ChildProcess[] = [];

/** A digest of every file under `dir` (paths and bytes), or 'absent'. */
function treeHash(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(at, entry.name);
      hash.update(`${relative(dir, path)}\0`);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const outputs = () => ({ dist: treeHash(join(project, 'dist')), offline: treeHash(join(project, 'dist-offline')) });

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'build-signals-'));
  markers = join(project, 'markers');
  mkdirSync(markers);
  for (const [dir, text] of [
    ['dist', 'previous site'],
    ['dist-offline', 'previous offline copy'],
  ] as const) {
    mkdirSync(join(project, dir, 'nested'), { recursive: true });
    writeFileSync(join(project, dir, 'index.html'), text);
    writeFileSync(join(project, dir, 'nested', 'page.html'), `${text}, nested`);
  }
});

afterEach(() => {
  for (const child of started) if (child.pid && isRunning(child.pid)) child.kill('SIGKILL');
  // After a failed case, no stand-in step or helper may be left running on the machine.
  for (const folder of [markers, join(project, 'markers-b'), join(project, 'markers-second')]) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      const pids = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, number>;
      for (const [role, pid] of Object.entries(pids)) if (role !== 'build' && isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }
  started.length = 0;
  rmSync(project, { recursive: true, force: true });
});

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a command in the project copy; `done` settles once it and everything holding its output have ended. */
function start(command: string, args: string[], env: Record<string, string> = {}, options: { detached?: boolean } = {}) {
  const child = spawn(command, args, { cwd: project, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const startStandIn = (env: Record<string, string>, options: { detached?: boolean } = {}) => start(node, [standInBuild, markers], env, options);

/** The pids a stand-in step wrote once it had started its helpers, waiting until it has. */
async function stepPids(step: string): Promise<{ step: number; build: number; inGroup: number; ownGroup: number }> {
  const file = join(markers, `${step}.json`);
  await vi.waitFor(() => expect(existsSync(file)).toBe(true), { timeout: 50_000, interval: 20 });
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every process the build had started, as seen now (before the stop), so a reused pid is not mistaken for one. */
const treeOf = (pid: number): SeenProcess[] => descendantsOf(pid);

/** Once a build has ended: nothing it started still runs, dist/ and dist-offline/ are as they were, its lock is gone. */
async function expectLeftAsItWas(before: ReturnType<typeof outputs>, tree: SeenProcess[]) {
  await everyProcessEnds(tree);
  expect(outputs()).toEqual(before);
  expect(existsSync(join(project, '.build', 'lock'))).toBe(false);
}

async function expectStoppedCleanly(result: Finished, before: ReturnType<typeof outputs>, tree: SeenProcess[], exitCode: number, reason: string) {
  expect(result.code).toBe(exitCode);
  const stopLines = result.stderr.split('\n').filter((line) => line.includes('Build stopped'));
  expect(stopLines).toEqual([`✗ Build stopped (${reason}): every step was ended; dist/ and dist-offline/ are left as they were.`]);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  await expectLeftAsItWas(before, tree);
  expect(existsSync(join(project, '.build', 'dist-next'))).toBe(false);
  expect(existsSync(join(project, '.build', 'offline-next'))).toBe(false);
}

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('%s sent to the build alone ends every step and what it started, and leaves dist/ as it was', async (signal, exitCode) => {
  const before = outputs();
  const { child, done } = startStandIn({ STAND_IN_HANG: 'site' });
  const pids = await stepPids('site');
  const tree = treeOf(child.pid!);
  expect(tree.map((seen) => seen.pid)).toEqual(expect.arrayContaining([pids.step, pids.inGroup, pids.ownGroup]));
  child.kill(signal);
  await expectStoppedCleanly(await done, before, tree, exitCode, signal);
  // The steps after the stopped one never started.
  expect(existsSync(join(markers, 'handouts.json'))).toBe(false);
});

test('SIGINT to the whole process group (Ctrl-C) during the offline step ends it; the staged site is removed', async () => {
  const before = outputs();
  const { child, done } = startStandIn({ STAND_IN_HANG: 'offline' }, { detached: true });
  await stepPids('offline');
  expect(existsSync(join(project, '.build', 'dist-next'))).toBe(true);
  const tree = treeOf(child.pid!);
  process.kill(-child.pid!, 'SIGINT');
  await expectStoppedCleanly(await done, before, tree, 130, 'SIGINT');
});

test('a step that ignores SIGTERM, and its helpers, are ended with SIGKILL', async () => {
  const before = outputs();
  const { child, done } = startStandIn({ STAND_IN_HANG: 'handouts', STAND_IN_IGNORE_TERM: '1' });
  await stepPids('handouts');
  const tree = treeOf(child.pid!);
  child.kill('SIGTERM');
  await expectStoppedCleanly(await done, before, tree, 143, 'SIGTERM');
});

// As package.json's build script, through `exec`: npm passes SIGINT and SIGTERM to its child, and
// without `exec` that child would be a shell that passes nothing on.
test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s sent to npm stops the build', async (signal) => {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'stand-in', private: true, scripts: { build: `exec "${node}" "${standInBuild}" "${markers}"` } }));
  const before = outputs();
  const { child, done } = start('npm', ['run', '--silent', 'build'], { STAND_IN_HANG: 'site' });
  const pids = await stepPids('site');
  const tree = treeOf(child.pid!);
  expect(tree.map((seen) => seen.pid)).toContain(pids.build);
  child.kill(signal);
  // npm itself ends at once; `done` waits for the build too, which holds npm's output open.
  const result = await done;
  // npm passes SIGINT and SIGTERM on; on SIGHUP it ends without, and the build sees its parent end.
  const reason = signal === 'SIGHUP' ? 'its parent process ended' : signal;
  expect(result.stderr).toContain(`✗ Build stopped (${reason}): every step was ended; dist/ and dist-offline/ are left as they were.`);
  await expectLeftAsItWas(before, tree);
});

test('the build stops when its parent is killed outright', async () => {
  const before = outputs();
  // A parent that starts the build and waits: SIGKILL gives it no chance to pass anything on.
  const { child, done } = start(process.execPath, [
    '-e',
    `require('node:child_process').spawn(${JSON.stringify(node)}, ${JSON.stringify([standInBuild, markers])}, { stdio: 'inherit' }); setInterval(() => {}, 1000);`,
  ], { STAND_IN_HANG: 'site' });
  await stepPids('site');
  const tree = treeOf(child.pid!);
  child.kill('SIGKILL');
  const result = await done;
  expect(result.stderr).toContain('✗ Build stopped (its parent process ended)');
  await expectLeftAsItWas(before, tree);
});

test('a build that fails with an uncaught error leaves no step running', async () => {
  const before = outputs();
  const { child, done } = startStandIn({ STAND_IN_HANG: 'site', STAND_IN_CRASH_WHEN: 'site' });
  const pids = await stepPids('site');
  const tree = treeOf(child.pid!).filter((seen) => [pids.step, pids.inGroup, pids.ownGroup].includes(seen.pid));
  const result = await done;
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('stand-in crash');
  await expectLeftAsItWas(before, tree);
});

test('when dist-offline/ cannot be put in place, dist/ is put back too', async () => {
  const before = outputs();
  const { done } = startStandIn({ STAND_IN_NO_OUTPUT: 'offline' });
  const result = await done;
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/✗ Could not put the new build in place: ENOENT.*dist\/ and dist-offline\/ are left as they were\./);
  expect(outputs()).toEqual(before);
  expect(existsSync(join(project, '.build', 'swap-journal.json'))).toBe(false);
});

test('a build finished without a stop replaces both folders', async () => {
  const result = await startStandIn({}).done;
  expect(result.code).toBe(0);
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('new site');
  expect(readFileSync(join(project, 'dist-offline', 'index.html'), 'utf8')).toBe('new offline');
});

test('a second build in the same folder refuses, naming the first one\'s pid; the first goes on', async () => {
  const first = startStandIn({ STAND_IN_HANG: 'site' });
  await stepPids('site');
  const second = await start(node, [standInBuild, join(project, 'markers-second')], {}).done;
  expect(second.code).toBe(1);
  expect(second.stderr.trim()).toBe(
    `✗ Cannot build: another build (pid ${first.child.pid}) is running in this folder; wait for it to finish or stop it (kill ${first.child.pid}), then build again.`,
  );
  expect(isRunning(first.child.pid!)).toBe(true);
  first.child.kill('SIGTERM');
  expect((await first.done).code).toBe(143);
});

test('of two builds started at once, one runs and the other refuses, naming its pid', async () => {
  mkdirSync(join(project, 'markers-b'));
  const a = start(node, [standInBuild, markers], { STAND_IN_HANG: 'site' });
  const b = start(node, [standInBuild, join(project, 'markers-b')], { STAND_IN_HANG: 'site' });
  // The refused one ends on its own; the other hangs in its site step until it is stopped.
  const { refused, running } = await Promise.race([
    a.done.then((result) => ({ refused: result, running: b })),
    b.done.then((result) => ({ refused: result, running: a })),
  ]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`✗ Cannot build: another build (pid ${running.child.pid}) is running in this folder`);
  expect(isRunning(running.child.pid!)).toBe(true);
  running.child.kill('SIGTERM');
  expect((await running.done).code).toBe(143);
});

test('a stale lock (its build was killed outright) is taken over', async () => {
  const ended = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
  mkdirSync(join(project, '.build'));
  writeFileSync(join(project, '.build', 'lock'), `${ended}\n`);
  const result = await startStandIn({}).done;
  expect(result.code).toBe(0);
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('new site');
});

test('a swap cut short by a crash is undone by the next build before anything else', async () => {
  // As a crash after the first two renames leaves it: the new site in dist/, the old one retired.
  const build = join(project, '.build');
  mkdirSync(build);
  const before = outputs();
  spawnSync('mv', [join(project, 'dist'), join(build, 'dist-previous')]);
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'half-swapped new site');
  writeFileSync(
    join(build, 'swap-journal.json'),
    JSON.stringify({
      pairs: [
        { staged: join(build, 'dist-next'), final: join(project, 'dist'), retired: join(build, 'dist-previous'), finalExisted: true },
        { staged: join(build, 'offline-next'), final: join(project, 'dist-offline'), retired: join(build, 'offline-previous'), finalExisted: true },
      ],
    }),
  );
  const { child, done } = startStandIn({ STAND_IN_HANG: 'check' });
  await stepPids('check');
  expect(outputs()).toEqual(before);
  child.kill('SIGTERM');
  const result = await done;
  expect(result.stderr).toContain('! The previous build was cut short while it replaced dist/ and dist-offline/');
  expect(outputs()).toEqual(before);
});

test('SIGTERM to a real `npm run build` ends astro build, the check and Pagefind, and leaves dist/ as it was', { timeout: 180_000 }, async () => {
  copyProject(project);
  const before = outputs();
  const { child, done } = start('npm', ['run', 'build'], { SITE_HANDOUTS: 'off' });
  const running = (command: RegExp) => descendantsOf(child.pid!).some((seen) => command.test(readFileSync(`/proc/${seen.pid}/cmdline`, 'utf8')));
  // astro build is rendering pages, and the build's own process indexes them with Pagefind beside it.
  await vi.waitFor(() => expect(running(/astro/) && running(/pagefind/)).toBe(true), { timeout: 60_000, interval: 50 });
  const tree = treeOf(child.pid!);
  child.kill('SIGTERM');
  const result = await done;
  expect(result.stderr).toContain('✗ Build stopped (SIGTERM): every step was ended; dist/ and dist-offline/ are left as they were.');
  await expectLeftAsItWas(before, tree);
  expect(existsSync(join(project, '.build', 'dist-next'))).toBe(false);
});
