import { checkedParagraphsOf, type CheckedParagraph } from './checked-paragraphs';
import { readEntryBody } from './content-files';
import { entriesOf } from './entries';
import { usesTerm } from './glossary';
import { originalLang, type Lang } from './languages';
import { entryAddressOf, parseReference } from './references';
import { speechParagraphs } from './speech-paragraphs';
import type { Passage } from '../schemas/common';

const paragraphCache = new Map<string, CheckedParagraph[]>();

/**
 * The numbered paragraphs of a speech body, found once per build: by the content check, or here.
 * The body is read from the entry's file, as the content store keeps none (src/content.config.ts).
 */
export function paragraphsOf(speech: { id: string; filePath?: string | undefined }): CheckedParagraph[] {
  let paragraphs = paragraphCache.get(speech.id);
  if (!paragraphs) {
    if (!speech.filePath) throw new Error(`Entry ${speech.id} has no file to read its paragraphs from.`);
    const body = readEntryBody(speech.filePath);
    paragraphs = checkedParagraphsOf(body) ?? speechParagraphs(body);
    paragraphCache.set(speech.id, paragraphs);
  }
  return paragraphs;
}

/** True when a `<Ref to>` address points at this entry (any ¶ of it). */
function pointsAt(address: string, collection: string, id: string): boolean {
  const reference = parseReference(address);
  return reference?.collection === collection && reference.id === id;
}

/** Every speech passage, in `lang`, whose `<Ref>`s point at the entry: one Passage per speech. */
export async function passagesReferring(lang: Lang, collection: string, id: string): Promise<Passage[]> {
  const speeches = await entriesOf('speeches', lang);
  return speeches.flatMap((speech) => {
    const paragraphs = paragraphsOf(speech)
      .filter((paragraph) => paragraph.refs.some((address) => pointsAt(address, collection, id)))
      .map((paragraph) => paragraph.n);
    return paragraphs.length > 0 ? [{ speech: speech.slug, paragraphs }] : [];
  });
}

/** The entries a speech's paragraphs refer to, as `collection/id` addresses without ¶, in order of first mention. */
export function addressesReferredBy(speech: { id: string; filePath?: string | undefined }): string[] {
  const addresses = new Set<string>();
  for (const paragraph of paragraphsOf(speech)) {
    for (const address of paragraph.refs) {
      const reference = parseReference(address);
      if (reference) addresses.add(entryAddressOf(reference));
    }
  }
  return [...addresses];
}

/**
 * Speech passages that use a glossary term. Decided on the originals (paragraphs are aligned, so
 * the same ¶ numbers hold in every translation) with the original entry's `matches`.
 */
export async function passagesUsingTerm(slug: string): Promise<Passage[]> {
  const [terms, speeches] = await Promise.all([entriesOf('glossary', originalLang), entriesOf('speeches', originalLang)]);
  const term = terms.find((entry) => entry.slug === slug);
  if (!term) return [];
  return speeches.flatMap((speech) => {
    const paragraphs = paragraphsOf(speech)
      .filter((paragraph) => usesTerm(paragraph.text, term.data.matches))
      .map((paragraph) => paragraph.n);
    return paragraphs.length > 0 ? [{ speech: speech.slug, paragraphs }] : [];
  });
}
