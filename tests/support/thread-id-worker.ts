/** A worker for WorkerPool's tests: answers every job with the id of the thread that ran it. */
import { threadId } from 'node:worker_threads';
// With its extension: Node runs this worker as it is (type stripping), without tsx's loader.
import { serveJobs } from '../../scripts/offline/worker-pool.ts';

serveJobs(() => threadId);
