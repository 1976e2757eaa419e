/**
 * What every format reader hands on: the source as a list of blocks in reading order, with the
 * provenance the source itself states. The cleaning rules, the voice detection and the MDX writer
 * work on this shape only, so a new format is one reader.
 */

/** A run of text with the emphasis the source gives it. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** What a block is, as far as the source's own markup says. */
export type BlockRole =
  /** The document's title (an `<h1>`, Word's Title style). */
  | 'title'
  /** A heading inside the text. */
  | 'heading'
  /** Body text, as far as the format knows. */
  | 'paragraph'
  /** A photo's caption (`<figcaption>`, Word's Caption style). */
  | 'caption'
  /** An item of a list. */
  | 'list-item';

/** One block of the source: a paragraph, a heading, a caption. */
export interface SourceBlock {
  role: BlockRole;
  /** The text with emphasis; joined, it is `text`. */
  runs: TextRun[];
  /** Where it is in the source, for the report: `line 12`, `<p> 7`, `paragraph 3`. */
  where: string;
  /** A heading's level as the source marks it (`<h2>`, Word's Heading 2 style): 1 is the outermost. */
  headingLevel?: number;
}

/** A date the source gives, and how it gives it. */
export interface SourceDate {
  /** YYYY-MM-DD. */
  date: string;
  /**
   * `published`: a publication date of the article (`article:published_time`, a byline date);
   * `captured`: only a date on the page, such as a masthead clock.
   */
  kind: 'published' | 'captured';
  /** Where it was read, for the report: `article:published_time`, `masthead line 1`. */
  from: string;
  /** True when the reading may be wrong and an editor should confirm it. */
  uncertain?: boolean;
}

/** Provenance as the source states it; each field only where it does. */
export interface SourceMetadata {
  title?: string;
  publication?: string;
  /** The original address: the page's canonical link or `og:url`. */
  url?: string;
  dates: SourceDate[];
  byline?: string;
  /** The language the source declares (`<html lang>`), when it declares one. */
  lang?: string;
}

/** A block the reader or the cleaning rules left out, and why. */
export interface DroppedBlock {
  text: string;
  reason: string;
  where: string;
}

/** A source read into blocks. */
export interface SourceDocument {
  format: 'html' | 'txt' | 'docx';
  blocks: SourceBlock[];
  metadata: SourceMetadata;
  /** What the reader itself left out (menus, scripts, related lists), for the report. */
  dropped: DroppedBlock[];
  /** What the format library said about the file (mammoth's warnings), for the report. */
  notes: string[];
}

/** The plain text of a block, whitespace collapsed. */
export function blockText(block: Pick<SourceBlock, 'runs'>): string {
  return block.runs.map((run) => run.text).join('').replace(/\s+/g, ' ').trim();
}

/** A block the import cannot read past: the message says what is wrong and what to do. */
export class ImportError extends Error {
  override name = 'ImportError';
}
