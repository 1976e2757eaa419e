/**
 * How far each translation is behind its original, paragraph by paragraph. A translated `<Para>`
 * records the fingerprint of the original paragraph it was translated from
 * (`<Para n={7} source="3f9a0c1b">`); when the original paragraph changes, its fingerprint changes,
 * and exactly that translation is outdated, whatever else changed in either file and whatever git
 * says about the files' dates. `npm run translations` reports it; `--stamp` records fingerprints
 * once a translator has brought the paragraphs up to date.
 */
import { createHash } from 'node:crypto';

/**
 * The fingerprint of an original paragraph: the first 8 hex digits of the SHA-256 of its plain
 * text, NFC and with white space collapsed, so re-wrapping a line or re-encoding a mark does not
 * make a translation outdated, and a changed word does.
 */
export function paragraphFingerprint(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 8);
}

/** A self-check question as the status reads it: a translation's records its original's fingerprint as `source`. */
export interface StatusQuestion {
  question: string;
  answer: string;
  source?: string | undefined;
}

/** What the status needs of an entry: its numbered paragraphs (none for texts not numbered in ¶) and its self-check questions. */
export interface StatusEntry {
  collection: string;
  lang: string;
  id: string;
  paragraphs: readonly { n: number; text: string; source?: string | undefined }[];
  questions?: readonly StatusQuestion[] | undefined;
}

/**
 * The state of one translated paragraph: `current` (translated from the original as it is now),
 * `outdated` (from an earlier text of it), `unchecked` (no fingerprint recorded) or `missing`.
 */
export type ParagraphState = 'current' | 'outdated' | 'unchecked' | 'missing';

export interface EntryTranslationStatus {
  collection: string;
  id: string;
  /** The language of the translation. */
  lang: string;
  /** `missing`: no file in this language; `complete`: every ¶ and question current; `behind`: some are not. */
  state: 'missing' | 'complete' | 'behind';
  /** Each original ¶ that is not current in this translation, with its state (none for a missing file). */
  paragraphs: { n: number; state: Exclude<ParagraphState, 'current'> }[];
  /** How many ¶ the original has. */
  paragraphCount: number;
  /** Each of the original's self-check questions (numbered from 1) that is not current in this translation. */
  questions: { n: number; state: Exclude<ParagraphState, 'current'> }[];
}

/** The state of each translated paragraph against the original's paragraphs, in the original's order. */
export function paragraphStates(original: StatusEntry['paragraphs'], translation: StatusEntry['paragraphs']): { n: number; state: ParagraphState }[] {
  const translated = new Map(translation.map((paragraph) => [paragraph.n, paragraph]));
  return original.map(({ n, text }) => {
    const twin = translated.get(n);
    if (!twin) return { n, state: 'missing' };
    if (twin.source === undefined) return { n, state: 'unchecked' };
    return { n, state: twin.source === paragraphFingerprint(text) ? 'current' : 'outdated' };
  });
}

/**
 * The fingerprint of an original self-check question with its answer, which a translated question
 * records as `source`: a changed question or answer makes exactly that translation outdated.
 */
export function questionFingerprint({ question, answer }: StatusQuestion): string {
  return paragraphFingerprint(`${question}\n${answer}`);
}

/** The state of each translated self-check question against the original's, numbered from 1 in the original's order. */
export function questionStates(original: readonly StatusQuestion[], translation: readonly StatusQuestion[]): { n: number; state: ParagraphState }[] {
  return original.map((question, index) => {
    const twin = translation[index];
    if (!twin) return { n: index + 1, state: 'missing' };
    if (twin.source === undefined) return { n: index + 1, state: 'unchecked' };
    return { n: index + 1, state: twin.source === questionFingerprint(question) ? 'current' : 'outdated' };
  });
}

/**
 * The ¶ of a translation that are outdated: translated from an earlier text of the original
 * paragraph than the one it has now (the notice a page shows on them). A ¶ with no fingerprint is
 * not called outdated: nothing says what it was translated from (`npm run translations` lists it).
 */
export function outdatedParagraphs(original: StatusEntry['paragraphs'], translation: StatusEntry['paragraphs']): number[] {
  return paragraphStates(original, translation)
    .filter((paragraph) => paragraph.state === 'outdated')
    .map((paragraph) => paragraph.n);
}

/**
 * Every entry of the original language in every other language: missing files, and the ¶ that are
 * missing, outdated or unchecked. Sorted by language, collection and id.
 */
export function translationStatus(entries: readonly StatusEntry[], originalLang: string, languages: readonly string[]): EntryTranslationStatus[] {
  const byKey = new Map(entries.map((entry) => [`${entry.lang}/${entry.collection}/${entry.id}`, entry]));
  const statuses: EntryTranslationStatus[] = [];
  for (const lang of languages.filter((candidate) => candidate !== originalLang)) {
    for (const original of entries.filter((entry) => entry.lang === originalLang)) {
      const { collection, id } = original;
      const translation = byKey.get(`${lang}/${collection}/${id}`);
      const paragraphCount = original.paragraphs.length;
      if (!translation) {
        statuses.push({ collection, id, lang, state: 'missing', paragraphs: [], paragraphCount, questions: [] });
        continue;
      }
      const notCurrent = (item: { n: number; state: ParagraphState }): item is { n: number; state: Exclude<ParagraphState, 'current'> } => item.state !== 'current';
      const behind = paragraphStates(original.paragraphs, translation.paragraphs).filter(notCurrent);
      const questions = questionStates(original.questions ?? [], translation.questions ?? []).filter(notCurrent);
      const state = behind.length + questions.length === 0 ? 'complete' : 'behind';
      statuses.push({ collection, id, lang, state, paragraphs: behind, paragraphCount, questions });
    }
  }
  return statuses.sort((a, b) => `${a.lang}/${a.collection}/${a.id}`.localeCompare(`${b.lang}/${b.collection}/${b.id}`));
}
