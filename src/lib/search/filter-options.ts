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
import { useTranslations, type UiKey } from '../../i18n';
import { collectionNames, kinds } from '../../kinds/index.ts';
import { oncePerBuild } from '../build-cache';
import { entriesBySlug, entriesOf, textLangAttribute, titleOf } from '../entries';
import type { Lang } from '../languages';
import { entryPageTypes, type EntryPageType } from '../page-types';

export interface SearchFilterChoices {
  /** Each kind of page the language's index holds, with its label, in the language's alphabetical order. */
  types: { value: EntryPageType; label: string }[];
  /**
   * Everyone who gave a speech in the language, by name, in the language's alphabetical order; with
   * the language the name is written in when the person's entry is not yet translated into it.
   */
  speakers: { name: string; lang?: Lang | undefined }[];
}

const cache = new Map<Lang, Promise<SearchFilterChoices>>();

/** The same on every page of a language, so made once per build. */
export function searchFilterChoices(lang: Lang): Promise<SearchFilterChoices> {
  return oncePerBuild(cache, lang, () => readFilterChoices(lang));
}

async function readFilterChoices(lang: Lang): Promise<SearchFilterChoices> {
  const byName = new Intl.Collator(lang).compare;
  const tr = useTranslations(lang);
  const types: SearchFilterChoices['types'] = [];
  for (const collection of collectionNames) {
    // Labelled with the singular of the collection's name.
    if ((await entriesOf(collection, lang)).length > 0) types.push({ value: entryPageTypes[collection], label: tr(kinds[collection].labels.singular as UiKey) });
  }
  const speakers = new Map<string, Lang | undefined>();
  for (const speech of await entriesOf('speeches', lang)) {
    for (const person of await entriesBySlug('people', lang, speech.data.speakers)) speakers.set(titleOf(person), textLangAttribute(person, lang));
  }
  return {
    types: types.sort((a, b) => byName(a.label, b.label)),
    speakers: [...speakers].map(([name, written]) => ({ name, lang: written })).sort((a, b) => byName(a.name, b.name)),
  };
}
