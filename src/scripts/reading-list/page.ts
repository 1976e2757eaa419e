/**
 * Renders the reading list from the address, loads each entry's data.js (../entry-data.ts: a
 * classic <script>, which works from file://) for the entries this library has (an unknown one is
 * left out with a notice, costing no request), and keeps address and local scratch list in step as
 * the reader edits. An assignment in the address (`&assignment=…`) is kept there as written; the
 * tools that read and edit it, and that place another language beside each ¶, are a classic script
 * (`_tools/reading-list-tools.js`, ./assignment-tools.ts) loaded on first use, as is the Word export.
 */
import { citationAddress, citationFor, templateForVoice } from '../../lib/citation';
import { itemKey, readingHash, readReadingHash, type ReadingItem } from '../../lib/reading-list';
import { moved, skippedNotices, withoutItem, type SkippedTemplates } from '../../lib/reading-list-edits';
import { loadEntry, pageHref } from '../entry-data';
import type { ReadingListTools } from './assignment-tools';
import { storedItemsHash, storeItems } from './collect';

interface Strings extends SkippedTemplates {
  paragraph: string;
  remove: string;
  up: string;
  down: string;
  copied: string;
  missing: string;
  /** Labels an editors' summary, so it is never read as the source's words. */
  summary: string;
  /** Said after a library path when the copy was built without the site's address. */
  noSiteUrl: string;
  /** Labels a quoted ¶ that is the editors' translation, so it is never read as the source's words. */
  translation: string;
  /** Said when the list was cleared, `{{count}}` items, beside the button that brings them back. */
  cleared: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function setUpReadingList(): void {
  const container = document.querySelector<HTMLElement>('.reading-list');
  const list = container?.querySelector<HTMLOListElement>('[data-reading-items]');
  if (!container || !list) return;
  const root = container.dataset.root ?? '';
  const lang = container.dataset.lang ?? document.documentElement.lang;
  const strings = JSON.parse(container.dataset.strings ?? '{}') as Strings;
  const linkField = container.querySelector<HTMLInputElement>('[data-reading-link]');
  const empty = container.querySelector<HTMLElement>('[data-reading-empty]');
  const announce = container.querySelector<HTMLElement>('[data-reading-announce]');

  const skippedNotice = container.querySelector<HTMLElement>('[data-reading-skipped]');
  const known = new Set(JSON.parse(container.dataset.known ?? '[]') as string[]);

  /** Reads the list from the address (else this device's scratch list) and says what was left out. */
  const readAddress = (): ReadingItem[] => {
    const fromAddress = readReadingHash(window.location.hash, known);
    const read = fromAddress.items.length > 0 ? fromAddress : readReadingHash(storedItemsHash(), known);
    const lines = [...skippedNotices(fromAddress.skipped, strings), ...(read === fromAddress ? [] : skippedNotices(read.skipped, strings))];
    if (skippedNotice) {
      skippedNotice.replaceChildren(...lines.map((line) => element('p', '', line)));
      skippedNotice.hidden = lines.length === 0;
    }
    return read.items;
  };

  /** The address's assignment part (the tools bring back this device's when the address has no list). */
  const readAssignmentPart = (): string | undefined => /(?:^#|&)assignment=([^&]+)/.exec(window.location.hash)?.[1];

  let items: ReadingItem[] = readAddress();
  let assignment = readAssignmentPart();
  let listTools: ReadingListTools | undefined;
  let loadingTools: Promise<void> | undefined;
  // A <script> tag, as for data.js (one of the scripts src/integrations/on-demand-scripts.ts builds;
  // not ../on-demand.ts, whose bytes this page cannot afford at load): it works from file:// too.
  const loadTools = (): Promise<void> =>
    (loadingTools ??= new Promise<void>((resolve) => {
      const script = element('script', '');
      script.src = `${root}_tools/reading-list-tools.js`;
      script.onload = script.onerror = () => resolve();
      document.head.append(script);
    }).then(() => {
      listTools = window.readingListTools?.({
        container,
        items: () => items,
        render,
        save: (part) => {
          assignment = part;
          writeAddress();
        },
      }, assignment);
    }));

  /** Puts the list and its assignment in the address. */
  const writeAddress = (): void => {
    const listed = readingHash(items);
    const hash = assignment ? `${listed || '#'}${listed ? '&' : ''}assignment=${assignment}` : listed;
    window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    if (linkField) linkField.value = window.location.href;
  };

  const render = async (): Promise<void> => {
    writeAddress();
    storeItems(items);
    if (empty) empty.hidden = items.length > 0;
    await Promise.all(items.map((item) => loadEntry(root, `${lang}/${item.collection}/${item.id}`)));
    list.replaceChildren(...items.map((item, index) => renderItem(item, index)));
    listTools?.rendered();
  };

  const renderItem = (item: ReadingItem, index: number): HTMLLIElement => {
    const li = element('li', 'reading-item');
    const data = window.readingData?.[`${lang}/${item.collection}/${item.id}`];
    const key = itemKey(item);
    if (!data) {
      li.append(element('p', '', `${strings.missing} (${key})`));
    } else {
      const heading = element('h2', 'reading-item-title');
      const link = element('a', '', data.title);
      link.href = pageHref(root, data, item.paragraph);
      heading.append(link);
      if (item.paragraph !== undefined) heading.append(`, ${strings.paragraph.replace('{{n}}', String(item.paragraph))}`);
      li.append(element('p', 'reading-item-type', data.type), heading);
      if (item.paragraph === undefined) {
        const summary = element('p', 'reading-item-summary editorial-label');
        summary.append(element('strong', '', `${strings.summary}:`), ` ${data.summary}`);
        li.append(summary);
      } else {
        if (data.translation) li.append(element('p', 'reading-item-translation editorial-label', strings.translation));
        // Whose words they are, as the page labels them, and in which language they are written.
        const voiceLabel = data.voiceLabels?.[item.paragraph];
        if (voiceLabel) li.append(element('p', 'reading-item-voice para-voice', `${voiceLabel}:`));
        const quote = element('blockquote', 'reading-item-text', data.paragraphs?.[item.paragraph] ?? strings.missing);
        if (data.textLang && data.paragraphs?.[item.paragraph] !== undefined) quote.lang = data.textLang;
        li.append(quote);
      }
      const template = item.paragraph === undefined ? undefined : templateForVoice(data.citations, data.voices?.[item.paragraph]);
      if (template && item.paragraph !== undefined) {
        const where = citationAddress(item.paragraph, {
          canonical: data.url,
          current: new URL(pageHref(root, data), window.location.href),
          path: data.path,
          noSiteNote: strings.noSiteUrl,
        });
        li.append(element('p', 'reading-item-citation', citationFor(template, item.paragraph, where)));
      }
    }
    const tools = element('div', 'reading-item-tools screen-only');
    const button = (label: string, action: () => void, disabled = false) => {
      const control = element('button', '', label);
      control.type = 'button';
      control.disabled = disabled;
      control.setAttribute('aria-label', `${label}: ${data?.title ?? key}${item.paragraph === undefined ? '' : ` ¶${item.paragraph}`}`);
      control.addEventListener('click', () => {
        action();
        void render();
      });
      return control;
    };
    tools.append(
      button(strings.up, () => (items = moved(items, key, -1)), index === 0),
      button(strings.down, () => (items = moved(items, key, 1)), index === items.length - 1),
      button(strings.remove, () => (items = withoutItem(items, key))),
    );
    li.append(tools);
    return li;
  };

  container.querySelector('[data-reading-print]')?.addEventListener('click', () => window.print());
  // Clearing can be undone: the cleared items wait beside an Undo button until the list changes again.
  const cleared = container.querySelector<HTMLElement>('[data-reading-cleared]');
  const clearButton = container.querySelector<HTMLButtonElement>('[data-reading-clear]');
  const undoButton = container.querySelector<HTMLButtonElement>('[data-reading-undo]');
  let beforeClearing: ReadingItem[] = [];
  const hideCleared = () => {
    if (cleared) cleared.hidden = true;
    beforeClearing = [];
  };
  clearButton?.addEventListener('click', () => {
    if (items.length === 0) return;
    beforeClearing = items;
    items = [];
    const text = cleared?.querySelector('[data-reading-cleared-text]');
    if (text) text.textContent = strings.cleared.replace('{{count}}', String(beforeClearing.length));
    if (cleared) cleared.hidden = false;
    if (announce) announce.textContent = text?.textContent ?? '';
    void render();
    undoButton?.focus();
  });
  undoButton?.addEventListener('click', () => {
    items = beforeClearing;
    hideCleared();
    void render();
    clearButton?.focus();
  });
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button')) hideCleared();
  });
  // The tools load when the reader first uses one (the assignment editor, both languages, Word), or at once for a list that carries an assignment.
  container.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-reading-tools]');
    if (control) void loadTools().then(() => listTools?.use(control));
  });
  window.addEventListener('hashchange', () => {
    hideCleared();
    items = readAddress();
    assignment = readAssignmentPart();
    listTools?.read(assignment);
    if (assignment) void loadTools();
    void render();
  });
  if (assignment) void loadTools();
  void render();
}
