import { z } from 'astro/zod';
import { EntryIdListSchema, EntryIdSchema, TextSchema } from './common.ts';
import { CalendarDateSchema } from './calendar-date.ts';

/** What kind of text a speech entry is. */
export const SpeechFormatSchema = z.enum([
  /** The speaker's own words, as delivered. */
  'speech',
  /** Questions and the speaker's answers. */
  'interview',
  /** A report of a speech, in the reporter's words with direct quotes. */
  'speech-report',
]);

/** Where the text was published; every field is optional because sources often omit some. */
export const SourceSchema = z.object({
  /** Name of the publication, untranslated (e.g. "Tạp chí Dân chủ và Pháp luật"). */
  publication: TextSchema.optional(),
  /** Publication date as the source gives it. */
  published: CalendarDateSchema.optional(),
  /** To whom the source credits its photos; the photos themselves are not reproduced. */
  photoCredit: TextSchema.optional(),
});

export const SpeechSchema = z.object({
  /** The source's headline, or our descriptive title when `titleIsEditorial`. */
  title: TextSchema,
  /** True when the source gives no headline and the title is ours. */
  titleIsEditorial: z.boolean().default(false),
  format: SpeechFormatSchema,
  /** Ids of the people whose words these are (`people` collection). */
  speakers: z.array(EntryIdSchema).min(1),
  /** The date the text carries. */
  date: CalendarDateSchema,
  /** Whether `date` is when the words were delivered or when they were published. */
  dateKind: z.enum(['delivered', 'published']),
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
});

export type SpeechData = z.infer<typeof SpeechSchema>;
