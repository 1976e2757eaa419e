import { oncePerBuild } from './build-cache';
import { checkedParagraphsOf, type CheckedParagraph } from './checked-paragraphs';
import { readEntryBody } from './content-files';
import { entriesOf } from './entries';
import { originalLang, type Lang } from './languages';
import { entryAddressOf, parseReference } from './references';
import { passagesByEntry, passagesUsingTermIn, passagesWithout, type CitingSpeech } from './passage-pages';
import { kinds, type CollectionName } from '../kinds/index.ts';
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

/** Every speech passage, in `lang`, whose `<Ref>`s point at the entry, but `except`: one Passage per speech. */
export async function passagesReferring(lang: Lang, collection: string, id: string, except?: Passage): Promise<Passage[]> {
  const byEntry = await oncePerBuild(byEntryCache, lang, async () => passagesByEntry((await entriesOf('speeches', lang)).map(citingSpeech)));
  return passagesWithout(byEntry.get(entryAddressOf({ collection, id })) ?? [], except);
}

// Each entry's page, its further passage pages and the map's routes ask for these, per language.
const byEntryCache = new Map<string, Promise<Map<string, Passage[]>>>();

function citingSpeech(speech: { slug: string; id: string; filePath?: string | undefined }): CitingSpeech {
  return { slug: speech.slug, paragraphs: paragraphsOf(speech) };
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
export function passagesUsingTerm(slug: string): Promise<Passage[]> {
  // Decided on the originals, so the same for every language's page.
  return oncePerBuild(termCache, slug, () => findPassagesUsingTerm(slug));
}

const termCache = new Map<string, Promise<Passage[]>>();

async function findPassagesUsingTerm(slug: string): Promise<Passage[]> {
  const [terms, speeches] = await Promise.all([entriesOf('glossary', originalLang), entriesOf('speeches', originalLang)]);
  const term = terms.find((entry) => entry.slug === slug);
  if (!term) return [];
  return passagesUsingTermIn(speeches.map(citingSpeech), term.data.matches);
}

/**
 * The passages an entry's page lists (its kind's `citingPassages`): the paragraphs that refer to it
 * or use it, without the one its `statedIn` names, which the page shows above the list. Empty for a
 * kind whose pages list none.
 */
export async function citingPassagesOf(entry: { collection: CollectionName; slug: string; data: object }, lang: Lang): Promise<Passage[]> {
  const how = kinds[entry.collection].citingPassages?.find;
  if (!how) return [];
  return oncePerBuild(citingCache, `${lang}/${entry.collection}/${entry.slug}`, () => findCitingPassages(entry, lang, how));
}

// An entry's page and the routes of its further passage pages ask for the same list.
const citingCache = new Map<string, Promise<Passage[]>>();

async function findCitingPassages(entry: { collection: CollectionName; slug: string; data: object }, lang: Lang, how: 'refs' | 'term-uses'): Promise<Passage[]> {
  if (how === 'term-uses') return passagesUsingTerm(entry.slug);
  const statedIn = 'statedIn' in entry.data ? (entry.data.statedIn as Passage | undefined) : undefined;
  return passagesReferring(lang, entry.collection, entry.slug, statedIn);
}
