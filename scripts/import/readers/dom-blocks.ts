/**
 * Turns a DOM (a web page's article, or the HTML mammoth makes of a Word file) into source blocks:
 * one block per paragraph, heading, list item or caption, with the bold and italic runs inside.
 */
import type { BlockRole, SourceBlock, TextRun } from '../source.ts';

/** Elements that start a block of their own; anything else is inline. */
const blockElements = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never the document's. */
const skippedElements = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** True for an element that starts a block of its own. */
export function isBlockElement(element: Element): boolean {
  return blockElements.has(element.tagName.toUpperCase());
}

/** True for an element whose text is never read (scripts, styles, form controls). */
export function isSkippedElement(element: Element): boolean {
  return skippedElements.has(element.tagName.toUpperCase());
}

function roleOf(element: Element): BlockRole {
  const tag = element.tagName.toUpperCase();
  if (tag === 'FIGCAPTION' || element.classList.contains('caption')) return 'caption';
  if (tag === 'H1' && element.classList.contains('title')) return 'title';
  // Many news sites set the lead (sapo) in an <h2>: a heading is short, a lead is a paragraph.
  if (/^H[1-6]$/.test(tag)) return (element.textContent ?? '').trim().split(/\s+/).length >= 25 ? 'paragraph' : 'heading';
  if (tag === 'LI') return 'list-item';
  return 'paragraph';
}

/** The inline runs of an element, with the emphasis each inherits. */
function runsOf(element: Element, inherited: Omit<TextRun, 'text'> = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of element.childNodes) {
    if (child.nodeType === child.TEXT_NODE) {
      if (child.textContent) runs.push({ text: child.textContent, ...inherited });
    } else if (child.nodeType === child.ELEMENT_NODE) {
      const inner = child as Element;
      if (isSkippedElement(inner)) continue;
      const tag = inner.tagName.toUpperCase();
      if (tag === 'BR') runs.push({ text: ' ', ...inherited });
      else
        runs.push(
          ...runsOf(inner, {
            ...inherited,
            ...(tag === 'STRONG' || tag === 'B' ? { bold: true } : {}),
            ...(tag === 'EM' || tag === 'I' ? { italic: true } : {}),
          }),
        );
    }
  }
  return runs;
}

/** The runs with whitespace collapsed, neighbours of the same emphasis merged, the ends trimmed. */
export function tidyRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, ' ');
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += text;
    else if (text !== '') merged.push({ ...run, text });
  }
  // A space between two runs belongs to neither's emphasis.
  for (const [index, run] of merged.entries()) {
    if (index === 0) run.text = run.text.trimStart();
    if (index === merged.length - 1) run.text = run.text.trimEnd();
  }
  return merged.filter((run) => run.text !== '');
}

/**
 * The blocks of a DOM subtree in reading order: every element holding text of its own and no
 * block inside becomes one block; a block that holds both text and blocks gives its loose text as
 * blocks of their own.
 */
export function domBlocks(root: Element, where: (element: Element, index: number) => string): { block: SourceBlock; element: Element }[] {
  const found: { block: SourceBlock; element: Element }[] = [];
  const visit = (element: Element) => {
    if (isSkippedElement(element)) return;
    const children = [...element.children];
    if (!children.some(isBlockElement)) {
      const runs = tidyRuns(runsOf(element));
      const role = roleOf(element);
      const level = role === 'heading' ? Number(/^H([1-6])$/i.exec(element.tagName)?.[1]) : undefined;
      if (runs.length > 0) found.push({ block: { role, runs, where: where(element, found.length), ...(level ? { headingLevel: level } : {}) }, element });
      return;
    }
    // Loose inline content between blocks: one block per stretch.
    let stretch: TextRun[] = [];
    const flush = () => {
      const runs = tidyRuns(stretch);
      if (runs.length > 0) found.push({ block: { role: 'paragraph', runs, where: where(element, found.length) }, element });
      stretch = [];
    };
    for (const child of element.childNodes) {
      if (child.nodeType === child.ELEMENT_NODE && isBlockElement(child as Element)) {
        flush();
        visit(child as Element);
      } else if (child.nodeType === child.TEXT_NODE) {
        stretch.push({ text: child.textContent ?? '' });
      } else if (child.nodeType === child.ELEMENT_NODE && !isSkippedElement(child as Element)) {
        const wrapper = child.ownerDocument!.createElement('span');
        wrapper.append(child.cloneNode(true));
        stretch.push(...runsOf(wrapper));
      }
    }
    flush();
  };
  visit(root);
  return found;
}
