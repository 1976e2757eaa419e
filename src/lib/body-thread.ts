/**
 * Entry bodies written out (src/lib/entry-body.ts) on a thread of their own during a build. Astro
 * renders every page on one thread; the body pass (finding the `<Para>` and `<Ref>` markers in the
 * rendered body and writing them out, glossary links included) is pure string work, so it runs on
 * the core Astro leaves free while Astro goes on rendering the next page. At a thousand speeches it
 * was 1.5 s of Astro's thread.
 *
 * The body-thread integration (src/integrations/body-thread.ts) starts the thread when a build
 * starts and ends it when the build is done; the pages find it on globalThis, as they are bundled
 * apart from the integration and each gets its own copy of this module. Without a thread (the dev
 * server), bodies are written out on the page's own thread (src/lib/body-writer.ts). This module
 * imports nothing of the site, so the integration loads it as it is.
 */
import { Worker } from 'node:worker_threads';
import type { PortableBodyContext } from './entry-body.ts';

export type ToBodyThread =
  | { kind: 'context'; key: string; context: PortableBodyContext }
  | { kind: 'body'; id: number; key: string; html: string; entry: string | undefined };
export type FromBodyThread = { id: number; html: string } | { id: number; error: string };

export interface BodyThread {
  /**
   * The rendered body with its markers written out, with the context filed under `key` (one per
   * language). The context is handed over with the first body under its key.
   */
  complete(html: string, key: string, context: PortableBodyContext, entry?: string): Promise<string>;
}

const threadKey: unique symbol = Symbol.for('cao-bang-study.body-thread');
const store = globalThis as typeof globalThis & { [threadKey]?: { thread: BodyThread; stop: () => Promise<void> } };

/** The build's body thread, or undefined when there is none (the dev server). */
export function bodyThread(): BodyThread | undefined {
  return store[threadKey]?.thread;
}

/** Starts the thread for a build (the integration calls it). */
export function startBodyThread(): void {
  // Node strips the thread's types itself (its modules import each other by their `.ts` names).
  const worker = new Worker(new URL('./body-thread-worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
  // The thread keeps the process alive only while a page waits for its body: a failed build must
  // be able to exit while the thread is waiting for the next one.
  const keepAliveWhileWaitedFor = () => {
    if (pending.size === 0) worker.unref();
    else worker.ref();
  };
  const contexts = new Map<string, PortableBodyContext>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    keepAliveWhileWaitedFor();
  };
  worker.on('message', (message: FromBodyThread) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    keepAliveWhileWaitedFor();
    if ('error' in message) waiting?.reject(new Error(message.error));
    else waiting?.resolve(message.html);
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('The body thread stopped before the build was done.')));
  // After the listeners: listening for messages refs the thread again.
  keepAliveWhileWaitedFor();
  const post = (message: ToBodyThread) => worker.postMessage(message);
  const thread: BodyThread = {
    complete(html, key, context, entry) {
      if (failure) return Promise.reject(failure);
      if (contexts.get(key) !== context) {
        contexts.set(key, context);
        post({ kind: 'context', key, context });
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        keepAliveWhileWaitedFor();
        post({ kind: 'body', id, key, html, entry });
      });
    },
  };
  store[threadKey] = {
    thread,
    stop: async () => {
      failure ??= new Error('The body thread was stopped.');
      await worker.terminate();
    },
  };
}

/** Ends the thread (the integration calls it when the build is done). */
export async function stopBodyThread(): Promise<void> {
  const running = store[threadKey];
  delete store[threadKey];
  await running?.stop();
}
