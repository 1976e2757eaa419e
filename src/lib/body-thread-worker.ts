/** The body thread (body-thread.ts): writes out each rendered body it is handed, in its language's context. */
import { parentPort } from 'node:worker_threads';
import type { FromBodyThread, ToBodyThread } from './body-thread.ts';
import { bodyContextFrom, writeOutBody, type BodyContext } from './entry-body.ts';

const port = parentPort!;
const contexts = new Map<string, BodyContext>();
const answer = (message: FromBodyThread) => port.postMessage(message);

port.on('message', (message: ToBodyThread) => {
  if (message.kind === 'context') {
    contexts.set(message.key, bodyContextFrom(message.context));
    return;
  }
  try {
    const context = contexts.get(message.key);
    if (!context) throw new Error(`No context was handed over for "${message.key}" before its first body.`);
    answer({ id: message.id, html: writeOutBody(message.html, context, message.entry) });
  } catch (error) {
    answer({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
