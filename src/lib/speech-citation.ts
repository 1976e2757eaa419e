import { useTranslations } from '../i18n';
import { ParagraphVoiceSchema, type ParagraphVoice } from '../schemas/speech';
import { oncePerBuild } from './build-cache';
import { citationPieces, type CitationPhrases, type CitationPiece } from './citation';
import { formatDate } from './dates';
import { entriesBySlug, titleOf, type Localized } from './entries';
import { entrySourceTitle } from './entry-source-title';
import type { Lang } from './languages';

export interface SpeechCitations {
  /** The template of a ¶ (¶ left as `{{n}}`), by the voice of the paragraph. */
  paragraph: Record<ParagraphVoice, string>;
  /** The whole text, credited to whoever answers for it as a whole. */
  whole: string;
  /** `whole` in pieces, the source's title marked with its language, for a page to print. */
  wholePieces: CitationPiece[];
}

// The speech page and its data.js both cite it: by language and entry.
const built = new Map<string, Promise<SpeechCitations>>();

/** The voice a text speaks in as a whole: a report is the publication's, a speech or interview the speaker's. */
const wholeVoice = { speech: 'direct', interview: 'direct', 'speech-report': 'reported' } as const;

/**
 * The citation templates of a speech in `lang`, one per voice, and the whole text's. One place, so
 * the speech page, reading lists and handouts agree.
 */
export function speechCitation(speech: Localized<'speeches'>, lang: Lang): Promise<SpeechCitations> {
  return oncePerBuild(built, `${lang}/${speech.id}`, async () => {
    const tr = useTranslations(lang);
    const speakers = await entriesBySlug('people', lang, speech.data.speakers);
    const date = formatDate(speech.data.date, lang);
    const parts = {
      speakers: speakers.map(titleOf),
      title: await entrySourceTitle(speech),
      publication: speech.data.source.publication,
      date: speech.data.dateKind === 'captured' ? tr('cite.date.captured', { date }) : date,
    };
    const phrases: CitationPhrases = {
      responsible: {
        reported: tr('cite.by.reported'),
        narration: tr('cite.by.narration'),
        question: tr('cite.by.question'),
        note: tr('cite.by.note'),
      },
      unnamedPublication: tr('cite.unnamedPublication'),
      editorialTitle: tr('cite.editorialTitle'),
      titleTranslation: tr('cite.titleTranslation'),
    };
    const text = (pieces: CitationPiece[]) => pieces.map((piece) => piece.text).join('');
    const paragraphLabel = tr('para.label', { n: '{{n}}' });
    const paragraph = Object.fromEntries(
      ParagraphVoiceSchema.options.map((voice) => [voice, text(citationPieces({ ...parts, paragraphLabel }, voice, phrases))]),
    ) as Record<ParagraphVoice, string>;
    const wholePieces = citationPieces(parts, wholeVoice[speech.data.format], phrases);
    return { paragraph, whole: text(wholePieces), wholePieces };
  });
}
