/**
 * The choices of the search dialog's filters, rendered with each page. Asking Pagefind for them
 * instead (`filters()`) loads its filter indexes when the search opens; those list every page under
 * each value, so they grow with the corpus (3.8 KB at a thousand speeches), where the choices only
 * grow with the kinds of text and the speakers.
 *
 * The values are the ones the pages declare to Pagefind: the type of each collection's entry pages,
 * and the name of each speech's speaker as its speech page links it (SpeechArticle). An end-to-end
 * test holds them to Pagefind's own list.
 */
import { collectionNames } from '../../schemas';
import { oncePerBuild } from '../build-cache';
import { entriesBySlug, entriesOf, titleOf } from '../entries';
import type { Lang } from '../languages';
import { entryPageTypes, type EntryPageType } from '../page-types';

export interface SearchFilterValues {
  /** The kinds of page the language's index holds. */
  types: EntryPageType[];
  /** Everyone who gave a speech in the language, by name, in the language's alphabetical order. */
  speakers: string[];
}

const cache = new Map<Lang, Promise<SearchFilterValues>>();

export function searchFilterValues(lang: Lang): Promise<SearchFilterValues> {
  return oncePerBuild(cache, lang, () => readFilterValues(lang));
}

async function readFilterValues(lang: Lang): Promise<SearchFilterValues> {
  const types: EntryPageType[] = [];
  for (const collection of collectionNames) {
    if ((await entriesOf(collection, lang)).length > 0) types.push(entryPageTypes[collection]);
  }
  const speakers = new Set<string>();
  for (const speech of await entriesOf('speeches', lang)) {
    for (const person of await entriesBySlug('people', lang, speech.data.speakers)) speakers.add(titleOf(person));
  }
  return { types, speakers: [...speakers].sort(new Intl.Collator(lang).compare) };
}
