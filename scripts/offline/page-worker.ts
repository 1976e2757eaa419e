import { workerData } from 'node:worker_threads';
import { pageJobs, type PageJob, type PageWorkerSetup } from './build-copy';
import { serveThread } from '../../src/build/thread.ts';

/**
 * A worker of `build-copy.ts`: rewrites pages into the copy, and fills the ZIP's size into served
 * pages. It runs with the loader the build runs with (tsx), which worker threads inherit.
 */
// Set up by the first job, from the setup the pool was started with.
let run: ReturnType<typeof pageJobs> | undefined;
serveThread({ answer: (job: PageJob) => (run ??= pageJobs(workerData as PageWorkerSetup))(job) });
