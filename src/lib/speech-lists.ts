/**
 * The lists of texts a person's or an event's page gives: a person's own words apart from a
 * publication's reports of them, an event's texts. A list longer than `listPageSize` shows its
 * first page there and goes on at `<lang>/<collection>/<id>/<list>/2/` … (the browse-by-speaker
 * pages of a large library).
 */
import { useTranslations } from '../i18n';
import { entriesBySlug, entriesOf, type Localized } from './entries';
import type { Lang } from './languages';

/** One list of texts under an entry, with its id (the page's anchor and address) and heading. */
export interface SpeechList {
  id: string;
  heading: string;
  speeches: Localized<'speeches'>[];
}

/** The lists of texts the entry's page gives, empty lists included; none for a kind that lists none. */
export async function speechListsOf(entry: { collection: string; slug: string; data: object }, lang: Lang): Promise<SpeechList[]> {
  const tr = useTranslations(lang);
  if (entry.collection === 'people') {
    // Their own words (a speech, an interview's answers) apart from a publication's report of them:
    // a report is not a text by the person.
    const theirs = (await entriesOf('speeches', lang)).filter((speech) => speech.data.speakers.includes(entry.slug));
    return [
      { id: 'own-words', heading: tr('person.speeches'), speeches: theirs.filter((speech) => speech.data.format !== 'speech-report') },
      { id: 'reports', heading: tr('person.reports'), speeches: theirs.filter((speech) => speech.data.format === 'speech-report') },
    ];
  }
  if (entry.collection === 'events') {
    const named = (entry.data as { speeches?: string[] }).speeches ?? [];
    return [{ id: 'speeches', heading: tr('event.speeches'), speeches: await entriesBySlug('speeches', lang, named) }];
  }
  return [];
}
