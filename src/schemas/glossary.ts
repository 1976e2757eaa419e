import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** A key term of the texts, with an editorial explanation. */
export const GlossarySchema = z.object({
  /** The term in the page's language. */
  title: TextSchema,
  /**
   * The forms the term takes in the texts of this language, matched case-insensitively; each
   * occurrence in a speech links to the term's page. The Vietnamese forms decide which paragraphs
   * use the term, in both languages, since paragraphs are aligned.
   */
  matches: z.array(TextSchema).min(1),
  /** One line: what the term means, written by the editors. */
  summary: TextSchema,
});

export type GlossaryData = z.infer<typeof GlossarySchema>;
