import { z } from 'astro/zod';
import { EntryIdListSchema, PassageSchema, TextSchema } from './common.ts';
import { CalendarDateSchema } from './calendar-date.ts';

/** A person the texts name. */
export const PersonSchema = z.object({
  /** Full name with diacritics, the same in both languages. */
  name: TextSchema,
  /** The role the texts give, in the page's language. */
  role: TextSchema,
  summary: TextSchema,
});

/** An event the texts name. Leave `date` out when the texts do not give it. */
export const EventSchema = z.object({
  title: TextSchema,
  date: CalendarDateSchema.optional(),
  place: TextSchema.optional(),
  summary: TextSchema,
  /** Speeches that mention the event. */
  speeches: EntryIdListSchema,
});

/** A quantified goal a text states. */
export const TargetSchema = z.object({
  title: TextSchema,
  /** The figure as the text words it ("khoảng 10%/năm"). */
  value: TextSchema,
  statedIn: PassageSchema,
  summary: TextSchema,
});

export type PersonData = z.infer<typeof PersonSchema>;
export type EventData = z.infer<typeof EventSchema>;
export type TargetData = z.infer<typeof TargetSchema>;
