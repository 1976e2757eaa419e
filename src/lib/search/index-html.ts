/**
 * The copy of a built page that the search indexer reads. The served page is never changed; these
 * edits only help Pagefind read it as a reader does.
 */
import { markParagraphAnchors } from './paragraph-anchors';

/**
 * Pagefind joins the text of adjacent definition-list and table cells with no space between them
 * ("Địa điểm" + "Cao Bằng" → "điểmCao"), merging words. A space at the end of each cell keeps them apart.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(dt|dd|td|th)>/gi, ' </$1>');
}

/** Every edit the indexer makes to a page before indexing it. */
export function prepareForIndex(html: string): string {
  return separateCells(markParagraphAnchors(html));
}
