/**
 * For every text of the map's first column in a language, the paragraphs that refer to each entry
 * of its other columns: made once per language and build, as the overview and every item's map
 * pages (hundreds of them in a large library) read the same table.
 */
import { paragraphsOf } from './backlinks';
import { oncePerBuild } from './build-cache';
import { entriesOf, type Localized } from './entries';
import type { Lang } from './languages';
import { passagesByEntry } from './passage-pages';
import { parseReference } from './references';
import { collectionNames, kinds } from '../kinds/index.ts';

/** A text, and for each entry it refers to (`collection/id`), its paragraphs that do, in order. */
export interface TextCitations {
  speech: Localized<'speeches'>;
  byTarget: Map<string, number[]>;
}

const built = new Map<string, Promise<TextCitations[]>>();

/** Every text of the map's first column in `lang`, in list order, with what its paragraphs refer to. */
export function mapCitationsIn(lang: Lang): Promise<TextCitations[]> {
  return oncePerBuild(built, lang, () => readCitations(lang));
}

async function readCitations(lang: Lang): Promise<TextCitations[]> {
  const sources = collectionNames.filter((name) => kinds[name].map?.column === 0) as 'speeches'[];
  const targets = new Set<string>(collectionNames.filter((name) => (kinds[name].map?.column ?? 0) > 0));
  const speeches = (await Promise.all(sources.map((name) => entriesOf(name, lang)))).flat();
  return speeches.map((speech) => {
    const byTarget = new Map<string, number[]>();
    for (const [key, [passage]] of passagesByEntry([{ slug: speech.slug, paragraphs: paragraphsOf(speech) }])) {
      if (passage && targets.has(parseReference(key)?.collection ?? '')) byTarget.set(key, passage.paragraphs);
    }
    return { speech, byTarget };
  });
}

/** A text that refers to an entry, and its paragraphs that do, in order. */
export interface CitingText {
  speech: Localized<'speeches'>;
  paragraphs: number[];
}

const byTargetBuilt = new Map<string, Promise<Map<string, CitingText[]>>>();

/**
 * For each entry of the map's other columns (`collection/id`), the texts of `lang` that refer to it,
 * in list order: an item's own map pages and the overview's counts read it instead of going over
 * every text again on each of hundreds of pages.
 */
export function textsCitingIn(lang: Lang): Promise<Map<string, CitingText[]>> {
  return oncePerBuild(byTargetBuilt, lang, async () => {
    const byTarget = new Map<string, CitingText[]>();
    for (const { speech, byTarget: cited } of await mapCitationsIn(lang)) {
      for (const [key, paragraphs] of cited) {
        const texts = byTarget.get(key) ?? [];
        texts.push({ speech, paragraphs });
        byTarget.set(key, texts);
      }
    }
    return byTarget;
  });
}
