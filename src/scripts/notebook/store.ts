/**
 * The notebook on this device: localStorage only (nothing is sent anywhere), in the same format as
 * the file it exports (src/lib/notebook.ts), so one reader reads both.
 */
import { notebookFile, readNotebookFile, type NotebookItem } from '../../lib/notebook';

const storageKey = 'notebook';

/** The bookmarks kept on this device; none when storage is off or holds nothing. */
export function storedNotebook(): NotebookItem[] {
  try {
    const text = window.localStorage.getItem(storageKey);
    return text ? readNotebookFile(text).items : [];
  } catch {
    return [];
  }
}

/** Keeps the bookmarks on this device; false when the browser will not store them (storage off or full). */
export function storeNotebook(items: readonly NotebookItem[]): boolean {
  try {
    if (items.length === 0) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, notebookFile(items, new Date()));
    return true;
  } catch {
    return false;
  }
}
