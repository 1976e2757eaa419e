/**
 * The one module through which the build hands work to threads (src/build/thread.ts): its protocol,
 * its keep-alive and failure rules, its pool and its store; and every worker module of the build
 * loads the way its thread is started.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { processWide, startThread, startThreadPool } from '../../src/build/thread';
import type { TestQuestion } from '../support/thread-id-worker';

const testWorker = new URL('../support/thread-id-worker.ts', import.meta.url);
const start = (itemsPerMessage = 1) => startThread<string, TestQuestion, number | string[]>(testWorker, { name: 'test', itemsPerMessage });

/** Runs an ES module with plain Node (no TypeScript loader) and returns what it printed. */
function runPlainNode(script: string): string {
  const work = mkdtempSync(join(tmpdir(), 'thread-'));
  try {
    const file = join(work, 'script.mjs');
    writeFileSync(file, script);
    return execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('a build thread', () => {
  test('hands posted items over, in order, before the next request, however many wait for a full message', async () => {
    const thread = start(8);
    try {
      for (const item of ['a', 'b', 'c']) thread.post(item);
      expect(await thread.request('items')).toEqual(['a', 'b', 'c']);
    } finally {
      await thread.stop();
    }
  });

  test('matches answers to their requests, whatever order they come in', async () => {
    const thread = start();
    try {
      expect(await Promise.all([thread.request({ wait: 1 }), thread.request('items'), thread.request({ wait: 2 })])).toEqual([1, [], 2]);
    } finally {
      await thread.stop();
    }
  });

  test('fails a request it cannot answer with its own message, and goes on answering', async () => {
    const thread = start();
    try {
      await expect(thread.request('fail')).rejects.toThrow('this job cannot be done');
      expect(typeof (await thread.request('thread'))).toBe('number');
    } finally {
      await thread.stop();
    }
  });

  test('that stops before its work is done fails what waits and every later request, naming the thread', async () => {
    const thread = start();
    await expect(thread.request('crash')).rejects.toThrow('The test thread stopped before its work was done (exit code 3).');
    await expect(thread.request('thread')).rejects.toThrow('The test thread stopped before its work was done');
    await thread.stop();
  });

  test('keeps the process alive while an answer is awaited, and only then', () => {
    const importThread = `import { startThread } from ${JSON.stringify(new URL('../../src/build/thread.ts', import.meta.url).href)};
      const thread = startThread(new URL(${JSON.stringify(testWorker.href)}), { name: 'test' });`;
    // Nothing else keeps this process alive while it waits: the answer still comes.
    expect(runPlainNode(`${importThread} console.log(await thread.request({ wait: 7 }));`)).toBe('7\n');
    // Nothing is awaited: the process ends on its own, although the thread was never stopped.
    expect(runPlainNode(`${importThread} thread.post('x'); console.log('done');`)).toBe('done\n');
  });
});

describe('a thread pool', () => {
  test("deals each job to the thread with the least work so far, and answers in the jobs' order", async () => {
    const pool = startThreadPool<{ weight: number }, number>(testWorker, { name: 'test', most: 2 });
    try {
      // One heavy job, then light ones: dealt in turn, every other light job would wait behind the heavy one.
      const jobs = [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1].map((weight) => ({ weight }));
      const threads = await pool.run(jobs, (job) => job.weight);
      expect(threads).toHaveLength(jobs.length);
      const heavy = threads[0];
      expect(threads.slice(1).every((thread) => thread !== heavy)).toBe(true);
      // With one weight for every job, they alternate.
      const even = await pool.run([{ weight: 1 }, { weight: 1 }, { weight: 1 }, { weight: 1 }]);
      expect(even[0]).not.toBe(even[1]);
      expect(even[0]).toBe(even[2]);
    } finally {
      await pool.close();
    }
  });
});

test('a process-wide value is the same for every copy of a module, under its name', async () => {
  const first = processWide<number>('test-store');
  const second = processWide<number>('test-store');
  first.set(5);
  expect(second.get()).toBe(5);
  expect(processWide<number>('other-store').get()).toBeUndefined();
  second.set(undefined);
  expect(first.get()).toBeUndefined();
});

/** Every module that serves a thread: the build's own and the offline copy's. */
function workerModules(): string[] {
  const folders = ['src/build', 'scripts/offline'];
  return folders
    .flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)))
    .filter((file) => file.endsWith('.ts') && /\bserveThread[<(]/.test(readFileSync(file, 'utf8')) && !file.endsWith('thread.ts'));
}

describe('every worker module loads the way its thread is started', () => {
  // Imported on the main thread, a worker module resolves every import and then stops at
  // serveThread, which needs a parent: that message proves the whole import graph loaded.
  const loaded = 'serveThread() runs in a worker thread started by startThread().';

  test('there are worker modules to load', () => {
    expect(workerModules()).toEqual(
      expect.arrayContaining(['src/build/body-thread-worker.ts', 'src/build/entry-data-writer.ts', 'src/build/indexer-thread-worker.ts', 'scripts/offline/page-worker.ts', 'scripts/offline/zip-worker.ts']),
    );
  });

  // Astro's process has no TypeScript loader: its threads' modules must load in plain Node.
  test.each(workerModules().filter((file) => file.startsWith('src/build/')))('%s, in plain Node', (file) => {
    const url = pathToFileURL(file).href;
    expect(runPlainNode(`try { await import(${JSON.stringify(url)}); console.log('no error'); } catch (error) { console.log(error.message); }`)).toBe(`${loaded}\n`);
  });

  // The offline step runs under tsx, and its threads inherit its loader.
  test.each(workerModules().filter((file) => file.startsWith('scripts/')))('%s, in Node with tsx as the offline step runs it', (file) => {
    const url = pathToFileURL(file).href;
    const work = mkdtempSync(join(tmpdir(), 'thread-'));
    try {
      const script = join(work, 'script.mjs');
      writeFileSync(script, `try { await import(${JSON.stringify(url)}); console.log('no error'); } catch (error) { console.log(error.message); }`);
      expect(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 })).toBe(`${loaded}\n`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
