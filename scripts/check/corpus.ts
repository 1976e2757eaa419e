/**
 * Reads content files into what the rules need: front matter as a YAML document (so every field
 * has a position), of the MDX body what its syntax tree says (its paragraphs, parts, references
 * and links, each with its position), and an index of which entries and ¶ anchors exist in each
 * language.
 *
 * The trees themselves are not kept: the rules that read one (tree rules) run on each body as it
 * is read. The check runs beside `astro build`, and at three thousand speeches the trees held some
 * 200 MB of its memory at the build's highest point.
 */
import type { Root } from 'mdast';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { maxFrontMatterAliases, splitFrontmatter } from '../../src/lib/content-files.ts';
import { originalLang, parseContentPath, type Lang } from '../../src/lib/languages.ts';
import { paragraphsOfTree, parseMdxBodyNatively, type SpeechParagraph } from '../../src/lib/speech-paragraphs.ts';
import { documentPartsOfTree, type DocumentPart } from '../../src/lib/document-part-tree.ts';
import { isCollectionName, type CollectionName } from '../../src/kinds/index.ts';
import type { Diagnostic, Point, RuleId, Severity } from './diagnostic.ts';
import { checkText } from './text.ts';
import { pointersOf, type BodyLink, type RefElement } from './body-pointers.ts';
import type { StatusQuestion } from '../../src/lib/translation-status.ts';

/** A file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface Entry {
  path: string;
  collection: CollectionName;
  lang: Lang;
  id: string;
  /** The front matter, or undefined when the file has none. */
  yaml: Document | undefined;
  frontmatter: unknown;
  body: string;
  /** False when the MDX does not parse (the syntax rule says why); then the body has no paragraphs, parts, references or links. */
  parsed: boolean;
  /** Why the front matter could not be turned into data (e.g. too many YAML aliases), if it could not. */
  frontmatterError: string | undefined;
  /** Why the body does not parse, as Astro's MDX compiler says it. */
  parseError: unknown;
  /** `<Para>` blocks of the body, in order (empty when the MDX does not parse). */
  paragraphs: SpeechParagraph[];
  /** `<Part>` blocks of the body (an official document's numbered parts), nested as written. */
  parts: DocumentPart[];
  /** Its `<Ref>` elements, in reading order. */
  refElements: RefElement[];
  /** Its links (Markdown links and definitions, `<a href>`), in reading order. */
  links: BodyLink[];
  /** Its self-check questions with text (`selfCheck`), for the translation status; the schema rule checks their form. */
  questions: StatusQuestion[];
  /** Maps a position in the front matter (character offset) to a file position. */
  frontmatterPoint: (offset: number) => Point;
  /** Maps a position in the body (1-based line and column) to a file position. */
  bodyPoint: (point: Point | undefined) => Point;
}

/** A rule that reads a body's syntax tree; it runs as the body is read (see above). */
export type TreeRule = (entry: Entry, tree: Root) => Diagnostic[];

export interface Corpus {
  entries: Entry[];
  /** Files under content/ that are not `<collection>/<lang>/<id>.mdx` with a known collection. */
  misplaced: SourceFile[];
  /** Problems found reading files and their characters (encoding, links, permissions), one per problem. */
  fileProblems: Diagnostic[];
  /** Problems the tree rules found in the bodies as they were read. */
  bodyProblems: Diagnostic[];
  /** Entries by collection, language and id. */
  find(collection: string, lang: Lang, id: string): Entry | undefined;
  /**
   * The entry a page in `lang` shows: its translation, else (not yet translated) the original,
   * which the site publishes in every language.
   */
  published(collection: string, lang: Lang, id: string): Entry | undefined;
  /** Ids of a collection in one language, for suggestions. */
  idsOf(collection: string, lang: Lang): string[];
}

/** Builds a diagnostic; `point` defaults to the start of the file. */
export function report(
  entry: { path: string },
  rule: RuleId,
  message: string,
  point: Point = { line: 1, column: 1 },
  severity: Severity = 'error',
): Diagnostic {
  return { file: entry.path, line: point.line, column: point.column, severity, message, rule };
}

/** Reads one file; `treeRules` report into `bodyProblems`. */
function readEntry(source: SourceFile, collection: CollectionName, lang: Lang, id: string, treeRules: readonly TreeRule[], bodyProblems: Diagnostic[]): Entry {
  const { yaml, body, bodyStartLine } = splitFrontmatter(source.text);
  const lineCounter = new LineCounter();
  const document = yaml === undefined ? undefined : parseDocument(yaml, { lineCounter });
  let frontmatter: unknown;
  let frontmatterError: string | undefined;
  try {
    frontmatter = document && isMap(document.contents) ? document.toJS({ maxAliasCount: maxFrontMatterAliases }) : undefined;
  } catch (error) {
    frontmatterError = (error as Error).message;
  }
  let tree: Root | undefined;
  let paragraphs: SpeechParagraph[] = [];
  let parts: DocumentPart[] = [];
  let pointers: ReturnType<typeof pointersOf> = { refElements: [], links: [] };
  let parseError: unknown;
  // Parsed as Astro's compiler parses it (and fast); the syntax rule explains a failure.
  try {
    tree = parseMdxBodyNatively(body);
    paragraphs = paragraphsOfTree(tree);
    parts = documentPartsOfTree(tree);
    pointers = pointersOf(tree, body);
  } catch (error) {
    tree = undefined;
    parseError = error;
  }
  const selfCheck = (frontmatter as { selfCheck?: unknown } | undefined)?.selfCheck;
  const questions = (Array.isArray(selfCheck) ? selfCheck : []).map((item) => {
    const { question, answer, source } = (item ?? {}) as Record<string, unknown>;
    return { question: String(question ?? ''), answer: String(answer ?? ''), source: typeof source === 'string' ? source : undefined };
  });
  const entry: Entry = {
    path: source.path,
    collection,
    lang,
    id,
    yaml: document,
    frontmatter,
    frontmatterError,
    body,
    parsed: tree !== undefined,
    parseError,
    paragraphs,
    parts,
    ...pointers,
    questions,
    // The YAML starts on line 2, after the opening `---`.
    frontmatterPoint: (offset) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + 1, column: col };
    },
    bodyPoint: (point) => (point ? { line: bodyStartLine + point.line - 1, column: point.column } : { line: bodyStartLine, column: 1 }),
  };
  if (tree) for (const rule of treeRules) bodyProblems.push(...rule(entry, tree));
  return entry;
}

export interface CorpusOptions {
  /** The rules to run on each body that parses (none, to read the corpus without checking it). */
  treeRules: readonly TreeRule[];
  /** Where the files are, relative to the project root. */
  contentDir?: string;
  /** Problems already found reading the files from disk. */
  fileProblems?: Diagnostic[];
}

/** The corpus of some files (paths relative to the project root, under `contentDir`). */
export function buildCorpus(files: SourceFile[], { treeRules, contentDir = 'content', fileProblems = [] }: CorpusOptions): Corpus {
  const entries: Entry[] = [];
  const bodyProblems: Diagnostic[] = [];
  const misplaced: SourceFile[] = [];
  // A byte-order mark (what Notepad writes at the start) is harmless: it is not part of the text.
  const sources = files.map((file) => (file.text.startsWith('\uFEFF') ? { ...file, text: file.text.slice(1) } : file));
  const problems = [...fileProblems, ...sources.flatMap(checkText)];
  for (const source of sources) {
    const parts = parseContentPath(source.path.slice(contentDir.length + 1));
    if (parts && isCollectionName(parts.collection)) entries.push(readEntry(source, parts.collection, parts.lang, parts.id, treeRules, bodyProblems));
    else misplaced.push(source);
  }
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.lang}/${entry.id}`, entry]));
  return {
    entries,
    misplaced,
    fileProblems: problems,
    bodyProblems,
    find: (collection, lang, id) => byKey.get(`${collection}/${lang}/${id}`),
    published: (collection, lang, id) => byKey.get(`${collection}/${lang}/${id}`) ?? byKey.get(`${collection}/${originalLang}/${id}`),
    idsOf: (collection, lang) =>
      entries.filter((entry) => entry.collection === collection && entry.lang === lang).map((entry) => entry.id),
  };
}

/** The file position of a front-matter field such as `['statedIn', 'paragraphs', 0]`, or of its nearest present parent. */
export function fieldPoint(entry: Entry, path: readonly PropertyKey[]): Point {
  if (!entry.yaml) return { line: 1, column: 1 };
  for (let length = path.length; length > 0; length--) {
    const node = entry.yaml.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return entry.frontmatterPoint(node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** The file position of a top-level front-matter key (its name, not its value). */
export function keyPoint(entry: Entry, key: string): Point {
  const contents = entry.yaml?.contents;
  if (!isMap(contents)) return { line: 1, column: 1 };
  const pair = contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
  return range ? entry.frontmatterPoint(range[0]) : { line: 1, column: 1 };
}
