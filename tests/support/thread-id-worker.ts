/**
 * A worker for the thread module's tests (src/build/thread.ts): answers a job with the id of the
 * thread that ran it, keeps the items it is posted, and fails on request.
 */
import { threadId } from 'node:worker_threads';
// With its extension: Node runs this worker as it is (type stripping), without tsx's loader.
import { serveThread } from '../../src/build/thread.ts';

const items: string[] = [];

/** `weight` is for the pool's dealing; the answer is the thread's id. */
export type TestQuestion = 'thread' | 'items' | 'fail' | 'crash' | { wait: number } | { weight: number };

serveThread<string, TestQuestion, number | string[]>({
  item: (item) => items.push(item),
  answer: async (question) => {
    if (question === 'thread') return threadId;
    if (question === 'items') return [...items];
    if (question === 'fail') throw new Error('this job cannot be done');
    if (question === 'crash') process.exit(3);
    if ('weight' in question) return threadId;
    // Answers after the later questions have been answered: answers are matched by id, not order.
    await new Promise((resolve) => setImmediate(resolve));
    return question.wait;
  },
});
