/**
 * Renders an entry's body from its file (src/lib/mdx-body.ts) and writes it out
 * (src/lib/entry-body.ts): on the build's body thread when there is one (src/build/body-thread.ts),
 * else on the page's own thread. Either way with the same context, made once per language in a build.
 */
import { uiStrings } from '../i18n';
import { bodyThread } from '../build/body-thread';
import { oncePerBuild } from './build-cache';
import { bodyContextFrom, type OutdatedParagraphs, type PortableBodyContext } from './entry-body';
import { renderedBody } from './rendered-body';
import { linkableTerms } from './glossary-terms';
import type { Lang } from './languages';
import { refTargetsIn } from './ref-target';

const contexts = new Map<string, Promise<PortableBodyContext>>();

function contextIn(lang: Lang): Promise<PortableBodyContext> {
  return oncePerBuild(contexts, lang, async () => ({
    strings: uiStrings(lang),
    targets: await refTargetsIn(lang, import.meta.env.BASE_URL),
    terms: await linkableTerms(lang),
    lang,
  }));
}

/**
 * The body of the entry in `file` (its path from the project's folder) as HTML, with its `<Para>` and
 * `<Ref>` written out; `entry` is its `collection/id` address, `outdated` the translated ¶ to mark as
 * behind the original.
 */
export async function writtenOutBody(file: string, lang: Lang, entry?: string, outdated?: OutdatedParagraphs): Promise<string> {
  const context = await contextIn(lang);
  const thread = bodyThread();
  return thread ? thread.complete(file, lang, context, entry, outdated) : renderedBody(file, bodyContextFrom(context), entry, outdated);
}
