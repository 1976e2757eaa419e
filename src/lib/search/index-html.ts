/**
 * The copy of a built page that the search indexer reads. The served page is never changed; these
 * edits only help Pagefind read it as a reader does, and leave out what it would not read anyway.
 */
import { markParagraphAnchors } from './paragraph-anchors.ts';

/**
 * Pagefind joins the text of adjacent definition-list and table cells with no space between them
 * ("Địa điểm" + "Cao Bằng" → "điểmCao"), merging words. A space at the end of each cell keeps them apart.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(dt|dd|td|th)>/gi, ' </$1>');
}

/**
 * The opening tag of the element whose content Pagefind indexes, with the element's name. A page
 * marks it with `data-pagefind-body` (BaseLayout does so for entry pages); Pagefind skips every
 * other page of a site that uses the attribute, so the indexer need not hand them over at all.
 */
/** Text every searched page holds (its marked element's attribute): a page without it is not searched. */
export const searchedMarker = 'data-pagefind-body';

const indexedElement = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${searchedMarker}(?:[\\s=>]|\\/?>)`, 'i');

/** A page's `html lang`, as written (quoted or not); undefined when it has none. */
export function htmlLang(html: string): string | undefined {
  return /<html\b[^>]*\slang=["']?([^"'\s>]+)/i.exec(html)?.[1];
}

/** Every edit the indexer makes to a page before indexing it. */
export function prepareForIndex(html: string): string {
  return separateCells(markParagraphAnchors(html));
}

/**
 * What the indexer hands Pagefind of a searchable page: its language and its `main` when that is
 * the element marked `data-pagefind-body` (BaseLayout's pages), else the whole page; prepared for
 * the index. Pagefind reads nothing else of such a page, and the inline stylesheet, header, search
 * dialog and footer are more than half of it: each page crosses a pipe to Pagefind's process,
 * encoded twice on the way. Undefined for a page that is not searched.
 */
export function indexedCopy(html: string): string | undefined {
  const marked = indexedElement.exec(html);
  if (!marked) return undefined;
  const start = marked.index;
  const end = html.lastIndexOf('</main>');
  const lang = htmlLang(html);
  if (marked[1]!.toLowerCase() !== 'main' || end < start || lang === undefined) return prepareForIndex(html);
  return prepareForIndex(`<!doctype html><html lang="${lang}"><body>${html.slice(start, end + '</main>'.length)}</body></html>`);
}
