import { useTranslations } from '../i18n';
import { ParagraphVoiceSchema, type ParagraphVoice } from '../schemas/speech';
import { oncePerBuild } from './build-cache';
import { citationPieces, type CitationPhrases, type CitationPiece } from './citation';
import { formatDate } from './dates';
import { entriesBySlug, entryAt, titleOf, type Localized } from './entries';
import { originalLang, type Lang } from './languages';
import { sourceTitle, type SourceTitle } from './source-title';

export interface SpeechCitations {
  /** The template of a ¶ (¶ left as `{{n}}`), by the voice of the paragraph. */
  paragraph: Record<ParagraphVoice, string>;
  /** The whole text, credited to whoever answers for it as a whole. */
  whole: string;
  /** `whole` in pieces, the source's title marked with its language, for a page to print. */
  wholePieces: CitationPiece[];
}

/**
 * The title of a speech in its source, for a page in `lang`: the original-language entry's title
 * (the source's words), or the editors' description when the source has none. Never a translation
 * passed off as the source's, and never the source's headline called a translation: what counts is
 * the language of the text shown (`speech.lang`), which on a page not yet translated is the original's.
 */
export async function speechSourceTitle(speech: Localized<'speeches'>, lang: Lang): Promise<SourceTitle> {
  const original = speech.lang === originalLang ? speech : await entryAt('speeches', originalLang, speech.slug);
  if (!original) {
    throw new Error(`content/speeches/${lang}/${speech.slug}.mdx: there is no ${originalLang} original (content/speeches/${originalLang}/${speech.slug}.mdx) to take the source's title from; add it (npm run check lists every missing file)`);
  }
  return sourceTitle(original.data, originalLang, speech.data, speech.lang);
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
      title: await speechSourceTitle(speech, lang),
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
