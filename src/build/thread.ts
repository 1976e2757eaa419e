/**
 * The one way the build hands work to a worker thread. Astro renders pages on one thread and the
 * offline copy's main thread copies files; what can be done beside them (writing bodies out, writing
 * files, indexing, rewriting pages, deflating) goes to a thread started here, and every hand-over
 * follows the same rules:
 *
 * - **One protocol.** `post` hands over a one-way item; items travel in batches (`itemsPerMessage`,
 *   or sooner, before the next request), since each message costs the sending thread something of
 *   its own. `request` hands over a question and resolves with its answer, matched by id, in
 *   whatever order answers come. Buffers listed as transfers are moved to the thread, not copied.
 * - **One keep-alive rule.** A thread keeps the process alive exactly while an answer is awaited:
 *   a build that fails must be able to exit while its threads wait for more work.
 * - **One failure rule.** A thread that throws or stops before `stop()` fails every request
 *   waiting and every later one with an error naming the thread; an error thrown while answering a
 *   request fails that request alone, with the thread's own message.
 * - **One named store.** The pages and the integrations are bundled apart, so each has its own copy
 *   of a module: what both must share in one process is kept under a name (`processWide`).
 *
 * Worker modules are loaded by Node as they are (it strips their types), so this module and every
 * worker module import nothing but Node's own modules and each other, by their `.ts` names.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

type ToThread<Item, Question> = { kind: 'items'; items: Item[] } | { kind: 'request'; id: number; question: Question };
type FromThread<Answer> = { id: number; answer: Answer } | { id: number; error: string };

export interface ThreadOptions {
  /** What the thread is, for error messages: `body`, `search indexer`. */
  name: string;
  /** Handed to the worker module as `workerData`. */
  data?: unknown;
  /** Items posted per message (1 sends each at once). */
  itemsPerMessage?: number;
}

export interface BuildThread<Item, Question, Answer> {
  /** Hands over a one-way item; `transfer` lists buffers to move with it. Nothing after a failure. */
  post(item: Item, transfer?: ArrayBuffer[]): void;
  /** Hands over the items still waiting, then the question; resolves with the thread's answer. */
  request(question: Question): Promise<Answer>;
  /** Ends the thread: what still waits for an answer fails. */
  stop(): Promise<void>;
}

/** Starts `module` (a worker module calling `serveThread`) on a thread of its own. */
export function startThread<Item, Question, Answer>(module: URL, { name, data, itemsPerMessage = 1 }: ThreadOptions): BuildThread<Item, Question, Answer> {
  const worker = new Worker(module, { workerData: data });
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  const keepAliveWhileAnswersAreAwaited = () => (pending.size === 0 ? worker.unref() : worker.ref());
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
    keepAliveWhileAnswersAreAwaited();
  };
  worker.on('message', (message: FromThread<Answer>) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    keepAliveWhileAnswersAreAwaited();
    if ('error' in message) waiting?.reject(new Error(message.error));
    else waiting?.resolve(message.answer);
  });
  worker.on('error', (error) => fail(new Error(`The ${name} thread failed: ${error.message}`)));
  worker.on('exit', (code) => fail(new Error(`The ${name} thread stopped before its work was done (exit code ${code}).`)));
  // After the listeners: listening for messages refs the thread again.
  keepAliveWhileAnswersAreAwaited();

  let waitingItems: Item[] = [];
  let waitingTransfers: ArrayBuffer[] = [];
  const sendItems = () => {
    if (waitingItems.length === 0) return;
    worker.postMessage({ kind: 'items', items: waitingItems } satisfies ToThread<Item, Question>, waitingTransfers);
    waitingItems = [];
    waitingTransfers = [];
  };
  let nextId = 0;
  return {
    post(item, transfer = []) {
      if (failure) return;
      waitingItems.push(item);
      waitingTransfers.push(...transfer);
      if (waitingItems.length >= itemsPerMessage) sendItems();
    },
    request(question) {
      if (failure) return Promise.reject(failure);
      sendItems();
      const id = nextId++;
      return new Promise<Answer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        keepAliveWhileAnswersAreAwaited();
        worker.postMessage({ kind: 'request', id, question } satisfies ToThread<Item, Question>);
      });
    },
    async stop() {
      fail(new Error(`The ${name} thread was stopped.`));
      await worker.terminate();
    },
  };
}

/** What a worker module does with what it is handed. */
export interface ThreadService<Item, Question, Answer> {
  /** Each posted item, in order. A throw here fails the thread (and so its next request). */
  item?(item: Item): void;
  /** Each request's answer, or a promise of it; a throw fails that request with its message. */
  answer(question: Question): Answer | Promise<Answer>;
  /** Buffers of an answer to move back rather than copy. */
  transferOf?(answer: Answer): ArrayBuffer[];
}

/** In a worker module: serves what `startThread` hands over. */
export function serveThread<Item, Question, Answer>(service: ThreadService<Item, Question, Answer>): void {
  const port = parentPort;
  if (!port) throw new Error('serveThread() runs in a worker thread started by startThread().');
  port.on('message', (message: ToThread<Item, Question>) => {
    if (message.kind === 'items') {
      for (const item of message.items) service.item?.(item);
      return;
    }
    const { id, question } = message;
    const failed = (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies FromThread<Answer>);
    try {
      void Promise.resolve(service.answer(question)).then(
        (answer) => port.postMessage({ id, answer } satisfies FromThread<Answer>, service.transferOf?.(answer) ?? []),
        failed,
      );
    } catch (error) {
      failed(error);
    }
  });
}

export interface ThreadPool<Job, Result> {
  /**
   * Runs the jobs; their results, in the jobs' order. Each job goes to the thread with the least
   * work dealt so far, by `weight` (one per job unless given).
   */
  run(jobs: readonly Job[], weight?: (job: Job) => number): Promise<Result[]>;
  /** Ends every thread. */
  close(): Promise<void>;
}

/**
 * One thread of `module` per core (at most `most`), each answering jobs as requests. Jobs are all
 * dealt out when they are given, so the threads go on while the main thread does its own work.
 */
export function startThreadPool<Job, Result>(module: URL, options: ThreadOptions & { most?: number }): ThreadPool<Job, Result> {
  const size = Math.max(1, Math.min(availableParallelism(), options.most ?? Number.POSITIVE_INFINITY));
  const threads = Array.from({ length: size }, () => startThread<never, Job, Result>(module, options));
  return {
    run(jobs, weight = () => 1) {
      const dealt = threads.map(() => 0);
      return Promise.all(
        jobs.map((job) => {
          const least = dealt.indexOf(Math.min(...dealt));
          dealt[least]! += weight(job);
          return threads[least]!.request(job);
        }),
      );
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.stop()));
    },
  };
}

/**
 * A value shared by every copy of a module in this process, kept on `globalThis` under
 * `Symbol.for(name)`: the integration's copy of a module starts a thread, the pages' copy uses it.
 */
export function processWide<Value>(name: string): { get(): Value | undefined; set(value: Value | undefined): void } {
  const key = Symbol.for(`study-library.${name}`);
  const store = globalThis as typeof globalThis & Record<symbol, Value | undefined>;
  return {
    get: () => store[key],
    set: (value) => {
      if (value === undefined) delete store[key];
      else store[key] = value;
    },
  };
}
