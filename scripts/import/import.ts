/**
 * `npm run import`'s pipeline, without the file system: a source's bytes in, the draft entry's
 * path and text and everything the report says out. Format readers → blocks → cleaning rules →
 * structure and voices → MDX. Throws an ImportError, writing nothing, for a source it cannot read.
 */
import { extname } from 'node:path';
import { kinds } from '../../src/kinds/index.ts';
import { labelOf } from '../../src/lib/languages.ts';
import type { SpeechFormat } from '../../src/schemas/speech.ts';
import { assertEntryId, collectionOfKind, entryKinds } from '../new-entry.ts';
import { cleanDocument, type CleanDocument } from './clean.ts';
import { readDocumentFrame, type DocumentFrame } from './document-frame.ts';
import { findEnumerations, idFromWords, type Enumeration } from './enumerations.ts';
import { detectParts, opensPart, type DetectedDocument } from './parts.ts';
import { readText } from './readers/text.ts';
import { documentSignalsFor, signalsFor, type LanguageSignals } from './signals/index.ts';
import { ImportError, type SourceDate, type SourceDocument } from './source.ts';
import { detectStructure, type DetectedStructure } from './voices.ts';
import { documentDraftMdx, type DocumentFrontMatter } from './write-document-draft.ts';
import { draftMdx, type DraftFrontMatter } from './write-draft.ts';

export interface ImportOptions {
  /** The source's file name: its extension says the format. */
  fileName: string;
  /** The language the draft is written in: the site's original. */
  lang: string;
  /** The `npm run new` kind of the entry (`speech`, `resolution`): one whose descriptor is `importable`. */
  kind?: string | undefined;
  id?: string | undefined;
  /** The speaker's person id, when the editor gives it. */
  speaker?: string | undefined;
  /** Forces the format instead of detecting it. */
  format?: SpeechFormat | undefined;
  /** The people the library knows, to suggest the speaker from the names the text gives. */
  people?: { id: string; name: string }[] | undefined;
}

/** What every import hands the report, whatever the kind. */
interface ImportCommon {
  id: string;
  /** The draft's path relative to the project root. */
  path: string;
  text: string;
  source: SourceDocument;
  clean: CleanDocument;
  /** Decisions about the whole entry, written at the top of the body. */
  entryDecisions: string[];
  /** What the editor still has to fill in that the source does not give. */
  toFill: string[];
}

/** A draft of a text of numbered paragraphs (a speech, an interview, a report). */
export interface ImportResult extends ImportCommon {
  shape: 'paragraphs';
  structure: DetectedStructure;
  frontMatter: DraftFrontMatter;
  /** The date chosen, and where it came from. */
  date: SourceDate | undefined;
  enumerations: Enumeration[];
  speakerCandidates: { id: string; name: string }[];
}

/** A draft of an official document in numbered parts (a resolution). */
export interface DocumentImportResult extends ImportCommon {
  shape: 'parts';
  frame: DocumentFrame;
  document: DetectedDocument;
  frontMatter: DocumentFrontMatter;
}

/** A draft of either shape, as the kind's `citableParts` has it. */
export type AnyImportResult = ImportResult | DocumentImportResult;

const readable = ['.html', '.htm', '.txt', '.docx'];

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('the text is not UTF-8 (it may be saved as Windows-1258 or Latin-1): open it in an editor and save it as UTF-8');
  }
}

async function readSource(bytes: Buffer, fileName: string, signals: LanguageSignals | undefined): Promise<SourceDocument> {
  const extension = extname(fileName).toLowerCase();
  if (!readable.includes(extension)) {
    throw new ImportError(`cannot import a \`${extension || 'file without an extension'}\`: the import reads ${readable.join(', ')}; save the text in one of these formats (a PDF: copy its text into a .txt file)`);
  }
  if (bytes.length === 0 || (extension !== '.docx' && decodeUtf8(bytes).trim() === '')) throw new ImportError('the file is empty; is it the right file?');
  // The DOM and Word libraries load only for the formats that need them: a text import starts at once.
  if (extension === '.docx') return (await import('./readers/docx.ts')).readDocx(bytes);
  if (extension === '.txt') return readText(decodeUtf8(bytes));
  return (await import('./readers/html.ts')).readHtml(decodeUtf8(bytes), signals);
}

/** Refuses a text that is not in the language the draft is written in. */
function assertLanguage(source: SourceDocument, clean: CleanDocument, lang: string, signals: LanguageSignals | undefined): void {
  const declared = source.metadata.lang;
  if (declared && declared !== lang) {
    throw new ImportError(`the page declares its language as \`${declared}\` (<html lang>), not ${labelOf(lang)} (\`${lang}\`), the language of the site's originals: import the original text, not a translation`);
  }
  if (!signals) return;
  const words = clean.blocks.flatMap((block) => block.runs.map((run) => run.text).join('').split(/\s+/)).filter((word) => /\p{L}{2,}/u.test(word));
  if (words.length < 20) return;
  const share = words.filter((word) => signals.distinctiveLetters.test(word)).length / words.length;
  if (share < signals.distinctiveShare) {
    throw new ImportError(`the text does not read as ${labelOf(lang)} (\`${lang}\`), the language of the site's originals: only ${Math.round(share * 100)}% of its words have its letters; import the original text, not a translation`);
  }
}

/** The date the draft carries: a publication date the source states, else the day the page shows. */
function chooseDate(dates: SourceDate[]): SourceDate | undefined {
  return dates.find((date) => date.kind === 'published' && !date.uncertain) ?? dates.find((date) => date.kind === 'published') ?? dates.find((date) => date.kind === 'captured');
}

/** The `--kind` words of the kinds the import writes. */
export const importableKinds: string[] = Object.keys(entryKinds).filter((name) => kinds[entryKinds[name] as keyof typeof kinds].importable);

/** The collection a `--kind` names, and how its body is numbered; an ImportError for a kind the import does not write. */
function importTarget(kind: string): { collection: string; shape: 'paragraphs' | 'parts' } {
  let collection: string;
  try {
    collection = collectionOfKind(kind);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  const descriptor = kinds[collection as keyof typeof kinds];
  if (!descriptor.importable || !descriptor.citableParts) {
    throw new ImportError(`the import writes ${importableKinds.map((name) => `\`${name}\``).join(', ')} drafts, not \`${kind}\`: scaffold it with \`npm run new -- ${kind} <id> …\` and copy its text in`);
  }
  return { collection, shape: descriptor.citableParts };
}

/** The entry's id: the one given, else one made from the title; an ImportError when neither is there or it is not valid. */
function entryId(options: ImportOptions, title: string | undefined): string {
  const id = options.id ?? (title ? idFromWords(title) : undefined);
  if (id === undefined) throw new ImportError('the source gives no title to make an id from: pass --id <id> (lowercase kebab-case without diacritics)');
  try {
    assertEntryId(id);
    if (options.speaker) assertEntryId(options.speaker);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  return id;
}

/**
 * Imports one source into a draft entry in the original language: a speech (the default) or any
 * kind whose descriptor is `importable`, its body numbered as the kind's `citableParts` says.
 */
export async function importSource(bytes: Buffer, options: ImportOptions & { kind?: 'speech' | undefined }): Promise<ImportResult>;
export async function importSource(bytes: Buffer, options: ImportOptions): Promise<AnyImportResult>;
export async function importSource(bytes: Buffer, options: ImportOptions): Promise<AnyImportResult> {
  const { collection, shape } = importTarget(options.kind ?? 'speech');
  const signals = signalsFor(options.lang);
  const source = await readSource(bytes, options.fileName, signals);
  if (shape === 'parts') {
    if (options.format || options.speaker) throw new ImportError(`--format and --speaker describe a text of numbered paragraphs (a speech); a ${options.kind} takes neither`);
    return importDocument(source, collection, options, signals);
  }
  const clean = cleanDocument(source, signals);
  if (clean.blocks.length === 0) throw new ImportError('nothing of the file is left once the page’s chrome is taken out; is it the article’s page?');
  assertLanguage(source, clean, options.lang, signals);

  const structure = detectStructure(clean.blocks, signals, options.format);
  for (const paragraph of structure.paragraphs) {
    if (paragraph.block.role === 'heading') paragraph.decisions.push(`¶${paragraph.n} is a heading in the source: keep it as a paragraph of the text, or delete it if it is the site’s`);
  }
  const id = entryId(options, clean.title);

  const date = chooseDate(clean.dates);
  const captured = clean.dates.find((candidate) => candidate.kind === 'captured');
  const entryDecisions: string[] = [];
  if (date?.uncertain) entryDecisions.push(`the date ${date.date} is read from ${date.from} and written as the publication date: confirm it, or set dateKind: delivered if it is the day of the event`);
  const frontMatter: DraftFrontMatter = {
    ...(clean.title ? { title: clean.title } : { titleIsEditorial: true }),
    format: structure.format,
    ...(options.speaker ? { speakers: [options.speaker] } : {}),
    ...(date ? { date: date.date, dateKind: date.kind } : {}),
    source: {
      ...(source.metadata.publication ? { publication: source.metadata.publication } : {}),
      ...(source.metadata.url ? { url: source.metadata.url } : {}),
      ...(clean.photoCredits.length > 0 ? { photoCredit: clean.photoCredits.join(', ') } : {}),
      ...(captured && date !== captured ? { captured: captured.date } : {}),
    },
  };
  const bodyText = clean.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
  const speakerCandidates = (options.people ?? []).filter((person) => (clean.title ?? '').includes(person.name) || bodyText.includes(person.name));
  const toFill = [
    ...(clean.title ? [] : ['title: the source has none; write the editors’ description (titleIsEditorial is set)']),
    ...(options.speaker ? [] : [`speakers: pass --speaker <person-id>, or add \`speakers: [<id>]\`${speakerCandidates.length > 0 ? ` (the text names ${speakerCandidates.map((person) => `${person.name}: ${person.id}`).join(', ')})` : ''}`]),
    ...(date ? [] : ['date and dateKind: the source states no date; add the one it gives, never a guess']),
    'summary: the editors’ short neutral summary',
    ...(source.metadata.publication ? [] : ['source.publication: the page does not name it; add it if the source does']),
  ];
  const text = draftMdx(frontMatter, structure.paragraphs, entryDecisions);
  return {
    shape: 'paragraphs',
    id,
    path: `content/${collection}/${options.lang}/${id}.mdx`,
    text,
    source,
    clean,
    structure,
    frontMatter,
    date,
    enumerations: findEnumerations(structure.paragraphs, signals),
    entryDecisions,
    toFill,
    speakerCandidates,
  };
}

/** Imports an official document: its frame to the front matter, its numbered parts to `<Part>`s. */
function importDocument(source: SourceDocument, collection: string, options: ImportOptions, signals: LanguageSignals | undefined): DocumentImportResult {
  const words = documentSignalsFor(signals);
  // Captions are the page's, not the document's: they go to the cleaning rules, not into the frame.
  const captions = source.blocks.filter((block) => block.role === 'caption');
  const frame = readDocumentFrame(
    source.blocks.filter((block) => block.role !== 'caption'),
    words,
    (block) => opensPart(block, words),
  );
  const clean = cleanDocument({ ...source, blocks: [...frame.body, ...captions], dropped: [...source.dropped, ...frame.dropped] }, signals, { shape: 'document' });
  if (clean.blocks.length === 0) throw new ImportError('nothing of the file is left once its header, closing and the page’s chrome are taken out; is it the document’s text?');
  assertLanguage(source, clean, options.lang, signals);
  const document = detectParts(clean.blocks, words);
  const id = entryId(options, frame.title?.value);
  const entryDecisions = [...frame.decisions];
  if (!document.content.some((node) => node.type === 'part')) {
    entryDecisions.push('the import found no numbered part (I., 1., a), Chương, Điều …) in the text: wrap each part the document numbers in <Part n="…">, nested as it nests them');
  }
  const frontMatter: DocumentFrontMatter = {
    ...(frame.title ? { title: frame.title.value } : {}),
    ...(frame.documentType ? { documentType: frame.documentType.value } : {}),
    ...(frame.number ? { number: frame.number.value } : {}),
    ...(frame.issuer ? { issuer: frame.issuer.value } : {}),
    ...(frame.issued ? { issued: frame.issued.value } : {}),
    ...(frame.signer ? { signer: frame.signer.value } : {}),
    structure: document.structure,
    ...(source.metadata.url ? { sourceUrl: source.metadata.url } : {}),
  };
  const toFill = [
    ...(frame.title ? [] : ['title: the source gives none under the kind of document; write the document’s own title ("Về …")']),
    ...(frame.documentType ? [] : ['documentType: the source does not name its kind in a heading (NGHỊ QUYẾT …); write it as the document names itself']),
    ...(frame.issuer ? [] : ['issuer: the source’s header does not name the issuing body; write it as the document names it']),
    'summary: the editors’ short neutral summary',
  ];
  return {
    shape: 'parts',
    id,
    path: `content/${collection}/${options.lang}/${id}.mdx`,
    text: documentDraftMdx(frontMatter, document, entryDecisions),
    source,
    clean,
    frame,
    document,
    frontMatter,
    entryDecisions,
    toFill,
  };
}
