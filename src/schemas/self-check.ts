import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/**
 * Where a self-check answer is in the text: `p7` (a ¶ of this entry, for a text numbered in ¶), or
 * a ¶ of another text, `speeches/<id>#p7`, that holds a `<Ref>` to this entry (for an orientation
 * or a breakthrough, which has no ¶ of its own). The check holds it to an existing ¶
 * (scripts/check/rules/self-check.ts).
 */
export const AnswerPlaceSchema = z
  .string()
  .trim()
  .regex(/^(?:p\d+|[a-z][a-z0-9-]*\/[a-z0-9]+(?:-[a-z0-9]+)*#p\d+)$/, 'write `p<n>` for a ¶ of this entry, or `speeches/<id>#p<n>` for a ¶ of a speech, e.g. `p7`');

/** One review question written by the editors from the text. */
export const SelfCheckQuestionSchema = z.object({
  /** The question, in the page's language; a reported ¶ is asked about as the journalist's report. */
  question: TextSchema,
  /** The editors' short answer, no more than the ¶ says. */
  answer: TextSchema,
  /** The ¶ that holds the answer: `p7`, or `speeches/<id>#p7`. The same in every language. */
  at: AnswerPlaceSchema,
  /**
   * In a translation, the fingerprint of the original's question and answer it translates
   * (`npm run translations -- --stamp` records it), so a changed original shows as outdated.
   */
  source: z.string().regex(/^[0-9a-f]{8}$/, 'the fingerprint `npm run translations -- --stamp` records: 8 hex digits').optional(),
});

/** An entry's review questions, in the order a reader answers them (none by default). */
export const SelfCheckSchema = z.array(SelfCheckQuestionSchema).default([]);

export type SelfCheckQuestion = z.infer<typeof SelfCheckQuestionSchema>;
