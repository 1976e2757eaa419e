/**
 * What a citation of a speech must say, derived from the content files and the UI strings: whose
 * words it credits and how it gives the title. Shared by the attribution tests of the pages and
 * of the PDF handouts, so both hold the site to the same expectations.
 */
import { readContentFiles } from '../../src/lib/content-files';
import { originalLang, type Lang } from '../../src/lib/languages';
import { ui as t } from './offline';

export const { files } = readContentFiles(process.cwd());

export const speechFile = (lang: Lang, id: string) => files.find((file) => file.collection === 'speeches' && file.lang === lang && file.id === id);

interface SpeechFields {
  title: string;
  titleIsEditorial?: boolean;
  format: string;
  speakers: string[];
  source?: { publication?: string };
}

export const speechFields = (lang: Lang, id: string) => speechFile(lang, id)!.frontmatter as SpeechFields;

export const titleFields = (lang: Lang, id: string) => {
  const { title, titleIsEditorial = false } = speechFields(lang, id);
  return { title, titleIsEditorial };
};

/**
 * How a citation in `lang` must give the title of `id`: the source's own headline (the original's
 * `title`), quoted; after it, the editors' translation labelled as theirs only where `lang` has a
 * file of its own (a page not yet translated shows the original, whose title is no translation);
 * or the editors' description, marked as such, when the source has none (the shown file's).
 */
export function citedTitle(lang: Lang, id: string): string {
  const source = titleFields(originalLang, id);
  const ownFile = lang === originalLang ? undefined : speechFile(lang, id);
  const shown = ownFile ? titleFields(lang, id) : source;
  if (source.titleIsEditorial) return t(lang, 'cite.editorialTitle', { title: shown.title });
  return ownFile ? `“${source.title}” ${t(lang, 'cite.titleTranslation', { title: shown.title })}` : `“${source.title}”`;
}

export const publicationOf = (id: string) => speechFields(originalLang, id).source?.publication;

/** Who a citation in `lang` of words in `voice` must credit first. */
export function responsible(lang: Lang, voice: string, id: string, speaker: string): string {
  if (voice === 'direct') return speaker;
  return t(lang, `cite.by.${voice}`, { publication: publicationOf(id) ?? t(lang, 'cite.unnamedPublication'), speakers: speaker });
}

/** The names of a speech's speakers in `lang`, as their people entries give them. */
export function speakerNames(lang: Lang, id: string): string {
  return speechFields(lang, id)
    .speakers.map((person) => (files.find((file) => file.collection === 'people' && file.lang === lang && file.id === person)!.frontmatter as { name: string }).name)
    .join(', ');
}

/** The voice the whole text is cited in: a report is the publication's, a speech or interview the speaker's. */
export const wholeVoiceOf = (id: string) => (speechFields(originalLang, id).format === 'speech-report' ? 'reported' : 'direct');
