/** The body thread (body-thread.ts): writes out each rendered body it is handed, in its language's context. */
import { bodyContextFrom, writeOutBody, type BodyContext } from '../lib/entry-body.ts';
import type { BodyContextItem, BodyQuestion } from './body-thread.ts';
import { serveThread } from './thread.ts';

const contexts = new Map<string, BodyContext>();

serveThread<BodyContextItem, BodyQuestion, string>({
  item: ({ key, context }) => contexts.set(key, bodyContextFrom(context)),
  answer: ({ key, html, entry, outdated }) => {
    const context = contexts.get(key);
    if (!context) throw new Error(`No context was handed over for "${key}" before its first body.`);
    return writeOutBody(html, context, entry, outdated);
  },
});
