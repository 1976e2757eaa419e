/**
 * `npm run import`'s pipeline, without the file system: a source's bytes in, the draft entry's
 * path and text and everything the report says out. Format readers → blocks → cleaning rules →
 * structure and voices → MDX. Throws an ImportError, writing nothing, for a source it cannot read.
 */
import { extname } from 'node:path';
import { labelOf } from '../../src/lib/languages.ts';
import type { SpeechFormat } from '../../src/schemas/speech.ts';
import { assertEntryId, collectionOfKind } from '../new-entry.ts';
import { cleanDocument, type CleanDocument } from './clean.ts';
import { findEnumerations, idFromWords, type Enumeration } from './enumerations.ts';
import { readText } from './readers/text.ts';
import { signalsFor, type LanguageSignals } from './signals/index.ts';
import { ImportError, type SourceDate, type SourceDocument } from './source.ts';
import { detectStructure, type DetectedStructure } from './voices.ts';
import { draftMdx, type DraftFrontMatter } from './write-draft.ts';

export interface ImportOptions {
  /** The source's file name: its extension says the format. */
  fileName: string;
  /** The language the draft is written in: the site's original. */
  lang: string;
  /** The `npm run new` kind of the entry (`speech`). */
  kind?: string | undefined;
  id?: string | undefined;
  /** The speaker's person id, when the editor gives it. */
  speaker?: string | undefined;
  /** Forces the format instead of detecting it. */
  format?: SpeechFormat | undefined;
  /** The people the library knows, to suggest the speaker from the names the text gives. */
  people?: { id: string; name: string }[] | undefined;
}

export interface ImportResult {
  id: string;
  /** The draft's path relative to the project root. */
  path: string;
  text: string;
  source: SourceDocument;
  clean: CleanDocument;
  structure: DetectedStructure;
  frontMatter: DraftFrontMatter;
  /** The date chosen, and where it came from. */
  date: SourceDate | undefined;
  enumerations: Enumeration[];
  /** Decisions about the whole entry, written at the top of the body. */
  entryDecisions: string[];
  /** What the editor still has to fill in that the source does not give. */
  toFill: string[];
  speakerCandidates: { id: string; name: string }[];
}

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

/** Imports one source into a draft entry in the original language. */
export async function importSource(bytes: Buffer, options: ImportOptions): Promise<ImportResult> {
  const kind = options.kind ?? 'speech';
  let collection: string;
  try {
    collection = collectionOfKind(kind);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  if (collection !== 'speeches') {
    throw new ImportError(`the import writes speeches (speech, interview or report) only; scaffold a ${kind} with \`npm run new -- ${kind} <id> …\` and copy its text in`);
  }
  const signals = signalsFor(options.lang);
  const source = await readSource(bytes, options.fileName, signals);
  const clean = cleanDocument(source, signals);
  if (clean.blocks.length === 0) throw new ImportError('nothing of the file is left once the page’s chrome is taken out; is it the article’s page?');
  assertLanguage(source, clean, options.lang, signals);

  const structure = detectStructure(clean.blocks, signals, options.format);
  for (const paragraph of structure.paragraphs) {
    if (paragraph.block.role === 'heading') paragraph.decisions.push(`¶${paragraph.n} is a heading in the source: keep it as a paragraph of the text, or delete it if it is the site’s`);
  }
  const id = options.id ?? (clean.title ? idFromWords(clean.title) : undefined);
  if (id === undefined) throw new ImportError('the source gives no title to make an id from: pass --id <id> (lowercase kebab-case without diacritics)');
  try {
    assertEntryId(id);
    if (options.speaker) assertEntryId(options.speaker);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }

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
