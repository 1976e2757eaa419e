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

/**
 * True for a page whose main content goes into the index: it marks that content with
 * `data-pagefind-body` (BaseLayout does so for entry pages). Pagefind skips every other page of a
 * site that uses the attribute, so the indexer need not hand them over at all.
 */
export function isSearchable(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body(?:[\s=>]|\/?>)/i.test(html);
}

/** Every edit the indexer makes to a page before indexing it. */
export function prepareForIndex(html: string): string {
  return separateCells(markParagraphAnchors(html));
}
