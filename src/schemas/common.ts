import { z } from 'astro/zod';

/** An entry id: lowercase kebab-case ASCII, the file name without `.mdx`. */
export const EntryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase kebab-case without diacritics, e.g. `nguyen-van-an`');

/** A list of entry ids in another collection. */
export const EntryIdListSchema = z.array(EntryIdSchema).default([]);

/** A ¶ number of a speech: paragraphs are numbered 1, 2, 3 … in reading order. */
export const ParagraphNumberSchema = z.number().int().positive();

/** Some paragraphs of one speech, e.g. `{ speech: to-lam-working-session-cao-bang, paragraphs: [11, 12] }`. */
export const PassageSchema = z.object({
  /** Id of the speech the paragraphs belong to. */
  speech: EntryIdSchema,
  /** The ¶ numbers, in reading order. */
  paragraphs: z.array(ParagraphNumberSchema).min(1),
});

export type Passage = z.infer<typeof PassageSchema>;

/** A non-empty, trimmed line of text. */
export const TextSchema = z.string().trim().min(1);
