import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'fflate';

/**
 * A worker of `zip.ts`: deflates the files it is sent, with fflate (the same bytes on every machine),
 * and sends each back with the id it came with. Plain TypeScript that Node runs as it is.
 */

/** What the worker is sent: a file's bytes, its id, the deflate level. */
export interface DeflateJob {
  id: number;
  bytes: Uint8Array;
  level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** What it sends back. */
export interface DeflateResult {
  id: number;
  deflated: Uint8Array<ArrayBuffer>;
}

parentPort?.on('message', ({ id, bytes, level }: DeflateJob) => {
  // fflate's output is a plain (not shared) ArrayBuffer, which can be handed over without a copy.
  const deflated = deflateSync(bytes, { level }) as Uint8Array<ArrayBuffer>;
  parentPort?.postMessage({ id, deflated } satisfies DeflateResult, [deflated.buffer]);
});
