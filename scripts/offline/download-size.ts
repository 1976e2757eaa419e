import { originalLang } from '../../src/lib/languages.ts';
import { toHtml } from 'hast-util-to-html';
import { attributeOf, walkElements, type ElementSpan, type ElementVisitor } from './element-offsets';
import { sizeText } from './notice';

/**
 * The ZIP's size in a served page's footer: the content of its first `[data-offline-size]` becomes
 * `(ZIP, 1,4 MB)`. Only that content changes: the tokenizer finds where the element's start tag
 * ends and where its content ends, and every other byte of the page stays as built.
 */

/** Where a page's size goes, and what to check that the page is still the one it was found in. */
export interface SizeSlot {
  /** The page's language (`<html lang>`). */
  lang: string;
  /** Where the element's content starts and ends. */
  start: number;
  end: number;
  /** The element's start tag, which ends at `start`. */
  startTag: string;
  /** The page's length. */
  pageLength: number;
}

/**
 * Finds a page's size slot while the page is read, alone (`sizeSlotOf`) or with other work
 * (`rewritePage`'s `seen`): give `open` every element as it opens, then ask `slot()`.
 */
export function sizeSlotFinder(html: string): Required<Pick<ElementVisitor, 'open'>> & { found: () => ElementSpan | undefined; slot: () => SizeSlot | undefined } {
  let lang = originalLang;
  let found: ElementSpan | undefined;
  return {
    open(element) {
      if (element.name === 'html' && element.parent === undefined) lang = attributeOf(element, 'lang')?.value ?? lang;
      if (!found && attributeOf(element, 'data-offline-size') !== undefined) found = element;
    },
    found: () => found,
    // A void or self-closing element has no content to fill.
    slot: () => (found && !found.empty ? { lang, start: found.openEnd, end: found.closeStart, startTag: html.slice(found.start, found.openEnd), pageLength: html.length } : undefined),
  };
}

/** Where a page's size goes; reads the page no further than that. */
export function sizeSlotOf(html: string): SizeSlot | undefined {
  const finder = sizeSlotFinder(html);
  walkElements(html, { open: finder.open, close: (element) => element !== finder.found() });
  return finder.slot();
}

/**
 * A served page with the ZIP's size filled in. `known` is where it goes if that was found when the
 * page was read before (by the copy's rewriting of it); it is used if the page is still that page,
 * else the page is read again.
 */
export function withDownloadSize(html: string, bytes: number, known?: SizeSlot): string {
  const fits = known && html.length === known.pageLength && html.startsWith(known.startTag, known.start - known.startTag.length);
  const slot = fits ? known : sizeSlotOf(html);
  if (!slot) return html;
  return `${html.slice(0, slot.start)}${toHtml({ type: 'text', value: sizeText(bytes, slot.lang) })}${html.slice(slot.end)}`;
}
