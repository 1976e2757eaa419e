/**
 * Speech paragraphs render as `<div class="para" id="p7">` (class `para`, id `p` and the number). Pagefind splits a page
 * into sub-results only at headings with an id or at elements with an id *and* a
 * `data-pagefind-title`, so the indexer gives every paragraph that title ("¶7") in the copy of the
 * page it indexes. The served page is unchanged; the ¶ element and its id stay the source of truth.
 */
const paragraphOpenTag = /<div\b(?=[^>]*\sclass="para(?:\s[^"]*)?")(?=[^>]*\sid="p(\d+)")(?![^>]*\sdata-pagefind-title=)([^>]*)>/g;

/** Adds `data-pagefind-title="¶n"` to every speech paragraph element of a page's HTML. */
export function markParagraphAnchors(html: string): string {
  return html.replace(paragraphOpenTag, (_tag, n: string, attributes: string) => `<div${attributes} data-pagefind-title="¶${n}">`);
}

/** The ¶ number a sub-result anchor points at (`p7` → 7), or undefined for any other anchor. */
export function paragraphOfAnchor(id: string | undefined): number | undefined {
  const match = /^p(\d+)$/.exec(id ?? '');
  return match ? Number(match[1]) : undefined;
}
