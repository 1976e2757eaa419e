import { z } from 'astro/zod';
import { EntryIdListSchema, EntryIdSchema, TextSchema } from './common.ts';
import { CalendarDateSchema } from './calendar-date.ts';
import { SelfCheckSchema } from './self-check.ts';

/** What kind of text a speech entry is. */
export const SpeechFormatSchema = z.enum([
  /** The speaker's own words, as delivered. */
  'speech',
  /** Questions and the speaker's answers. */
  'interview',
  /** A report of a speech, in the reporter's words with direct quotes. */
  'speech-report',
]);

export type SpeechFormat = z.infer<typeof SpeechFormatSchema>;

/**
 * Whose words a speech paragraph is (`<Para voice="…">`), so a citation credits the right party.
 * A text of one voice (`speech`) may leave it out: its paragraphs are the speaker's own words.
 */
export const ParagraphVoiceSchema = z.enum([
  /** The speaker's own words, as the source prints them (a speech, an interview's answers). */
  'direct',
  /** The speaker's words told by someone else ("Tổng bí thư nhấn mạnh …"); a verbatim quote inside is `<Quote>`. */
  'reported',
  /** The interviewer's question. */
  'question',
  /** The journalist's lead or narration: the publication's own words. */
  'narration',
  /** A caption or an editor's note of the source. */
  'note',
]);

export type ParagraphVoice = z.infer<typeof ParagraphVoiceSchema>;

/** What each voice means, for the check's messages and the docs. */
export const paragraphVoiceMeanings: Record<ParagraphVoice, string> = {
  direct: "the speaker's own words",
  reported: "the speaker's words told by the reporter (\"… nhấn mạnh …\")",
  question: "the interviewer's question",
  narration: "the journalist's lead or narration",
  note: "a caption or editor's note",
};

/** Formats whose paragraphs are in more than one voice: each `<Para>` must say whose words it holds. */
export const formatsWithSeveralVoices: readonly SpeechFormat[] = ['interview', 'speech-report'];

/** What kind of date a speech's `date` is. */
export const DateKindSchema = z.enum([
  /** When the words were spoken (the event's date), as the source gives it. */
  'delivered',
  /** The publication date the source itself states. */
  'published',
  /**
   * Only a date shown on the saved page (a masthead clock, the day it was saved): not known to be
   * the article's date.
   */
  'captured',
]);

/** Where the text was published; every field is optional because sources often omit some. */
export const SourceSchema = z.object({
  /** Name of the publication, untranslated (e.g. "Tạp chí Dân chủ và Pháp luật"). */
  publication: TextSchema.optional(),
  /** Publication date as the source gives it. */
  published: CalendarDateSchema.optional(),
  /** To whom the source credits its photos; the photos themselves are not reproduced. */
  photoCredit: TextSchema.optional(),
  /** The address the text was read from, where it is known. */
  url: z.url().optional(),
  /** When the copy the text was encoded from was saved, where it is known. */
  captured: CalendarDateSchema.optional(),
});

export const SpeechSchema = z.object({
  /**
   * In the original language, the source's headline as it gives it; in a translation, the editors'
   * translation of it (the source's own is read from the original: src/lib/source-title.ts). When
   * `titleIsEditorial`, the editors' description in this language.
   */
  title: TextSchema,
  /** True when the source gives no headline and the title is ours; the same in every language (`title-mismatch`). */
  titleIsEditorial: z.boolean().default(false),
  format: SpeechFormatSchema,
  /** Ids of the people whose words these are (`people` collection). */
  speakers: z.array(EntryIdSchema).min(1),
  /** The date the text carries. */
  date: CalendarDateSchema,
  /** Whether `date` is when the words were delivered, when the source says it was published, or only a date on the saved page. */
  dateKind: DateKindSchema,
  /** Where the words were spoken, only when the source names the place. */
  place: TextSchema.optional(),
  /** The occasion, in the page's language. */
  occasion: TextSchema.optional(),
  /** Events the text is about or was given at (`events` collection). */
  events: EntryIdListSchema,
  /** Targets the text states (`targets` collection). */
  targets: EntryIdListSchema,
  source: SourceSchema.default({}),
  /** A short neutral summary, written by the editors. */
  summary: TextSchema,
  /** Review questions the editors wrote from the text, each with its answer's ¶ (docs/authoring.md). */
  selfCheck: SelfCheckSchema,
});

export type SpeechData = z.infer<typeof SpeechSchema>;
