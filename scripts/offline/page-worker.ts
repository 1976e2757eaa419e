import { workerData } from 'node:worker_threads';
import { pageJobs, type PageWorkerSetup } from './build-copy';
import { serveJobs } from './worker-pool';

/**
 * A worker of `build-copy.ts`: rewrites pages into the copy, and fills the ZIP's size into served
 * pages. It runs with the loader the build runs with (tsx), which worker threads inherit.
 */
serveJobs(pageJobs(workerData as PageWorkerSetup));
