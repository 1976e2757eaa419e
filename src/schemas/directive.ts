import { z } from 'astro/zod';
import { EntryIdListSchema, PassageSchema, TextSchema } from './common.ts';
import { SelfCheckSchema } from './self-check.ts';

/**
 * Fields shared by orientations (định hướng) and breakthroughs (khâu đột phá): both are numbered
 * items a source text lists in order. Speech passages cite them with `<Ref to="orientations/<id>">`;
 * the pages collect those as backlinks, so the entries themselves do not list passages.
 */
const directiveFields = {
  /** A short title taken from the item's own words. */
  title: TextSchema,
  /** Position in the source's list (1 for "Thứ nhất" / "Một là"). */
  order: z.number().int().positive(),
  /** The source's ordinal words, in the page's language ("Thứ nhất", "First"). */
  ordinal: TextSchema,
  /** A short neutral summary, written by the editors. */
  summary: TextSchema,
  /** The paragraph of the speech that states this item. */
  statedIn: PassageSchema,
  /** Review questions the editors wrote, each answered by a ¶ of a speech that refers to this item. */
  selfCheck: SelfCheckSchema,
};

export const OrientationSchema = z.object(directiveFields);

export const BreakthroughSchema = z.object({
  ...directiveFields,
  /** Orientations this breakthrough serves (`orientations` collection). */
  orientations: EntryIdListSchema,
  /**
   * The passage that says this breakthrough serves its `orientations`, when a source says so. Without
   * it the link is the editors' reading, and the pages say so.
   */
  orientationsStatedIn: PassageSchema.optional(),
});

export type OrientationData = z.infer<typeof OrientationSchema>;
export type BreakthroughData = z.infer<typeof BreakthroughSchema>;
