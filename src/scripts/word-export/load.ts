/**
 * Loads the Word export (the docx library and ./docx-document.ts, some hundreds of KB) only when a
 * reader asks for an export: `_tools/word-export.js`, a classic script (../on-demand.ts), which also
 * runs from disk (file://), where the offline copy has no module scripts, and which the installed
 * app keeps with the library.
 */
import { loadOnDemand } from '../on-demand';
import type { WordExport } from './model';

declare global {
  interface Window {
    wordExport?: WordExport;
  }
}

/**
 * The Word export, loaded once; rejects when the script cannot be loaded, so the caller can say so.
 * `root` is the site's root relative to the page (`../../`) where the caller knows it.
 */
export function loadWordExport(root?: string): Promise<WordExport> {
  return loadOnDemand('word-export', () => window.wordExport, root);
}
