/**
 * The notebook page: the bookmarks kept in this browser (./store.ts) by text, those on an entry this
 * library has (looked up in the shards of its entry list, ../known-entries.ts), each ¶'s words from
 * the entry's data.js (../entry-data.ts, a classic script: also from disk), the reader's note
 * editable beside them, clearing after the reader confirms. Export to Word or to a file and import
 * (./files.ts) load when the reader presses their buttons.
 */
import { fillPlaceholders as fill } from '../../i18n/translator';
import { citationAddress, citationFor, templateForVoice } from '../../lib/citation';
import { entryKeyOf, groupedByEntry, itemKeyOf, paragraphListText, withNote, withoutBookmark, type NotebookItem } from '../../lib/notebook';
import { loadEntry, pageHref, type EntryData } from '../entry-data';
import { knownEntriesLookup } from '../known-entries';
import { loadOnDemand } from '../on-demand';
import type { NotebookFiles, NotebookPage, NotebookStrings } from './files';
import { storedNotebook, storeNotebook } from './store';

type Strings = NotebookStrings;

declare global {
  interface Window {
    notebookFiles?: NotebookFiles;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function setUpNotebook(): void {
  const container = document.querySelector<HTMLElement>('.notebook');
  const texts = container?.querySelector<HTMLElement>('[data-notebook-texts]');
  if (!container || !texts) return;
  const root = container.dataset.root ?? '';
  const lang = container.dataset.lang ?? document.documentElement.lang;
  const locale = container.dataset.locale ?? lang;
  const strings = JSON.parse(container.dataset.strings ?? '{}') as Strings;
  const lookUp = knownEntriesLookup(container);
  const status = container.querySelector<HTMLElement>('[data-notebook-status]');
  const problems = container.querySelector<HTMLUListElement>('[data-notebook-problems]');
  const empty = container.querySelector<HTMLElement>('[data-notebook-empty]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  let items: NotebookItem[] = storedNotebook();
  const describe = (paragraphs: readonly number[]) =>
    paragraphs.length === 0 ? strings.wholeText : paragraphs.length === 1 ? fill(strings.paragraph, { n: paragraphs[0]! }) : fill(strings.paragraphList, { list: paragraphListText(paragraphs) });

  /** Keeps the notebook; says so when the browser will not. */
  const store = (next: NotebookItem[]): boolean => {
    if (!storeNotebook(next)) {
      say(strings.storageOff);
      return false;
    }
    items = next;
    return true;
  };

  /** One bookmark: what it is on (the ¶'s words as the page labels them, or the editors' summary), the reader's note, Remove. */
  const renderItem = (item: NotebookItem, data: EntryData, index: number): HTMLLIElement => {
    const li = element('li', 'notebook-item');
    const key = itemKeyOf(item);
    const headingId = `notebook-item-${index}`;
    const heading = element('h3');
    heading.id = headingId;
    const link = element('a', '', describe(item.paragraphs));
    link.href = pageHref(root, data, item.paragraphs[0]);
    heading.append(link);
    li.append(heading);
    if (item.paragraphs.length === 0) {
      const summary = element('p', 'notebook-summary editorial-label');
      summary.append(element('strong', '', `${strings.summary}:`), ` ${data.summary}`);
      li.append(summary);
    } else {
      if (data.translation) li.append(element('p', 'notebook-translation editorial-label', strings.translation));
      for (const n of item.paragraphs) {
        const voice = data.voiceLabels?.[n];
        if (voice) li.append(element('p', 'notebook-voice para-voice', `${voice}:`));
        const text = data.paragraphs?.[n];
        const quote = element('blockquote', 'notebook-quote', text ?? strings.missing);
        if (text !== undefined && data.textLang) quote.lang = data.textLang;
        li.append(quote);
        const template = templateForVoice(data.citations, data.voices?.[n]);
        if (template) {
          const where = citationAddress(n, { canonical: data.url, current: new URL(pageHref(root, data), window.location.href), path: data.path, noSiteNote: strings.noSiteUrl });
          li.append(element('p', 'notebook-citation', citationFor(template, n, where)));
        }
      }
    }
    // The reader's words, in a field of their own: never shown as the text's.
    const label = element('label', '', strings.note);
    label.htmlFor = `notebook-note-${index}`;
    const note = element('textarea');
    note.id = label.htmlFor;
    note.rows = 3;
    note.value = item.note;
    note.setAttribute('aria-describedby', headingId);
    note.addEventListener('input', () => void store(withNote(items, key, note.value)));
    note.addEventListener('change', () => say(strings.noteSaved));
    const remove = element('button', '', strings.remove);
    remove.type = 'button';
    remove.setAttribute('aria-describedby', headingId);
    remove.addEventListener('click', () => {
      if (!store(withoutBookmark(items, key))) return;
      say(strings.removed);
      void render();
    });
    li.append(label, note, remove);
    return li;
  };

  /** Counts the renderings: one that a later one overtook while it waited is dropped. */
  let renders = 0;
  const render = async (): Promise<void> => {
    const rendering = ++renders;
    if (empty) empty.hidden = items.length > 0;
    // A bookmark on an entry this library does not have is not shown; one whose shard did not load
    // is shown as missing, with nothing loaded for it.
    const known = await lookUp(items.map(entryKeyOf));
    const groups = groupedByEntry(items.filter((item) => known(entryKeyOf(item)) !== false));
    const loaded = await Promise.all(groups.map((group) => (known(group.entry) ? loadEntry(root, `${lang}/${group.entry}`) : undefined)));
    if (rendering !== renders) return;
    let index = 0;
    texts.replaceChildren(
      ...groups.map((group, at) => {
        const data = loaded[at];
        const section = element('section', 'notebook-text');
        const heading = element('h2');
        heading.id = `notebook-text-${at}`;
        section.setAttribute('aria-labelledby', heading.id);
        if (!data) {
          heading.textContent = `${strings.missing} (${group.entry})`;
          section.append(heading);
          return section;
        }
        const link = element('a', '', data.title);
        link.href = pageHref(root, data);
        if (data.textLang && data.textLang !== lang) link.lang = data.textLang;
        heading.append(link);
        const list = element('ol', 'notebook-items');
        list.append(...group.items.map((item) => renderItem(item, data, index++)));
        section.append(element('p', 'notebook-type', data.type), heading, list);
        return section;
      }),
    );
  };

  // Export and import load with their code (`_tools/notebook-files.js`) when pressed.
  const page: NotebookPage = {
    root,
    lang,
    locale,
    strings,
    lookUp,
    items: () => items,
    say,
    problems: (lines) => {
      if (!problems) return;
      problems.replaceChildren(...lines.map((line) => element('li', '', line)));
      problems.hidden = lines.length === 0;
    },
    replace: (next) => {
      if (!store(next)) return false;
      void render();
      return true;
    },
  };
  const files = () => loadOnDemand('notebook-files', () => window.notebookFiles, root);
  container.querySelector('[data-notebook-word]')?.addEventListener('click', () => void files().then((loaded) => loaded.exportWord(page)));
  container.querySelector('[data-notebook-export]')?.addEventListener('click', () => void files().then((loaded) => loaded.exportFile(page)));
  const importField = container.querySelector<HTMLInputElement>('[data-notebook-import]');
  importField?.addEventListener('change', () => {
    const file = importField.files?.[0];
    importField.value = '';
    if (file) void files().then((loaded) => loaded.importFile(page, file));
  });

  container.querySelector('[data-notebook-clear]')?.addEventListener('click', () => {
    if (items.length === 0) return;
    // Nothing brings a cleared notebook back, so the reader confirms first.
    if (!window.confirm(fill(strings.clearConfirm, { count: items.length }))) return;
    if (!store([])) return;
    say(strings.cleared);
    void render();
  });

  void render();
}
