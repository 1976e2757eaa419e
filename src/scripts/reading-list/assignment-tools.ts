/**
 * The entry of the classic script `tools/assignment.js` (src/pages/tools/assignment.js.ts), which
 * the list page loads on first use: the assignment tools, and the pairing of each quoted ¶ with
 * another language's. It hands them to the page through a global, as entries' data.js hand over
 * their data, so it loads from disk (file://) too.
 */
import type { EntryData } from '../entry-data';
import { setUpAssignment, type AssignmentTools } from './assignment';

/** What the list page calls once the tools have loaded. */
export interface ReadingListTools extends AssignmentTools {
  /** A quoted ¶ beside its text in another language, each column marked with its language. */
  pair(data: EntryData, twin: EntryData | undefined, paragraph: number): HTMLElement;
}

declare global {
  interface Window {
    /** Sets up the tools on the list `container` with the address's assignment `part`; `save` writes a changed one into the address. */
    readingListTools?: (container: HTMLElement, part: string | undefined, save: (part: string) => void) => ReadingListTools;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

window.readingListTools = (container, part, save) => {
  const strings = JSON.parse(container.dataset.strings ?? '{}') as { translation: string; missing: string };
  /** One language's column: the editors' translation said to be theirs, the voice's label, the words in their language. */
  const column = (data: EntryData | undefined, paragraph: number): HTMLElement => {
    const cell = element('div', 'reading-item-column');
    const text = data?.paragraphs?.[paragraph];
    if (data?.translation) {
      // The label is the page's words, in a column that may be in another language.
      const label = element('p', 'reading-item-translation editorial-label', strings.translation);
      label.lang = document.documentElement.lang;
      cell.append(label);
    }
    const voiceLabel = data?.voiceLabels?.[paragraph];
    if (voiceLabel) cell.append(element('p', 'reading-item-voice para-voice', `${voiceLabel}:`));
    cell.append(element('blockquote', 'reading-item-text', text ?? strings.missing));
    if (text !== undefined && data?.textLang) cell.lang = data.textLang;
    return cell;
  };
  return {
    ...setUpAssignment({ container, save }, part),
    pair: (data, twin, paragraph) => {
      const pair = element('div', 'reading-item-pair');
      pair.append(column(data, paragraph), column(twin, paragraph));
      return pair;
    },
  };
};
