import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * The offline copy's CPU work (rewriting pages, deflating files) on every core: one worker thread
 * per core, each running a module that answers jobs with `serveJobs`. Jobs are all dealt out when
 * they are given (to the worker with the least work so far), so the workers go on while the main
 * thread copies files; results come back in the jobs' order. A job's error fails the whole run
 * with its message.
 */

type Request<Job> = { id: number; job: Job };
type Response<Result> = { id: number; result: Result } | { id: number; error: string };

export class WorkerPool<Job, Result> {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  /** Starts one worker of `module` per core (at most `most`); `data` is their `workerData`. */
  constructor(module: URL, data?: unknown, most = Number.POSITIVE_INFINITY) {
    this.workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), most)) }, () => {
      const worker = new Worker(module, { workerData: data });
      worker.on('message', (response: Response<Result>) => {
        const waiting = this.pending.get(response.id);
        this.pending.delete(response.id);
        if ('error' in response) waiting?.reject(new Error(response.error));
        else waiting?.resolve(response.result);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`A worker of ${module.pathname} stopped (exit code ${code})`)));
      return worker;
    });
  }

  /**
   * Runs the jobs; their results, in the same order. Each job goes to the worker with the least work
   * dealt so far, by `weight` (one per job unless given): a ZIP's files alternate small and large
   * (each page folder holds a `data.js` and an `index.html`), and dealing them in turn gave one
   * worker every page.
   */
  run(jobs: readonly Job[], transfer: (job: Job) => ArrayBuffer[] = () => [], weight: (job: Job) => number = () => 1): Promise<Result[]> {
    const dealt = this.workers.map(() => 0);
    return Promise.all(
      jobs.map((job) => {
        const id = this.nextId++;
        return new Promise<Result>((resolve, reject) => {
          if (this.failure) return reject(this.failure);
          this.pending.set(id, { resolve, reject });
          const least = dealt.indexOf(Math.min(...dealt));
          dealt[least]! += weight(job);
          this.workers[least]!.postMessage({ id, job } satisfies Request<Job>, transfer(job));
        });
      }),
    );
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.failure ??= new Error('The workers were stopped');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private fail(error: Error) {
    if (this.failure) return;
    this.failure = error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

/** In a worker module: answers every job with `handle(job)`; the buffers `transfer(result)` lists are handed over, not copied. */
export function serveJobs<Job, Result>(handle: (job: Job) => Result, transfer: (result: Result) => ArrayBuffer[] = () => []): void {
  parentPort?.on('message', ({ id, job }: Request<Job>) => {
    let response: Response<Result>;
    try {
      response = { id, result: handle(job) };
    } catch (error) {
      parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Response<Result>);
      return;
    }
    parentPort?.postMessage(response, transfer(response.result));
  });
}
