/**
 * Loads the Word export (the docx library and ./docx-document.ts, some hundreds of KB) only when a
 * reader asks for an export: a classic script, which also runs from disk (file://), where the
 * offline copy has no module scripts, and which the installed app keeps with the library.
 */
import type { WordExport } from './model';

declare global {
  interface Window {
    wordExport?: WordExport;
  }
}

/** Where the build writes the script, from the site's root (src/integrations/word-export.ts). */
export const wordExportScript = '_tools/word-export.js';

let loading: Promise<WordExport> | undefined;

/**
 * The Word export, loaded once from `<root>_tools/word-export.js`, `root` being the site's root
 * relative to the page (`../../`); rejects when the script cannot be loaded, so the caller can say so.
 */
export function loadWordExport(root: string): Promise<WordExport> {
  loading ??= new Promise<WordExport>((resolve, reject) => {
    if (window.wordExport) return resolve(window.wordExport);
    const script = document.createElement('script');
    script.src = `${root}${wordExportScript}`;
    script.onload = () => (window.wordExport ? resolve(window.wordExport) : reject(new Error(`${script.src} did not set up the Word export`)));
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined; // A failed load (a connection lost) may be tried again.
    throw error;
  });
  return loading;
}
