/**
 * Reads plain text copied from a page: one block per line (a copied page keeps each paragraph on
 * a line of its own). The page's chrome is found by the cleaning rules, from the text's shape.
 */
import { ImportError, type SourceDocument } from '../source.ts';

/** Reads text into blocks; throws an ImportError when there is no text. */
export function readText(text: string): SourceDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks = lines.flatMap((line, index) => {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    return trimmed === '' ? [] : [{ role: 'paragraph' as const, runs: [{ text: trimmed }], where: `line ${index + 1}` }];
  });
  if (blocks.length === 0) throw new ImportError('the file holds no text; is it the right file?');
  return { format: 'txt', blocks, metadata: { dates: [] }, dropped: [], notes: [] };
}
