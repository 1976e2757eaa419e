/**
 * Entry bodies rendered from their files (src/lib/mdx-body.ts) and written out
 * (src/lib/entry-body.ts) on a thread of their own during a build. Astro renders every page on one
 * thread; parsing a body's MDX, writing it as HTML and then finding its `<Para>` and `<Ref>` markers
 * and writing them out, glossary links included, needs nothing of Astro's, so it runs on the core
 * Astro leaves free while Astro goes on rendering the next page.
 *
 * The body-thread integration (src/integrations/body-thread.ts) starts the thread when a build
 * starts and ends it when the build is done; the pages find it in the process-wide store
 * (src/build/thread.ts). Without a thread (the dev server), bodies are written out on the page's
 * own thread (src/lib/body-writer.ts).
 */
import type { OutdatedParagraphs, PortableBodyContext } from '../lib/entry-body.ts';
import { processWide, startThread, type BuildThread } from './thread.ts';

/** A language's context, handed over once, before the first body that needs it. */
export interface BodyContextItem {
  key: string;
  context: PortableBodyContext;
}

/** An entry's file whose body to render and write out in the context filed under `key`; `entry` is its `collection/id`. */
export interface BodyQuestion {
  key: string;
  file: string;
  entry: string | undefined;
  outdated: OutdatedParagraphs | undefined;
}

export interface BodyThread {
  /**
   * The body of the entry in `file`, rendered, with its markers written out, with the context filed
   * under `key` (one per language). The context is handed over with the first body under its key. `entry`, the body's
   * own `collection/id`, tells a paragraph's stated relations from the editors' ones; `outdated`
   * names the translated ¶ to mark as behind their original.
   */
  complete(file: string, key: string, context: PortableBodyContext, entry?: string, outdated?: OutdatedParagraphs): Promise<string>;
}

const running = processWide<{ thread: BodyThread; stop: () => Promise<void> }>('body-thread');

/** The build's body thread, or undefined when there is none (the dev server). */
export function bodyThread(): BodyThread | undefined {
  return running.get()?.thread;
}

/** Starts the thread for a build (the integration calls it). */
export function startBodyThread(): void {
  const thread: BuildThread<BodyContextItem, BodyQuestion, string> = startThread(new URL('./body-thread-worker.ts', import.meta.url), { name: 'body' });
  const contexts = new Map<string, PortableBodyContext>();
  running.set({
    thread: {
      complete(file, key, context, entry, outdated) {
        if (contexts.get(key) !== context) {
          contexts.set(key, context);
          thread.post({ key, context });
        }
        return thread.request({ key, file, entry, outdated });
      },
    },
    stop: () => thread.stop(),
  });
}

/** Ends the thread (the integration calls it when the build is done). */
export async function stopBodyThread(): Promise<void> {
  const stopping = running.get();
  running.set(undefined);
  await stopping?.stop();
}
