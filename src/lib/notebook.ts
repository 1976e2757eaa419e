/**
 * A reader's private notebook: bookmarks on passages (one or several ¶ of a text) or whole entries,
 * each with the reader's own note. Kept in the browser's localStorage only; moved between devices as
 * a JSON file (`notebookFile`, `readNotebookFile`), which is data to validate, never code to run.
 */

/** One bookmark: a text's passage (its ¶, in order) or, with no paragraphs, the whole entry. */
export interface NotebookItem {
  collection: string;
  id: string;
  /** The ¶ numbers of the passage, ascending, no repeats; empty for the whole entry. */
  paragraphs: number[];
  /** The reader's own words about it; may be empty. */
  note: string;
  /** When it was first kept (ISO 8601), to list a text's bookmarks in the order they were made when ¶ are equal. */
  added: string;
}

/** The version of the file format (and of the stored notebook) this code writes and reads. */
export const notebookVersion = 1;

/** What identifies a notebook file, beside its version. */
const notebookFormat = 'study-notebook';

/** The most bookmarks a notebook keeps: an imported file is anyone's, and past this the rest are counted, not kept. */
export const maxNotebookItems = 2000;

/** The longest note kept, in characters; a longer one is cut there and the reader told. */
export const maxNoteLength = 20_000;

const namePattern = /^[a-z][a-z0-9-]{0,99}$/;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `collection/id`: the entry a bookmark is on. */
export const entryKeyOf = (item: Pick<NotebookItem, 'collection' | 'id'>): string => `${item.collection}/${item.id}`;

/** What makes two bookmarks one: the entry and the passage. */
export const itemKeyOf = (item: Pick<NotebookItem, 'collection' | 'id' | 'paragraphs'>): string => `${entryKeyOf(item)}#${item.paragraphs.join(',')}`;

/** ¶ numbers as a passage keeps them: whole, positive, ascending, once each. */
export function normalParagraphs(numbers: Iterable<number>): number[] {
  return [...new Set([...numbers].filter((n) => Number.isInteger(n) && n > 0 && n < 1_000_000))].sort((a, b) => a - b);
}

/**
 * ¶ as a reader types them: `3`, `3-5`, `3–5, 8` (any dash, commas or spaces between). Returns the
 * numbers, or undefined when some part is not a number or a range of them.
 */
export function parseParagraphList(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const numbers: number[] = [];
  for (const part of parts) {
    const match = /^(\d{1,6})(?:[-‐‑–—](\d{1,6}))?$/.exec(part);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from || to - from > 10_000) return undefined;
    for (let n = from; n <= to; n++) numbers.push(n);
  }
  return normalParagraphs(numbers);
}

/** A passage's ¶ as a reader reads them: runs joined, `3–5, 8`. */
export function paragraphListText(paragraphs: readonly number[]): string {
  const runs: string[] = [];
  for (let index = 0; index < paragraphs.length; ) {
    let end = index;
    while (end + 1 < paragraphs.length && paragraphs[end + 1] === paragraphs[end]! + 1) end++;
    runs.push(end === index ? String(paragraphs[index]) : `${paragraphs[index]}–${paragraphs[end]}`);
    index = end + 1;
  }
  return runs.join(', ');
}

/**
 * Two notes as one, neither lost: the same (or one within the other) is kept once, different ones
 * both, the kept one first, a blank line between.
 */
function joinedNotes(kept: string, other: string): string {
  if (!other.trim() || kept.includes(other)) return kept;
  if (!kept.trim() || other.includes(kept)) return other;
  return `${kept}\n\n${other}`;
}

/** The notebook with `item` kept: a new bookmark goes last; one already kept has its note joined with the new one. */
export function withBookmark(items: readonly NotebookItem[], item: NotebookItem): NotebookItem[] {
  const key = itemKeyOf(item);
  const index = items.findIndex((kept) => itemKeyOf(kept) === key);
  if (index === -1) return [...items, item];
  return items.map((kept, at) => (at === index ? { ...kept, note: joinedNotes(kept.note, item.note) } : kept));
}

/** The notebook with one bookmark's note replaced. */
export function withNote(items: readonly NotebookItem[], key: string, note: string): NotebookItem[] {
  return items.map((item) => (itemKeyOf(item) === key ? { ...item, note: note.slice(0, maxNoteLength) } : item));
}

/** The notebook without the bookmark of `key`. */
export function withoutBookmark(items: readonly NotebookItem[], key: string): NotebookItem[] {
  return items.filter((item) => itemKeyOf(item) !== key);
}

/** Another notebook's bookmarks merged into this one: new ones added, notes of shared ones joined. */
export function mergeNotebooks(items: readonly NotebookItem[], incoming: readonly NotebookItem[]): NotebookItem[] {
  return incoming.reduce<NotebookItem[]>((merged, item) => withBookmark(merged, item), [...items]).slice(0, maxNotebookItems);
}

/** The bookmarks by text, texts in the order first kept, each text's passages in ¶ order (the whole entry first). */
export function groupedByEntry(items: readonly NotebookItem[]): { entry: string; items: NotebookItem[] }[] {
  const groups = new Map<string, NotebookItem[]>();
  for (const item of items) {
    const key = entryKeyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([entry, kept]) => ({
    entry,
    items: kept.sort((a, b) => (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0) || a.paragraphs.length - b.paragraphs.length),
  }));
}

/** The notebook as a file: JSON, with its format and version, to import on another device. */
export function notebookFile(items: readonly NotebookItem[], exported: Date): string {
  const file = { format: notebookFormat, version: notebookVersion, exported: exported.toISOString(), items: items.map(({ collection, id, paragraphs, note, added }) => ({ collection, id, paragraphs, note, added })) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file, or one bookmark in it, could not be read. */
export type NotebookProblem =
  | { kind: 'not-json' }
  | { kind: 'not-notebook' }
  | { kind: 'version'; version: unknown }
  | { kind: 'item'; index: number; reason: 'shape' | 'unknown-entry' }
  | { kind: 'note-cut'; index: number }
  | { kind: 'over-limit'; count: number };

/** A file read: the bookmarks it holds that this library can show, and what could not be read. */
export interface ReadNotebook {
  items: NotebookItem[];
  problems: NotebookProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entry (`collection/id`) a bookmark as written in a file is on, when it names one well formed. */
function namedEntry(value: unknown): { collection: string; id: string } | undefined {
  if (!isRecord(value)) return undefined;
  const { collection, id } = value;
  if (typeof collection !== 'string' || !namePattern.test(collection) || typeof id !== 'string' || id.length > 200 || !idPattern.test(id)) return undefined;
  return { collection, id };
}

/** One bookmark as read from a file, or why it cannot be. */
function readItem(value: unknown, known: Pick<ReadonlySet<string>, 'has'> | undefined): NotebookItem | 'shape' | 'unknown-entry' {
  const entry = namedEntry(value);
  if (!entry || !isRecord(value)) return 'shape';
  const { collection, id } = entry;
  const { paragraphs, note, added } = value;
  if (paragraphs !== undefined && !(Array.isArray(paragraphs) && paragraphs.length <= 10_000 && paragraphs.every((n) => Number.isInteger(n) && n > 0 && n < 1_000_000))) return 'shape';
  if (note !== undefined && typeof note !== 'string') return 'shape';
  if (known && !known.has(entryKeyOf(entry))) return 'unknown-entry';
  const date = typeof added === 'string' && !Number.isNaN(Date.parse(added)) ? new Date(added).toISOString() : new Date(0).toISOString();
  return { collection, id, paragraphs: normalParagraphs((paragraphs as number[] | undefined) ?? []), note: note ?? '', added: date };
}

/** A notebook file parsed: its bookmarks as written (at most `maxNotebookItems`, and how many more), or why it is not a notebook. */
export type NotebookFileContent = { values: unknown[]; overLimit: number } | { problem: NotebookProblem };

/** Parses a notebook file's JSON once, for `bookmarkedEntries` and `readNotebook`. Only JSON.parse reads the text. */
export function parseNotebookFile(text: string): NotebookFileContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: { kind: 'not-json' } };
  }
  if (!isRecord(parsed) || parsed['format'] !== notebookFormat || !Array.isArray(parsed['items'])) return { problem: { kind: 'not-notebook' } };
  if (parsed['version'] !== notebookVersion) return { problem: { kind: 'version', version: parsed['version'] } };
  const list = parsed['items'] as unknown[];
  return { values: list.slice(0, maxNotebookItems), overLimit: Math.max(0, list.length - maxNotebookItems) };
}

/**
 * The entries (`collection/id`) a parsed file's bookmarks name, each once: what to look up
 * (src/lib/known-entries.ts) before `readNotebook` can tell the known from the unknown. Only the
 * first `maxNotebookItems` are read, so a file of any size asks about at most that many.
 */
export function bookmarkedEntries(content: NotebookFileContent): string[] {
  if ('problem' in content) return [];
  const entries = new Set<string>();
  for (const value of content.values) {
    const entry = namedEntry(value);
    if (entry) entries.add(entryKeyOf(entry));
  }
  return [...entries];
}

/**
 * Reads a parsed notebook file (or the stored notebook): every bookmark that is well formed and names
 * an entry in `known` (`collection/id`; all pass when it is not given), each other one named by its
 * place in the file and why.
 */
export function readNotebook(content: NotebookFileContent, known?: Pick<ReadonlySet<string>, 'has'>): ReadNotebook {
  if ('problem' in content) return { items: [], problems: [content.problem] };
  const problems: NotebookProblem[] = [];
  let items: NotebookItem[] = [];
  for (const [index, value] of content.values.entries()) {
    const item = readItem(value, known);
    if (typeof item === 'string') {
      problems.push({ kind: 'item', index: index + 1, reason: item });
      continue;
    }
    if (item.note.length > maxNoteLength) {
      problems.push({ kind: 'note-cut', index: index + 1 });
      item.note = item.note.slice(0, maxNoteLength);
    }
    items = withBookmark(items, item);
  }
  if (content.overLimit > 0) problems.push({ kind: 'over-limit', count: content.overLimit });
  return { items, problems };
}

/** Reads a notebook file's text: `parseNotebookFile`, then `readNotebook`. Nothing in it is ever run. */
export function readNotebookFile(text: string, known?: Pick<ReadonlySet<string>, 'has'>): ReadNotebook {
  return readNotebook(parseNotebookFile(text), known);
}
