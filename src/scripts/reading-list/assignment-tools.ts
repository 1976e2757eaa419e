/**
 * The entry of the classic script `_tools/reading-list-tools.js` (src/integrations/on-demand-scripts.ts), which
 * the list page loads on first use (its controls marked `data-reading-tools`): the assignment
 * tools, the pairing of each quoted ¶ with another language's, the Word export and copying the
 * link, kept out of the list page's load budget. It hands them to the page through a global, as entries' data.js hand over
 * their data, so it loads from disk (file://) too.
 */
import { fillPlaceholders as fill } from '../../i18n/translator';
import { formatDueDate } from '../../lib/assignment';
import type { ReadingItem } from '../../lib/reading-list';
import { loadEntry, type EntryData } from '../entry-data';
import { loadWordExport } from '../word-export/load';
import { exportFileName, type WordSection } from '../word-export/model';
import type { SectionPick, SectionStrings } from '../word-export/entry-sections';
import { setUpAssignment, type AssignmentTools } from './assignment';

/** The page's words for the Word export (`data-word-strings`). */
interface WordStrings extends SectionStrings {
  /** The document's title when the list is not an assignment with one: "Reading list". */
  listTitle: string;
  instructions: string;
  due: string;
  questions: string;
  exporting: string;
  exported: string;
  exportFailed: string;
}

/** What the list page hands the tools. */
export interface ReadingListHost {
  container: HTMLElement;
  /** See AssignmentHost (./assignment.ts). */
  addressListed(): boolean;
  /** Settles once the address's lookup has settled and its list been rendered: until then the list is not known. */
  ready(): Promise<void>;
  /** The list as shown. */
  items(): readonly ReadingItem[];
  /** Renders the list again (its items, then `rendered`). */
  render(): Promise<void>;
  /** Writes the assignment part (`1.…`, or '' for none) into the address. */
  save(part: string): void;
}

/** What the list page calls once the tools have loaded. */
export interface ReadingListTools extends AssignmentTools {
  /** The reader used a control marked `data-reading-tools` (the first use is what loaded the tools). */
  use(control: HTMLElement): void;
  /** The list was rendered: with both languages chosen, each quoted ¶ gets the other language's beside it. */
  rendered(): void;
}

declare global {
  interface Window {
    /** Sets up the tools on the list page with the address's assignment `part`. */
    readingListTools?: (host: ReadingListHost, part: string | undefined) => ReadingListTools;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

window.readingListTools = (host, part) => {
  const { container } = host;
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
  const assignmentTools = setUpAssignment(host, part);
  const both = container.querySelector<HTMLInputElement>('[data-reading-both]');
  const twinLang = container.dataset.twin;
  const root = container.dataset.root ?? '';
  const lang = container.dataset.lang ?? document.documentElement.lang;

  /** Places the other language's text beside each quoted ¶ of the rendered list, from its data.js. */
  const pairAll = async () => {
    if (!both?.checked || !twinLang) return;
    const items = host.items();
    // Only the items whose own data.js loaded (so the lookup knew them): one left unchecked, or
    // missing, costs no request for the other language's.
    const paired = items.filter((item) => window.readingData?.[`${lang}/${item.collection}/${item.id}`]);
    await Promise.all(paired.map((item) => loadEntry(root, `${twinLang}/${item.collection}/${item.id}`)));
    container.querySelectorAll<HTMLLIElement>('.reading-items > li').forEach((li, index) => {
      const item = items[index];
      const data = item && window.readingData?.[`${lang}/${item.collection}/${item.id}`];
      if (!item || item.paragraph === undefined || !data || li.querySelector('.reading-item-pair')) return;
      const own = li.querySelectorAll('.reading-item-translation, .reading-item-voice, .reading-item-text');
      const pair = element('div', 'reading-item-pair');
      pair.append(column(data, item.paragraph), column(window.readingData?.[`${twinLang}/${item.collection}/${item.id}`], item.paragraph));
      own[0]?.before(pair);
      own.forEach((node) => node.remove());
    });
  };

  /** The list as a Word document: the assignment's title, instructions and due date, each text's passages in list order, the questions with room to answer. */
  const exportWord = async (items: readonly ReadingItem[]) => {
    const words = JSON.parse(container.dataset.wordStrings ?? '{}') as WordStrings;
    const announce = container.querySelector('[data-reading-announce]');
    const say = (text: string) => {
      if (announce) announce.textContent = text;
    };
    say(words.exporting);
    try {
      const word = await loadWordExport(root);
      // Consecutive passages of one text make one section, so a text's heading is not repeated between its ¶.
      const sections: WordSection[] = [];
      let previous: { key: string; data: EntryData; picks: SectionPick[] } | undefined;
      const flush = () => previous && sections.push(word.entrySection(previous.data, root, previous.picks, lang, words));
      for (const item of items) {
        const key = `${lang}/${item.collection}/${item.id}`;
        const data = window.readingData?.[key];
        if (!data) continue;
        const pick = { paragraphs: item.paragraph === undefined ? [] : [item.paragraph] };
        if (previous?.key === key) previous.picks.push(pick);
        else {
          flush();
          previous = { key, data, picks: [pick] };
        }
      }
      flush();
      const assignment = assignmentTools.current();
      const title = assignment.title || words.listTitle;
      const fileName = exportFileName(title, 'docx');
      const blob = await word.wordDocumentBlob({
        lang: container.dataset.locale ?? lang,
        title,
        instructions: assignment.instructions ? { heading: words.instructions, text: assignment.instructions } : undefined,
        due: assignment.due
          ? { label: words.due, date: formatDueDate(assignment.due, container.dataset.datePattern || undefined, container.dataset.locale ?? lang) }
          : undefined,
        sections,
        questions: assignment.questions.length > 0 ? { heading: words.questions, items: assignment.questions, answerLines: 6 } : undefined,
      });
      word.offerDownload(blob, fileName);
      say(fill(words.exported, { file: fileName }));
    } catch (error) {
      say(fill(words.exportFailed, { error: (error as Error).message }));
    }
  };

  /** Copies the list's link; where the browser will not (from disk), selects it for Ctrl+C. */
  const copyLink = async () => {
    const linkField = container.querySelector<HTMLInputElement>('[data-reading-link]');
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
      await navigator.clipboard.writeText(window.location.href);
      const announce = container.querySelector('[data-reading-announce]');
      if (announce) announce.textContent = (JSON.parse(container.dataset.strings ?? '{}') as { copied: string }).copied;
    } catch {
      linkField?.focus();
      linkField?.select();
    }
  };

  return {
    ...assignmentTools,
    use: (control) => {
      if (control.matches('[data-reading-copy]')) void copyLink();
      // Pressed before the list's lookup settled, the export waits for it instead of writing an empty document.
      else if (control.matches('[data-reading-word]')) void host.ready().then(() => exportWord(host.items()));
      else if (control.matches('input')) void host.render();
    },
    rendered: () => {
      assignmentTools.addressChanged();
      void pairAll();
    },
  };
};
