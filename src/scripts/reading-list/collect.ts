/**
 * "Add to reading list" on paragraphs and entries. The list being built is kept in localStorage
 * (a scratch pad on this device); the list page puts it in its address, which is what gets shared.
 */
import { parseReadingHash, readingHash, withItem, type ReadingItem } from '../../lib/reading-list';
// The notebook's button sits beside "+ Reading list" on every page that has one; imported here, it
// travels in this script rather than in one more (every byte a speech page loads counts).
import '../notebook/open-tools';

const storageKey = 'reading-list';

/** This device's scratch list, as an address hash (`#items=…`); empty when storage is off. */
export function storedItemsHash(): string {
  try {
    return window.localStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

function storedItems(): ReadingItem[] {
  return parseReadingHash(storedItemsHash());
}

export function storeItems(items: readonly ReadingItem[]): void {
  try {
    window.localStorage.setItem(storageKey, readingHash(items));
  } catch {
    // Storage can be off (private mode, some file:// setups); the address still carries the list.
  }
}

function itemFor(button: HTMLButtonElement): ReadingItem | undefined {
  const entry = button.dataset.readingEntry ?? button.closest<HTMLElement>('[data-entry]')?.dataset.entry;
  const [collection, id] = (entry ?? '').split('/');
  if (!collection || !id) return undefined;
  // A ¶'s button is known by the ¶ it sits in (`id="p7"`); the entry's own button by its entry.
  const paragraph = button.dataset.readingEntry ? undefined : /^p(\d+)$/.exec(button.closest('.para')?.id ?? '')?.[1];
  return { collection, id, paragraph: paragraph ? Number(paragraph) : undefined };
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-reading-add]');
  if (!button) return;
  const item = itemFor(button);
  if (!item) return;
  storeItems(withItem(storedItems(), item));
  button.dataset.added = 'true';
  const status = document.querySelector<HTMLElement>('[data-reading-status]');
  if (!status) return;
  // A whole entry's button says what it added; a ¶'s uses the page's message with its number.
  status.textContent = button.dataset.readingAdded ?? (item.paragraph === undefined ? '' : (status.dataset.addedParagraph ?? '').replace('{{n}}', String(item.paragraph)));
});
