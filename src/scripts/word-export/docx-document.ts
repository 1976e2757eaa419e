/**
 * A `WordDocumentModel` (./model.ts) as a .docx, with the `docx` library. Large: never imported by a
 * page, only by the Word export script that loads when a reader asks for an export (./load.ts).
 *
 * Word proofs each run in the language it is marked with (`w:lang`), so every run carries the
 * language it is written in, and the document's defaults carry the language of its own words;
 * the title is Word's Title style and each heading a Heading 1/2, so the navigation pane and a table
 * of contents find them.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { WordDocumentModel, WordPassage, WordQuestions, WordText } from './model';

/**
 * The tag Word expects in `w:lang`, a language with its region (`vi-VN`, `en-US`): a bare language
 * code is given its likely region, as Word's own language list has no region-less entries.
 */
export function wordLanguageTag(tag: string): string {
  try {
    const locale = new Intl.Locale(tag);
    if (locale.region) return `${locale.language}-${locale.region}`;
    const region = locale.maximize().region;
    return region ? `${locale.language}-${region}` : locale.language;
  } catch {
    return tag;
  }
}

type RunStyle = Omit<IRunOptions, 'text' | 'language'>;

/** Runs of `text`, each marked with its language (the document's where it gives none). */
function runs(text: WordText, lang: string, style: RunStyle = {}): TextRun[] {
  const pieces = typeof text === 'string' ? [{ text, lang: undefined }] : text;
  return pieces.map((piece) => new TextRun({ ...style, text: piece.text, language: { value: wordLanguageTag(piece.lang ?? lang) } }));
}

/** A passage: its ¶ and whose words they are, the words in their language, the citation, the reader's note. */
function passageParagraphs(passage: WordPassage, lang: string): Paragraph[] {
  const lead: TextRun[] = [];
  if (passage.paragraph) lead.push(...runs(`${passage.paragraph}. `, lang, { bold: true }));
  if (passage.label) lead.push(...runs(`${passage.label}: `, lang, { italics: true }));
  const paragraphs = [new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [...lead, ...runs(passage.text, passage.lang)] })];
  if (passage.citation) paragraphs.push(new Paragraph({ indent: { left: 360 }, children: runs(passage.citation, lang, { size: 20, color: '444444' }) }));
  if (passage.note) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 360 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } },
        children: [...runs(`${passage.note.label}: `, lang, { bold: true }), ...runs(passage.note.text, lang, { italics: true })],
      }),
    );
  }
  return paragraphs;
}

/** The questions, numbered, each followed by ruled lines to write the answer on. */
function questionParagraphs(questions: WordQuestions, lang: string): Paragraph[] {
  const lines = questions.answerLines ?? 4;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(questions.heading, lang) }),
    ...questions.items.flatMap((question, index) => [
      new Paragraph({ keepNext: true, spacing: { before: 240 }, children: runs(`${index + 1}. ${question}`, lang) }),
      ...Array.from({ length: lines }, () => new Paragraph({ spacing: { before: 320 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } }, children: [] })),
    ]),
  ];
}

/** The document's paragraphs, in reading order. */
function bodyOf(model: WordDocumentModel): Paragraph[] {
  const { lang } = model;
  const body = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title, lang) })];
  if (model.subtitle) body.push(new Paragraph({ alignment: AlignmentType.LEFT, children: runs(model.subtitle, lang, { italics: true }) }));
  if (model.due) body.push(new Paragraph({ children: [...runs(`${model.due.label}: `, lang, { bold: true }), ...runs(model.due.date, lang)] }));
  if (model.instructions) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(model.instructions.heading, lang) }));
    for (const line of model.instructions.text.split(/\n+/)) body.push(new Paragraph({ children: runs(line, lang) }));
  }
  for (const section of model.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.heading, lang) }));
    for (const detail of section.details ?? []) body.push(new Paragraph({ children: runs(detail, lang, { size: 20 }) }));
    for (const passage of section.passages) body.push(...passageParagraphs(passage, lang));
  }
  if (model.questions && model.questions.items.length > 0) body.push(...questionParagraphs(model.questions, lang));
  return body;
}

/** The plain text of a title, for the file's properties. */
const plain = (text: WordText): string => (typeof text === 'string' ? text : text.map((run) => run.text).join(''));

/** The model as a .docx file. */
export function wordDocumentBlob(model: WordDocumentModel): Promise<Blob> {
  const document = new Document({
    title: plain(model.title),
    // The file's properties name no person: what a reader exports is theirs.
    creator: '',
    styles: { default: { document: { run: { language: { value: wordLanguageTag(model.lang) } } } } },
    sections: [{ children: bodyOf(model) }],
  });
  return Packer.toBlob(document);
}
