import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date.ts';
import { TextSchema } from './common.ts';

/**
 * How the document numbers its parts (src/lib/document-parts.ts): `party` (I. › 1. › a), by depth)
 * or `state` (Phần › Chương › Mục › Điều › khoản › điểm, each `<Part level="…">`).
 */
export const DocumentStructureSchema = z.enum(['party', 'state']);

/**
 * A resolution or another official document (nghị quyết, chỉ thị, kết luận, luật, nghị định …),
 * with the metadata its own text states; a field the source does not give is left out, never guessed.
 */
export const ResolutionSchema = z.object({
  /** In the original's file, the document's own title ("Về …"); in a translation, the editors' translation of it (src/lib/source-title.ts). */
  title: TextSchema,
  /** The kind of document as it names itself (loại văn bản: "Nghị quyết", "Resolution"), in the page's language. */
  documentType: TextSchema,
  /** Its number and symbol (số hiệu), as printed: "57-NQ/TW". */
  number: TextSchema.optional(),
  /** The body that issued it (cơ quan ban hành), in the page's language: the author a citation names. */
  issuer: TextSchema,
  /** The date it was issued (ngày ban hành), YYYY-MM-DD. */
  issued: CalendarDateSchema.optional(),
  /** Who signed it (người ký), with the capacity the document gives ("T/M Ban Chấp hành …"). */
  signer: TextSchema.optional(),
  structure: DocumentStructureSchema,
  /** The address the text was read from, where it is known. */
  sourceUrl: z.url().optional(),
  /** A short neutral summary, written by the editors. */
  summary: TextSchema,
});

export type ResolutionData = z.infer<typeof ResolutionSchema>;
