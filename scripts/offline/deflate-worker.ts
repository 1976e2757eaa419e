import { deflateSync } from 'fflate';
// With its extension: Node runs this worker as it is (type stripping), even where tsx is not loaded (unit tests).
import { serveJobs } from './worker-pool.ts';

/**
 * A worker of `zip.ts`: deflates the files it is sent, with fflate (the same bytes on every
 * machine). Plain TypeScript that Node runs as it is.
 */

/** A file's bytes, and the deflate level. */
export interface DeflateJob {
  bytes: Uint8Array;
  level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

// fflate's output is a plain (not shared) ArrayBuffer, which is handed back without a copy.
serveJobs(
  ({ bytes, level }: DeflateJob) => deflateSync(bytes, { level }) as Uint8Array<ArrayBuffer>,
  (deflated) => [deflated.buffer],
);
