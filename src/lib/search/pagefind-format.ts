/**
 * Reads and writes the files of a Pagefind 1.6 bundle that hold a language's word index: the page
 * list (`pagefind.<lang>_<hash>.pf_meta`) and the index chunks (`index/<lang>_<hash>.pf_index`).
 * Each is gzip around the marker `pagefind_dcd` and CBOR, laid out as Pagefind's Rust structs
 * (pagefind/src/index/index_words.rs, index_metadata.rs): arrays of fields, in field order.
 * Decoding and encoding again gives the same bytes (tests/unit/search-common-words.test.ts), so only
 * what the site changes on purpose changes. `pagefind` is pinned: a new version is checked there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** What Pagefind's script looks for to tell a file it must still decompress. */
const marker = 'pagefind_dcd';

/** One page a word is on: page number (less the previous page's), its locations, its metadata locations. */
export type PackedPage = [pageDelta: number, locations: number[], metaLocations: number[]];
/** One accented form of a word ("số" of "so") and the pages it is on. */
export type PackedVariant = [form: string, pages: PackedPage[]];
/** A word as Pagefind indexes it (lower case, accents taken off) and where it and its forms are. */
export type PackedWord = [word: string, pages: PackedPage[], variants: PackedVariant[]];
/** A chunk's first and last word, as Pagefind shortens them, and its file's name. */
export type MetaChunk = [from: string, to: string, hash: string];
/** A language's page list (`pf_meta`): the chunks are the only field the site writes. */
export type MetaIndex = [version: string, pages: [hash: string, wordCount: number][], chunks: MetaChunk[], filters: unknown[], sorts: unknown[], metaFields: string[]];

/** A bundle's `pagefind-entry.json`: its languages, each with its page list's name and its WebAssembly. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [field: string]: unknown;
}

/** The file that names a bundle's languages; a folder without one holds no index. */
export const entryFile = 'pagefind-entry.json';

export const readEntry = (bundleDir: string) => JSON.parse(readFileSync(join(bundleDir, entryFile), 'utf8')) as PagefindEntry;
export const writeEntry = (bundleDir: string, entry: PagefindEntry) => writeFileSync(join(bundleDir, entryFile), JSON.stringify(entry));

/**
 * Moves the bundles Pagefind wrote one language at a time into one: each language's files keep
 * their names (they start with the language), the files they share (Pagefind's script, a
 * WebAssembly two languages use) are the same in each, and the entry lists every language, in
 * order of its code as Pagefind lists them.
 */
export function mergeBundles(parts: readonly string[], into: string): void {
  const entries = parts.map(readEntry);
  for (const part of parts) {
    for (const file of readdirSync(part, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const from = join(file.parentPath, file.name);
      const name = relative(part, from);
      if (name === entryFile) continue;
      const to = join(into, name);
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from))) throw new Error(`two languages' search indexes both wrote ${name}, differently`);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      renameSync(from, to);
    }
    rmSync(part, { recursive: true, force: true });
  }
  const listed = entries.flatMap((entry) => Object.entries(entry.languages));
  const repeated = listed.find(([lang], index) => listed.findIndex(([other]) => other === lang) !== index);
  if (repeated) throw new Error(`two of the search's indexes are both in "${repeated[0]}"`);
  const languages = Object.fromEntries(listed.sort(([a], [b]) => compareWords(a, b)));
  writeEntry(into, { ...entries[0]!, languages });
}

/** The bytes a Pagefind file holds, unzipped and without its marker. */
export function readPagefindFile(path: string): Uint8Array {
  const unzipped = gunzipSync(readFileSync(path));
  if (unzipped.subarray(0, marker.length).toString('latin1') !== marker) throw new Error(`${path} is not a Pagefind index file (no "${marker}" marker)`);
  return unzipped.subarray(marker.length);
}

/** Writes `bytes` as Pagefind writes its files. */
export function writePagefindFile(path: string, bytes: Uint8Array): void {
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(marker, 'latin1'), bytes])));
}

export const decodeChunk = (bytes: Uint8Array): PackedWord[] => (decode(bytes) as [PackedWord[]])[0];
export const encodeChunk = (words: readonly PackedWord[]): Uint8Array => encode([words]);
export const decodeMeta = (bytes: Uint8Array): MetaIndex => decode(bytes) as MetaIndex;
export const encodeMeta = (meta: MetaIndex): Uint8Array => encode(meta);

/** A file name as Pagefind makes one: the language and the start of the content's hash. */
export function contentName(lang: string, bytes: Uint8Array, taken: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  // Pagefind's own names are `<lang>_` and 7 hex digits, longer only where two would be the same.
  for (let length = 7; ; length++) {
    const name = `${lang}_${hash.slice(0, length)}`;
    if (!taken.has(name) || length === hash.length) return name;
  }
}

/** One place a word is on a page, and the weight Pagefind gives it there (25 is the default). */
export interface Location {
  weight: number;
  position: number;
}

/** Pagefind's default weight: locations at another weight follow a marker, `-weight - 1`. */
const defaultWeight = 25;

/**
 * Calls `visit` with each place a packed list stands for, as Pagefind reads both its lists
 * (pagefind_web/src/index.rs, decode_pages): a negative number `-n - 1` starts a group `n` (a weight,
 * or a metadata field), whose first position follows whole; the next are differences.
 */
function forEachInGroups(packed: readonly number[], firstGroup: number, visit: (position: number, group: number) => void): void {
  let group = firstGroup;
  let last = 0;
  for (const value of packed) {
    if (value < 0) {
      group = -value - 1;
      last = 0;
    } else {
      last += value;
      visit(last, group);
    }
  }
}

/** Calls `visit` with each location of a packed list and its weight. */
export const forEachLocation = (packed: readonly number[], visit: (position: number, weight: number) => void) => forEachInGroups(packed, defaultWeight, visit);

/** One place a word is in a page's metadata: the field (by its number in the page list's fields) and where in it. */
export interface MetaLocation {
  field: number;
  position: number;
}

/** Calls `visit` with each metadata location of a packed list and its field. */
export const forEachMetaLocation = (packed: readonly number[], visit: (position: number, field: number) => void) => forEachInGroups(packed, 0, visit);

/** Packs metadata locations as Pagefind does (meta_positions_to_packed): by field, then position. */
export function packMetaLocations(locations: readonly MetaLocation[]): number[] {
  const sorted = [...locations].sort((a, b) => a.field - b.field || a.position - b.position);
  const packed: number[] = [];
  let field: number | undefined;
  let last = 0;
  for (const location of sorted) {
    if (location.field !== field) {
      packed.push(-location.field - 1);
      field = location.field;
      last = 0;
    }
    packed.push(location.position - last);
    last = location.position;
  }
  return packed;
}

/** The locations a packed list stands for. */
export function unpackLocations(packed: readonly number[]): Location[] {
  const locations: Location[] = [];
  forEachLocation(packed, (position, weight) => locations.push({ position, weight }));
  return locations;
}

/**
 * Packs locations as Pagefind does (pagefind/src/index/mod.rs, positions_to_packed_page): default
 * weight first, each weight's positions ascending, as differences from the one before.
 */
export function packLocations(locations: readonly Location[]): number[] {
  const order = (location: Location) => (location.weight === defaultWeight ? 0 : location.weight);
  const sorted = [...locations].sort((a, b) => order(a) - order(b) || a.position - b.position);
  const packed: number[] = [];
  let weight = defaultWeight;
  let last = 0;
  for (const location of sorted) {
    if (location.weight !== weight) {
      packed.push(-location.weight - 1, location.position);
      weight = location.weight;
    } else {
      packed.push(location.position - last);
    }
    last = location.position;
  }
  return packed;
}

/** Words in the order Pagefind sorts them and compares a search term with a chunk's bounds: by UTF-8 bytes. */
export const compareWords = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Each page's number, from the differences a packed list keeps. */
export function pageNumbers(pages: readonly PackedPage[]): number[] {
  let page = 0;
  return pages.map(([delta]) => (page += delta));
}

/** A word's size for chunking: a location or metadata location each, and one a page, its accented forms' too. */
export function wordSize([, pages, variants]: PackedWord): number {
  const size = (list: readonly PackedPage[]) => list.reduce((sum, [, locations, meta]) => sum + locations.length + meta.length + 1, 0);
  return size(pages) + variants.reduce((sum, [, list]) => sum + size(list), 0);
}

/** A chunk written: its first and last word, and its file's name. */
export type ChunkRange = { from: string; to: string; hash: string };

/**
 * Cuts words, given in sorted order, into chunks of about `chunkSize` (wordSize) each, handing each
 * chunk to `write` as it fills. Any cut serves: the chunks' bounds (trimChunkBounds) say where a word is.
 */
export class ChunkCutter {
  readonly ranges: ChunkRange[] = [];
  readonly #chunkSize: number;
  readonly #write: (words: PackedWord[]) => string;
  #words: PackedWord[] = [];
  #size = 0;

  constructor(chunkSize: number, write: (words: PackedWord[]) => string) {
    this.#chunkSize = chunkSize;
    this.#write = write;
  }

  add(word: PackedWord): void {
    this.#words.push(word);
    this.#size += wordSize(word);
    if (this.#size >= this.#chunkSize) this.#flush();
  }

  /** Writes the last chunk; returns every chunk's range, bounds shortened (trimChunkBounds). */
  finish(): ChunkRange[] {
    if (this.#words.length > 0) this.#flush();
    return trimChunkBounds(this.ranges);
  }

  #flush(): void {
    this.ranges.push({ from: this.#words[0]![0], to: this.#words.at(-1)![0], hash: this.#write(this.#words) });
    this.#words = [];
    this.#size = 0;
  }
}

/**
 * Names each chunk's range as Pagefind does (chunk_meta): each neighbour's bounds cut to the
 * letters that tell them apart, so a search for a prefix finds the chunks its words may be in.
 */
export function trimChunkBounds(ranges: ChunkRange[]): ChunkRange[] {
  for (let index = 0; index + 1 < ranges.length; index++) {
    const [a, b] = [ranges[index]!, ranges[index + 1]!];
    const [aChars, bChars] = [[...a.to], [...b.from]];
    let common = 0;
    while (common < aChars.length && common < bChars.length && aChars[common] === bChars[common]) common++;
    const aPrefix = aChars.slice(0, common + 1).join('');
    if (compareWords(aPrefix, a.from) >= 0) a.to = aPrefix;
    b.from = bChars.slice(0, common + 1).join('');
  }
  return ranges;
}
