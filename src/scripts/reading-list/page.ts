/**
 * Reads the reading list from the address, loads each entry's data.js (../entry-data.ts: a
 * classic <script>, which works from file://) for the entries this library has (looked up in the
 * shards of its entry list, ../known-entries.ts: an unknown one is left out with a notice, costing
 * no data.js request), shows the items with a classic script of their own
 * (`_tools/reading-list-items.js`, ./items.ts) loaded once the list has one, and keeps address and
 * local scratch list in step as the reader edits. An
 * assignment in the address (`&assignment=…`) is kept there as written; the tools that read and
 * edit it, and that place another language beside each ¶, are a classic script
 * (`_tools/reading-list-tools.js`, ./assignment-tools.ts) loaded on first use, as is the Word export.
 */
import type { KnownEntries } from '../../lib/known-entries';
import { itemKey, readingHash, readReadingHash, type ReadingItem } from '../../lib/reading-list';
import { entriesNamedIn, skippedNotices, type SkippedTemplates } from '../../lib/reading-list-edits';
import { loadEntry, loadScriptOnce } from '../entry-data';
import { knownEntriesLookup } from '../known-entries';
import type { ReadingListTools } from './assignment-tools';
import { storedItemsHash, storeItems } from './collect';
import type { ItemStrings } from './items';

interface Strings extends SkippedTemplates, ItemStrings {
  copied: string;
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
  const lookUp = knownEntriesLookup(container);
  /**
   * What the lookup of the list's entries found (../known-entries.ts): an unknown entry is left out,
   * only a known one's data.js is loaded, and one whose shard did not load is kept, shown as
   * missing. Undefined until the first lookup: until then nothing is rendered, and neither the
   * address nor this device's scratch list is written, so neither loses its items.
   */
  let known: KnownEntries | undefined;
  const isKept = { has: (entry: string) => known?.(entry) !== false };

  /** Looks up the entries of the address, and, when it lists none this library has, of the scratch list. */
  const lookUpList = async (): Promise<KnownEntries> => {
    const named = entriesNamedIn(window.location.hash);
    const found = await lookUp(named);
    return named.some((entry) => found(entry) !== false) ? found : lookUp([...named, ...entriesNamedIn(storedItemsHash())]);
  };

  /** Reads the list from the address (else this device's scratch list) and says what was left out. */
  const readAddress = (): ReadingItem[] => {
    const fromAddress = readReadingHash(window.location.hash, isKept);
    const read = fromAddress.items.length > 0 ? fromAddress : readReadingHash(storedItemsHash(), isKept);
    const lines = [...skippedNotices(fromAddress.skipped, strings), ...(read === fromAddress ? [] : skippedNotices(read.skipped, strings))];
    if (skippedNotice) {
      skippedNotice.replaceChildren(...lines.map((line) => element('p', '', line)));
      skippedNotice.hidden = lines.length === 0;
    }
    return read.items;
  };

  /** Counts the lookups: one that a later one (a new address) overtook is dropped. */
  let lookups = 0;
  /**
   * Looks the list's entries up, then, unless the address changed meanwhile, reads and lists it
   * (`then`: what else follows a new address). While the lookup is pending, `known` is undefined:
   * an edit of the list still shown (an item moved or removed, the list cleared) is ignored, and
   * nothing writes the old list over the newly opened address or this device's scratch list; a
   * render of the old list still under way is dropped.
   */
  const showAddress = async (then?: () => void): Promise<void> => {
    const lookup = ++lookups;
    addressListed = /(?:^#|&)items=./.test(window.location.hash);
    known = undefined;
    renders++;
    const found = await lookUpList();
    if (lookup !== lookups) return;
    known = found;
    items = readAddress();
    then?.();
    await render();
  };

  /** The address's assignment part (the tools bring back this device's when the address has no list). */
  const readAssignmentPart = (): string | undefined => /(?:^#|&)assignment=([^&]+)/.exec(window.location.hash)?.[1];

  // Empty until the address has been read (showAddress, below).
  let items: ReadingItem[] = [];
  /** Whether the address as opened (or last changed to) listed items, before the page wrote any into it. */
  let addressListed = false;
  /** The latest showAddress: settled once the address's list is known and rendered. */
  let shown: Promise<void> = Promise.resolve();
  let assignment = readAssignmentPart();
  let listTools: ReadingListTools | undefined;
  let loadingTools: Promise<void> | undefined;
  // A <script> tag, loaded as data.js is (one of the scripts src/integrations/on-demand-scripts.ts
  // builds; not ../on-demand.ts, whose bytes this page cannot afford at load): it works from file:// too.
  const loadTools = (): Promise<void> =>
    (loadingTools ??= loadScriptOnce(`${root}_tools/reading-list-tools.js`, () => window.readingListTools).then((setUpTools) => {
      listTools = setUpTools?.({
        container,
        addressListed: () => addressListed,
        ready: () => shown,
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
    if (!known) return;
    const listed = readingHash(items);
    const hash = assignment ? `${listed || '#'}${listed ? '&' : ''}assignment=${assignment}` : listed;
    window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    if (linkField) linkField.value = window.location.href;
  };

  /** Counts the renders: one that a later one (an edit, a new address) overtook does not show its list. */
  let renders = 0;
  const render = async (): Promise<void> => {
    if (!known) return;
    const rendering = ++renders;
    const found = known;
    writeAddress();
    storeItems(items);
    if (empty) empty.hidden = items.length > 0;
    // The items' script (`_tools/reading-list-items.js`, ./items.ts) loads beside their data.js, only
    // for a list with items. Should it not load, each item is said to be missing, and kept.
    const [renderItems] = await Promise.all([
      items.length > 0 ? loadScriptOnce(`${root}_tools/reading-list-items.js`, () => window.readingListItems) : undefined,
      ...items.filter((item) => found(`${item.collection}/${item.id}`)).map((item) => loadEntry(root, `${lang}/${item.collection}/${item.id}`)),
    ]);
    if (rendering !== renders) return;
    list.replaceChildren(
      ...(renderItems?.({
        root,
        lang,
        strings,
        known: found,
        items: () => items,
        edit: (edited) => {
          items = edited;
          void render();
        },
      }) ?? items.map((item) => element('li', 'reading-item', `${strings.missing} (${itemKey(item)})`))),
    );
    listTools?.rendered();
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
    // Not while a newly opened address is looked up: the list shown is the old one (showAddress).
    if (items.length === 0 || !known) return;
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
    if (!known) return;
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
    shown = showAddress(() => {
      assignment = readAssignmentPart();
      listTools?.read(assignment);
      if (assignment) void loadTools();
    });
  });
  shown = showAddress();
  if (assignment) void loadTools();
}
