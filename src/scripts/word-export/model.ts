/**
 * The plain document model a Word export is made from: what a reading list, an assignment, a
 * speech's selected paragraphs or the notebook hand to `wordDocumentBlob` (./docx-document.ts).
 * Kept apart from the docx library so a page can build a model without loading it.
 */

/** A run of text in one language; `lang` (BCP 47: `vi`, `en-GB`) where it is not the document's. */
export interface WordRun {
  text: string;
  lang?: string | undefined;
}

/** Text as one string in the document's language, or as runs each marked with its language. */
export type WordText = string | readonly WordRun[];

/** A note the reader wrote: their words, labelled as theirs, never as the text's. */
export interface WordNote {
  /** "Ghi chú của bạn", "Your note". */
  label: string;
  text: string;
}

/** One passage: a ¶ of a text (or, for a whole entry, the editors' summary, labelled so). */
export interface WordPassage {
  /** The ¶ as the page labels it ("Đoạn 7", "Paragraph 7"); absent for a whole entry. */
  paragraph?: string | undefined;
  /**
   * What the page says about whose words these are, shown before them: a voice ("Lời dẫn của báo"),
   * "The editors' translation", "Editors' summary". Absent for the speaker's own words in the original.
   */
  label?: string | undefined;
  text: string;
  /** The language the passage is written in (BCP 47). */
  lang: string;
  /** The passage's citation, as src/lib/citation.ts makes it. */
  citation?: WordText | undefined;
  note?: WordNote | undefined;
}

/** A part of the document: one text (its title as heading) and the passages taken from it. */
export interface WordSection {
  heading: WordText;
  /** Lines under the heading: speaker, date, source, the whole text's citation. */
  details?: readonly WordText[] | undefined;
  passages: readonly WordPassage[];
}

/** A teacher's questions, each followed by room to answer. */
export interface WordQuestions {
  heading: string;
  items: readonly string[];
  /** Blank ruled lines left after each question (default 4). */
  answerLines?: number | undefined;
}

/** A whole document: title first, then instructions and due date, the sections, the questions. */
export interface WordDocumentModel {
  /** The language of the document's own words (its headings and labels): BCP 47, `vi` or `vi-VN`. */
  lang: string;
  title: WordText;
  subtitle?: WordText | undefined;
  instructions?: { heading: string; text: string } | undefined;
  /** "Hạn nộp" / "Due" and the date as the page writes it. */
  due?: { label: string; date: string } | undefined;
  sections: readonly WordSection[];
  questions?: WordQuestions | undefined;
}

/** What the lazily loaded Word export script offers (`loadWordExport`, ./load.ts). */
export interface WordExport {
  /** A text's passages as a section, from its data.js (./entry-sections.ts). */
  entrySection: typeof import('./entry-sections').entrySection;
  /** The model as a .docx file. */
  wordDocumentBlob(model: WordDocumentModel): Promise<Blob>;
  /** Offers a file to the reader as a download named `fileName` (also from disk and in the installed app). */
  offerDownload(blob: Blob, fileName: string): void;
}

/**
 * A file name for an export from its title: letters and digits kept (Vietnamese marks included, as
 * systems today keep them), runs of anything else made one hyphen, at most 80 characters.
 */
export function exportFileName(title: string, extension: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || 'export'}.${extension}`;
}
