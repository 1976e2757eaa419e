/** The body thread (body-thread.ts): renders and writes out the body of each entry file it is handed, in its language's context. */
import { bodyContextFrom, type BodyContext } from '../lib/entry-body.ts';
import { renderedBody } from '../lib/rendered-body.ts';
import type { BodyContextItem, BodyQuestion } from './body-thread.ts';
import { serveThread } from './thread.ts';

const contexts = new Map<string, BodyContext>();

serveThread<BodyContextItem, BodyQuestion, string>({
  item: ({ key, context }) => contexts.set(key, bodyContextFrom(context)),
  answer: ({ key, file, entry, outdated }) => {
    const context = contexts.get(key);
    if (!context) throw new Error(`No context was handed over for "${key}" before its first body.`);
    return renderedBody(file, context, entry, outdated);
  },
});
