/**
 * Citations of one paragraph, in the page's language, crediting whoever is responsible for its
 * words: the speaker for their own words; the publication (with the speaker as subject) for
 * narration, a report of what the speaker said, a question or a caption. Built at build time as a
 * template per voice; the page fills in ¶ and the address.
 */
import { fillPlaceholders as fill } from '../i18n/translator.ts';
import type { ParagraphVoice } from '../schemas/speech.ts';
import type { SourceTitle } from './source-title.ts';

export interface CitationParts {
  speakers: readonly string[];
  /** The source's own title (with the editors' translation on a translated page), or the editors' description. */
  title: SourceTitle;
  /** The date as the citation shows it, already in the page's language (and kind). */
  date: string;
  publication?: string | undefined;
  /** The ¶ label with `{{n}}` left in, e.g. "đoạn {{n}}" or "¶{{n}}"; left out to cite the whole text. */
  paragraphLabel?: string | undefined;
}

/** The words a citation needs in the page's language (UI strings, see `cite.*`). */
export interface CitationPhrases {
  /** Who answers for words of each voice but the speaker's own: `{{publication}}` and `{{speakers}}` filled in. */
  responsible: Record<Exclude<ParagraphVoice, 'direct'>, string>;
  /** Stands for the publication when the source does not name it. */
  unnamedPublication: string;
  /** Marks an editors' description standing in for a title the source lacks: `{{title}}` filled in. */
  editorialTitle: string;
  /** Labels the editors' translation that follows a source's title on a translated page: `{{title}}` filled in. */
  titleTranslation: string;
}

/** A run of a citation's text; `lang` where it is in another language than the page (the source's title). */
export interface CitationPiece {
  text: string;
  lang?: string | undefined;
}

/**
 * `Phan Thăng An, “Title”, Tạp chí …, 7 tháng 3, 2026, đoạn {{n}}.` for the speaker's own words;
 * `Tạp chí …, câu hỏi phỏng vấn Phan Thăng An, “Title”, 7 tháng 3, 2026, đoạn {{n}}.` for a question.
 * In pieces, so a page can mark the source's title with its language; `citationTemplate` is the text.
 */
export function citationPieces(parts: CitationParts, voice: ParagraphVoice, phrases: CitationPhrases): CitationPiece[] {
  const { speakers, title, date, publication, paragraphLabel } = parts;
  const speakerNames = speakers.join(', ');
  const responsible =
    voice === 'direct' ? speakerNames : fill(phrases.responsible[voice], { publication: publication ?? phrases.unnamedPublication, speakers: speakerNames });
  // The publication heads a citation of its own words; after the title it only says where the speaker's appeared.
  const where = voice === 'direct' ? publication : undefined;
  const after = [where, date, paragraphLabel].filter(Boolean).join(', ');
  return [{ text: `${responsible}, ` }, ...titlePieces(title, phrases), { text: `${after ? `, ${after}` : ''}.` }];
}

/**
 * A title as a citation gives it: the source's own title quoted as it gives it, marked with its
 * language; what the editors wrote (a translation, a description) said to be theirs.
 */
function titlePieces(title: SourceTitle, phrases: Pick<CitationPhrases, 'editorialTitle' | 'titleTranslation'>): CitationPiece[] {
  if (title.editorial) return [{ text: fill(phrases.editorialTitle, { title: title.text }) }];
  return [
    { text: '“' },
    { text: title.text, lang: title.lang },
    { text: title.translation === undefined ? '”' : `” ${fill(phrases.titleTranslation, { title: title.translation })}` },
  ];
}

/** The text of a citation: pieces joined. */
export const textOf = (pieces: readonly CitationPiece[]): string => pieces.map((piece) => piece.text).join('');

/** The text of a citation: `citationPieces` joined. */
export function citationTemplate(parts: CitationParts, voice: ParagraphVoice, phrases: CitationPhrases): string {
  return citationPieces(parts, voice, phrases)
    .map((piece) => piece.text)
    .join('');
}

/**
 * The template that cites a ¶ of `voice` (one of a speech's templates by voice, as its page and its
 * data.js carry them); a ¶ that gives no voice is the speaker's own words.
 */
export function templateForVoice(templates: Readonly<Record<string, string>> | undefined, voice: string | undefined): string | undefined {
  return templates?.[voice ?? 'direct'] ?? templates?.['direct'];
}

/**
 * The templates a page's paragraphs can ask for: the speaker's own (every ¶ without a voice, and the
 * fallback) and those of the voices its ¶ use. The page carries no others; data.js keeps them all.
 */
export function templatesForVoices(templates: Readonly<Record<string, string>>, voices: Iterable<string | undefined>): Record<string, string> {
  const used = new Set<string>(['direct']);
  for (const voice of voices) if (voice) used.add(voice);
  return Object.fromEntries(Object.entries(templates).filter(([voice]) => used.has(voice)));
}

/** Fills a template for paragraph `n` and appends where the paragraph is. */
export function citationFor(template: string, n: number | string, location: string): string {
  return `${template.replaceAll('{{n}}', String(n))} ${location}`;
}

/**
 * Where a cited paragraph is: the canonical web address when the site's address is known (also in
 * the offline copy and on paper), else the address the reader has open, else (a copy opened from
 * disk, built without a site address) the library path with a note saying so, never a `file:` address.
 * `path` is the page's path in the library as `pagePath` gives it (`vi/speeches/x/`): both callers
 * pass it so, and the citation shows it from the library's root (`/vi/speeches/x/`).
 */
export function citationAddress(
  n: number | string,
  { canonical, current, path, noSiteNote, fragment }: { canonical?: string | undefined; current: URL | Location; path: string; noSiteNote: string; fragment?: string | undefined },
): string {
  // A ¶ is `#p<n>`; a part of an official document gives its own anchor (`II.3.b`).
  const anchor = fragment !== undefined ? `#${fragment}` : n === '' ? '' : `#p${n}`;
  if (canonical) return `${canonical}${anchor}`;
  if (current.protocol === 'http:' || current.protocol === 'https:') return `${current.origin}${current.pathname}${anchor}`;
  return `/${path}${anchor} ${noSiteNote}`;
}

/**
 * A page's own address for its citations at build time: the canonical web address when the site's
 * address is known, and what its printed citation shows, which without one is the page's path with
 * the note that it is the library's.
 */
export function pageCitationAddress(site: URL | undefined, pathname: string, noSiteNote: string): { canonical: string | undefined; printed: string } {
  const canonical = site ? new URL(pathname, site).href : undefined;
  return { canonical, printed: canonical ?? `${pathname} ${noSiteNote}` };
}

/** What a citation of an official document needs, in the page's language. */
export interface DocumentCitationParts {
  /** The issuing body: the author of the document's words. */
  issuer: string;
  /** "Nghị quyết", "Resolution". */
  documentType: string;
  /** Its number as printed ("57-NQ/TW"), when the document gives one. */
  number?: string | undefined;
  /** The document's own title (the original's), with the editors' translation on a translated page. */
  title: SourceTitle;
  /** The date issued, already in the page's language, when the document gives it. */
  date?: string | undefined;
  /** " số {{number}}" / " No. {{number}}" (`cite.documentNumber`). */
  numberPhrase: string;
  /** The words that say a title is the editors' (`cite.titleTranslation`, `cite.editorialTitle`). */
  phrases: Pick<CitationPhrases, 'editorialTitle' | 'titleTranslation'>;
}

/**
 * `Ban Chấp hành Trung ương, Nghị quyết số 57-NQ/TW, “Về …”, 22 tháng 12, 2024, {{n}}.`: the
 * issuing body as the author (never the person who signed it), the document's own type, number and
 * title (its original words, the editors' translation labelled as theirs); `{{n}}` is left for the
 * part (`mục II.3.b`, `Điều 5, khoản 2`). Without `part`, the whole document. In pieces, so a page
 * can mark the title with its language; `documentCitationTemplate` is the text.
 */
export function documentCitationPieces(parts: DocumentCitationParts, part = true): CitationPiece[] {
  const number = parts.number ? parts.numberPhrase.replace('{{number}}', parts.number) : '';
  const after = [parts.date, part ? '{{n}}' : undefined].filter(Boolean).join(', ');
  return [{ text: `${parts.issuer}, ${parts.documentType}${number}, ` }, ...titlePieces(parts.title, parts.phrases), { text: `${after ? `, ${after}` : ''}.` }];
}

/** The text of a document's citation: `documentCitationPieces` joined. */
export function documentCitationTemplate(parts: DocumentCitationParts, part = true): string {
  return textOf(documentCitationPieces(parts, part));
}
