import { expect, test } from 'vitest';
import { WorkerPool } from '../../scripts/offline/worker-pool';

test('deals each job to the worker with the least work so far, and answers in the jobs\' order', async () => {
  const pool = new WorkerPool<number, number>(new URL('../support/thread-id-worker.ts', import.meta.url), undefined, 2);
  try {
    // One heavy job, then light ones: dealt in turn, every other light job would wait behind the heavy one.
    const weights = [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const threads = await pool.run(weights, undefined, (weight) => weight);
    expect(threads).toHaveLength(weights.length);
    const heavy = threads[0];
    expect(threads.slice(1).every((thread) => thread !== heavy)).toBe(true);
    // With one weight for every job, they alternate.
    const even = await pool.run([1, 1, 1, 1]);
    expect(even[0]).not.toBe(even[1]);
    expect(even[0]).toBe(even[2]);
  } finally {
    await pool.close();
  }
});
