/**
 * The notebook page's file work, `_tools/notebook-files.js` (src/integrations/on-demand-scripts.ts),
 * loaded when the reader presses one of its buttons (./page.ts): export to Word (../word-export/),
 * export to a JSON file, and import of such a file, merged into the notebook, every bookmark checked
 * and each one left out said, nothing in the file run.
 */
import { fillPlaceholders as fill } from '../../i18n/translator';
import type { KnownEntries } from '../../lib/known-entries';
import { bookmarkedEntries, entryKeyOf, groupedByEntry, mergeNotebooks, notebookFile, parseNotebookFile, readNotebook, type NotebookItem, type NotebookProblem } from '../../lib/notebook';
import { loadEntry } from '../entry-data';
import { offerDownload } from '../word-export/download';
import { loadWordExport } from '../word-export/load';
import { exportFileName, type WordSection } from '../word-export/model';

/** The notebook page's words (src/pages/[lang]/notebook.astro), placeholders unfilled. */
export type NotebookStrings = Record<
  | 'title' | 'wholeText' | 'paragraph' | 'paragraphList' | 'note' | 'remove' | 'removed' | 'noteSaved' | 'storageOff' | 'clearConfirm' | 'cleared'
  | 'imported' | 'importNotJson' | 'importNotNotebook' | 'importVersion' | 'importShape' | 'importUnknown' | 'importNoteCut' | 'importOverLimit'
  | 'exporting' | 'exported' | 'exportFailed' | 'exportedOn' | 'summary' | 'translation' | 'noSiteUrl' | 'missing',
  string
>;

/** What the page hands the file work: its settings, the notebook, and how to report and replace it. */
export interface NotebookPage {
  root: string;
  lang: string;
  locale: string;
  strings: NotebookStrings;
  /** Looks entries (`collection/id`) up in this language's entry list (../known-entries.ts): a bookmark on anything else is not imported. */
  lookUp(keys: readonly string[]): Promise<KnownEntries>;
  items(): readonly NotebookItem[];
  say(message: string): void;
  /** Lists what an import left out (none: the list is hidden). */
  problems(lines: readonly string[]): void;
  /** Keeps and shows a new notebook; false when the browser would not store it (the page says so). */
  replace(items: NotebookItem[]): boolean;
}

/** What the script offers the page. */
export interface NotebookFiles {
  exportWord(page: NotebookPage): Promise<void>;
  exportFile(page: NotebookPage): void;
  importFile(page: NotebookPage, file: File): Promise<void>;
}

/** What a problem with an imported file says, in the page's language. */
function problemText(problem: NotebookProblem, file: string, strings: NotebookStrings): string {
  switch (problem.kind) {
    case 'not-json':
      return fill(strings.importNotJson, { file });
    case 'not-notebook':
      return fill(strings.importNotNotebook, { file });
    case 'version':
      return fill(strings.importVersion, { file, version: String(problem.version) });
    case 'item':
      return fill(problem.reason === 'unknown-entry' ? strings.importUnknown : strings.importShape, { n: problem.index });
    case 'note-cut':
      return fill(strings.importNoteCut, { n: problem.index });
    case 'over-limit':
      return fill(strings.importOverLimit, { count: problem.count });
  }
}

/** `Sổ-tay-2026-03-07.docx`: the notebook's name and the day. */
const fileNameOf = (page: NotebookPage, now: Date, extension: string) => exportFileName(`${page.strings.title} ${now.toISOString().slice(0, 10)}`, extension);

async function exportWord(page: NotebookPage): Promise<void> {
  const { strings, lang, root } = page;
  page.say(strings.exporting);
  try {
    const word = await loadWordExport(root);
    const sections: WordSection[] = [];
    // As the page shows them: an entry not known (or whose shard did not load) has no words to export.
    const known = await page.lookUp(page.items().map(entryKeyOf));
    for (const group of groupedByEntry(page.items().filter((item) => known(entryKeyOf(item))))) {
      const data = await loadEntry(root, `${lang}/${group.entry}`);
      if (data) sections.push(word.entrySection(data, root, group.items, lang, strings));
    }
    const now = new Date();
    const date = new Intl.DateTimeFormat(page.locale, { dateStyle: 'long' }).format(now);
    const fileName = fileNameOf(page, now, 'docx');
    word.offerDownload(await word.wordDocumentBlob({ lang, title: strings.title, subtitle: fill(strings.exportedOn, { date }), sections }), fileName);
    page.say(fill(strings.exported, { file: fileName }));
  } catch (failure) {
    page.say(fill(strings.exportFailed, { error: failure instanceof Error ? failure.message : String(failure) }));
  }
}

function exportFile(page: NotebookPage): void {
  const now = new Date();
  offerDownload(new Blob([notebookFile(page.items(), now)], { type: 'application/json' }), fileNameOf(page, now, 'json'));
}

async function importFile(page: NotebookPage, file: File): Promise<void> {
  const content = parseNotebookFile(await file.text());
  // Its entries looked up first: at most maxNotebookItems of them, in at most every shard once. One
  // whose shard did not load is imported, not dropped, and shown as missing until it loads.
  const known = await page.lookUp(bookmarkedEntries(content));
  const read = readNotebook(content, { has: (entry) => known(entry) !== false });
  const lines = read.problems.map((problem) => problemText(problem, file.name, page.strings));
  page.problems(lines);
  if (read.items.length === 0) return page.say(lines[0] ?? fill(page.strings.imported, { count: 0, file: file.name }));
  if (page.replace(mergeNotebooks(page.items(), read.items))) page.say(fill(page.strings.imported, { count: read.items.length, file: file.name }));
}

window.notebookFiles = { exportWord, exportFile, importFile };
