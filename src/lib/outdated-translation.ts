/**
 * The ¶ of a translated speech that are behind their original (src/lib/translation-status.ts), once
 * per entry in a build, from the paragraphs the content check handed over (src/lib/backlinks.ts,
 * `paragraphsOf`): the speech page marks them, and its data.js lists them for the parallel view.
 */
import { paragraphsOf } from './backlinks';
import { oncePerBuild } from './build-cache';
import { entryAt, type Localized } from './entries';
import { originalLang } from './languages';
import { outdatedParagraphs } from './translation-status';

const built = new Map<string, Promise<number[]>>();

/** The outdated ¶ numbers of `speech`: none in the original language, or without an original. */
export function outdatedParagraphsOf(speech: Localized<'speeches'>): Promise<number[]> {
  return oncePerBuild(built, speech.id, async () => {
    if (speech.lang === originalLang) return [];
    // The check reports a translation without its original; the page then has nothing to compare.
    const original = await entryAt('speeches', originalLang, speech.slug);
    return original ? outdatedParagraphs(paragraphsOf(original), paragraphsOf(speech)) : [];
  });
}
