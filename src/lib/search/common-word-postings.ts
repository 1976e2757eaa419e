/**
 * Rewrites a language's word index, once Pagefind has written it, so that a search at scale loads
 * little (the rules: common-words.ts). For each common word, each page keeps the word's first place
 * at each weight instead of every place; each pair of neighbouring words that holds a common word
 * is indexed under its pair key, at its first place at each weight on each page and its first in
 * each metadata field (the title); the words are cut into chunks again, and the page list and
 * `pagefind-entry.json` name the new chunks. Every page still has every word it had; what a common
 * word loses is its count on the page and its other places (ADR 0006).
 * Languages Pagefind stems are left as they are (common-words.ts says why).
 *
 * Two passes over the chunks, one in memory at a time: the first reads where every word is (into
 * flat arrays: millions of places at a few thousand pages), the second writes the new chunks.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonWordsFile, indexKey, isCommon, pairKey, type CommonWordRule } from './common-words.ts';
import {
  ChunkCutter,
  compareWords,
  contentName,
  decodeChunk,
  decodeMeta,
  encodeChunk,
  encodeMeta,
  entryFile,
  forEachLocation,
  forEachMetaLocation,
  packLocations,
  packMetaLocations,
  readEntry,
  readPagefindFile,
  unpackLocations,
  writeEntry,
  writePagefindFile,
  type Location,
  type MetaLocation,
  type PackedPage,
  type PackedWord,
} from './pagefind-format.ts';

/** What was changed in one language's index, for the build's log and the benchmark. */
export interface CommonWordReport {
  lang: string;
  pages: number;
  commonWords: number;
  pairKeys: number;
  chunks: { before: number; after: number };
}

/** Calls `visit` with each page a word or one of its accented forms is on, its packed locations and metadata locations. */
function forEachPage([, pages, variants]: PackedWord, visit: (page: number, packed: number[], meta: number[]) => void): void {
  for (const list of [pages, ...variants.map(([, forms]) => forms)]) {
    let page = 0;
    for (const [delta, packed, meta] of list) visit((page += delta), packed, meta);
  }
}

/** The first place at each weight: a page keeps the word, its heading weight and one place. */
function firstAtEachWeight(locations: readonly Location[]): Location[] {
  const seen = new Set<number>();
  return locations.filter(({ weight }) => !seen.has(weight) && seen.add(weight));
}

function thinned([word, pages, variants]: PackedWord): PackedWord {
  const thin = (list: readonly PackedPage[]): PackedPage[] => list.map(([delta, packed, meta]) => [delta, packLocations(firstAtEachWeight(unpackLocations(packed))), meta]);
  return [word, thin(pages), variants.map(([form, list]) => [form, thin(list)])];
}

/**
 * Every place of every word, in flat arrays that grow as they fill (millions of places at a few
 * thousand pages): its page, its position, its word (by number), and its weight, or for a place in
 * the metadata its field.
 */
class Places {
  length = 0;
  page = new Int32Array(1 << 16);
  position = new Int32Array(1 << 16);
  group = new Int32Array(1 << 16);
  word = new Int32Array(1 << 16);

  push(page: number, position: number, group: number, word: number): void {
    if (this.length === this.page.length) {
      const grow = (array: Int32Array) => {
        const larger = new Int32Array(array.length * 2);
        larger.set(array);
        return larger;
      };
      [this.page, this.position, this.group, this.word] = [grow(this.page), grow(this.position), grow(this.group), grow(this.word)];
    }
    this.page[this.length] = page;
    this.position[this.length] = position;
    this.group[this.length] = group;
    this.word[this.length] = word;
    this.length++;
  }

  /**
   * The places' indexes by page (a counting sort), each page's in order of position; `starts[p]`
   * is where page p's begin.
   */
  byPage(pageCount: number, within: (a: number, b: number) => number): { order: Int32Array; starts: Int32Array } {
    const starts = new Int32Array(pageCount + 1);
    for (let at = 0; at < this.length; at++) starts[this.page[at]! + 1]!++;
    for (let page = 0; page < pageCount; page++) starts[page + 1]! += starts[page]!;
    const order = new Int32Array(this.length);
    const next = starts.slice(0, pageCount);
    for (let at = 0; at < this.length; at++) order[next[this.page[at]!]!++] = at;
    for (let page = 0; page < pageCount; page++) order.subarray(starts[page]!, starts[page + 1]!).sort(within);
    return { order, starts };
  }
}

/** A pair's places on one page: its first at each weight in the text, its first in each metadata field. */
interface PairOnPage {
  places: Location[];
  meta: MetaLocation[];
}

/**
 * Where each pair is, by the numbers of its two words (`first × words + second`): its pages in
 * order and, packed, its places on each (most pages hold it once, in the text; no metadata
 * places is one shared empty list).
 */
type PairPostings = Map<number, { pages: number[]; places: number[][]; meta: number[][] }>;

const noPlaces: number[] = [];

/**
 * Calls `visit` with each two places side by side among `order[from..to)`, one page's places sorted
 * (by position; in the metadata, by field and then position, and `byField` keeps pairs within one
 * field). A hyphenated word is indexed whole and in parts at one place, so a place may hold several
 * words, and each of them pairs with each of the next place's.
 */
function forEachNeighbour(places: Places, order: Int32Array, from: number, to: number, byField: boolean, visit: (here: number, after: number) => void): void {
  const sameField = (a: number, b: number) => !byField || places.group[a] === places.group[b];
  const later = (other: number, here: number) =>
    byField && places.group[other] !== places.group[here] ? places.group[other]! > places.group[here]! : places.position[other]! > places.position[here]!;
  for (let at = from, next = from; at < to; at++) {
    const here = order[at]!;
    while (next < to && !later(order[next]!, here)) next++;
    for (let after = next; after < to && sameField(order[after]!, here) && places.position[order[after]!] === places.position[here]! + 1; after++) visit(here, order[after]!);
  }
}

/**
 * The pairs of neighbouring words that hold a common word, in the text and in each metadata field.
 * Only of words a query can name: Pagefind also indexes the parts of a word as written (`“rừng`),
 * which a query, its punctuation dropped, never asks for.
 */
function pairPostings(text: Places, meta: Places, pageCount: number, wordCount: number, common: readonly boolean[], queryable: readonly boolean[]): PairPostings {
  const inText = text.byPage(pageCount, (a, b) => text.position[a]! - text.position[b]!);
  const inMeta = meta.byPage(pageCount, (a, b) => meta.group[a]! - meta.group[b]! || meta.position[a]! - meta.position[b]!);
  const postings: PairPostings = new Map();
  for (let page = 0; page < pageCount; page++) {
    const onThisPage = new Map<number, PairOnPage>();
    const pairOf = (places: Places, here: number, after: number) => {
      const [first, second] = [places.word[here]!, places.word[after]!];
      if ((!common[first] && !common[second]) || !queryable[first] || !queryable[second]) return undefined;
      const id = first * wordCount + second;
      let pair = onThisPage.get(id);
      if (!pair) onThisPage.set(id, (pair = { places: [], meta: [] }));
      return pair;
    };
    forEachNeighbour(text, inText.order, inText.starts[page]!, inText.starts[page + 1]!, false, (here, after) => {
      const pair = pairOf(text, here, after);
      if (pair && !pair.places.some(({ weight }) => weight === text.group[here])) pair.places.push({ position: text.position[here]!, weight: text.group[here]! });
    });
    forEachNeighbour(meta, inMeta.order, inMeta.starts[page]!, inMeta.starts[page + 1]!, true, (here, after) => {
      const pair = pairOf(meta, here, after);
      if (pair && !pair.meta.some(({ field }) => field === meta.group[here])) pair.meta.push({ position: meta.position[here]!, field: meta.group[here]! });
    });
    for (const [id, pair] of onThisPage) {
      let posting = postings.get(id);
      if (!posting) postings.set(id, (posting = { pages: [], places: [], meta: [] }));
      posting.pages.push(page);
      posting.places.push(packLocations(pair.places));
      posting.meta.push(pair.meta.length > 0 ? packMetaLocations(pair.meta) : noPlaces);
    }
  }
  return postings;
}

function pairWord(key: string, { pages, places, meta }: { pages: number[]; places: number[][]; meta: number[][] }): PackedWord {
  return [key, pages.map((page, index) => [page - (pages[index - 1] ?? 0), places[index]!, meta[index]!]), []];
}

/** Rewrites one language's index in `bundleDir`; returns what changed and the page list's new name. */
function reshapeLanguage(bundleDir: string, lang: string, metaName: string, rule: CommonWordRule, chunkSize: number): { report: CommonWordReport; common: string[]; hash: string } {
  const metaPath = join(bundleDir, `pagefind.${metaName}.pf_meta`);
  const meta = decodeMeta(readPagefindFile(metaPath));
  const pageCount = meta[1].length;
  const chunkFile = (hash: string) => join(bundleDir, 'index', `${hash}.pf_index`);
  const oldChunks = meta[2].map(([, , hash]) => hash);
  const report: CommonWordReport = { lang, pages: pageCount, commonWords: 0, pairKeys: 0, chunks: { before: oldChunks.length, after: oldChunks.length } };

  // First pass: each word's page count, and every place.
  const names: string[] = [];
  const common: boolean[] = [];
  const [textPlaces, metaPlaces] = [new Places(), new Places()];
  const lastCounted = new Int32Array(pageCount).fill(-1);
  for (const hash of oldChunks) {
    for (const word of decodeChunk(readPagefindFile(chunkFile(hash)))) {
      const id = names.length;
      let pages = 0;
      forEachPage(word, (page, packed, metaPacked) => {
        if (lastCounted[page] !== id) pages++;
        lastCounted[page] = id;
        forEachLocation(packed, (position, weight) => textPlaces.push(page, position, weight, id));
        forEachMetaLocation(metaPacked, (position, field) => metaPlaces.push(page, position, field, id));
      });
      names.push(word[0]);
      common.push(isCommon(pages, pageCount, rule));
    }
  }
  const commonWords = names.filter((_, id) => common[id]).sort(compareWords);
  if (commonWords.length === 0) return { report, common: [], hash: metaName };

  // Second pass: the words, common ones thinned, and the pairs in their sorted places, in new chunks.
  const pairs = pairPostings(textPlaces, metaPlaces, pageCount, names.length, common, names.map((name) => indexKey(name) === name));
  const keyOf = (id: number) => pairKey(names[Math.floor(id / names.length)]!, names[id % names.length]!);
  // Sorted by their UTF-8 bytes, each key's made once (a million keys at ten thousand texts).
  const pairKeys = [...pairs.keys()]
    .map((id) => {
      const key = keyOf(id);
      return { id, key, bytes: Buffer.from(key) };
    })
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  // New names never take an old one: the old chunks are still being read.
  const taken = new Set(oldChunks);
  const cutter = new ChunkCutter(chunkSize, (words) => {
    const bytes = encodeChunk(words);
    const hash = contentName(lang, bytes, taken);
    taken.add(hash);
    writePagefindFile(chunkFile(hash), bytes);
    return hash;
  });
  let nextPair = 0;
  // By the pair keys' bytes, made once above (compareWords would make them again for each word).
  const addPairsBefore = (word: string | undefined) => {
    const wordBytes = word === undefined ? undefined : Buffer.from(word);
    while (nextPair < pairKeys.length && (wordBytes === undefined || Buffer.compare(pairKeys[nextPair]!.bytes, wordBytes) < 0)) {
      const { id, key } = pairKeys[nextPair++]!;
      cutter.add(pairWord(key, pairs.get(id)!));
      pairs.delete(id);
    }
  };
  let id = 0;
  for (const hash of oldChunks) {
    for (const word of decodeChunk(readPagefindFile(chunkFile(hash)))) {
      addPairsBefore(word[0]);
      cutter.add(common[id++] ? thinned(word) : word);
    }
  }
  addPairsBefore(undefined);
  meta[2] = cutter.finish().map(({ from, to, hash }) => [from, to, hash]);
  for (const hash of oldChunks) rmSync(chunkFile(hash));

  const metaBytes = encodeMeta(meta);
  const hash = contentName(lang, metaBytes, new Set());
  rmSync(metaPath);
  writePagefindFile(join(bundleDir, `pagefind.${hash}.pf_meta`), metaBytes);
  return { report: { ...report, commonWords: commonWords.length, pairKeys: pairKeys.length, chunks: { before: oldChunks.length, after: meta[2].length } }, common: commonWords, hash };
}

/**
 * Occurrences per chunk of the rewritten index (Pagefind's measure, wordSize). Pagefind was given
 * 1,000 (site-indexer.ts); once common words keep one place a page, a chunk of 1,000 holds a few
 * hundred pages of one word, and the chunks' list, which the first search loads, grew from 31 to
 * 55 KB at 3,000 texts. At 3,000 it is 43 KB, and the benchmark's later searches load 1–5 KB more
 * (docs/performance.md).
 */
export const rewrittenChunkSize = 3000;

/**
 * Rewrites every unstemmed language's index in a written Pagefind bundle and writes each language's
 * common-word list beside it.
 */
export function reshapeCommonWordPostings(bundleDir: string, rule: CommonWordRule, chunkSize = rewrittenChunkSize): CommonWordReport[] {
  if (!existsSync(join(bundleDir, entryFile))) return [];
  const entry = readEntry(bundleDir);
  const reports: CommonWordReport[] = [];
  for (const [lang, language] of Object.entries(entry.languages)) {
    let common: string[] = [];
    // A stemmed language's index is left whole: see common-words.ts.
    if (language.wasm === null) {
      const reshaped = reshapeLanguage(bundleDir, lang, language.hash, rule, chunkSize);
      language.hash = reshaped.hash;
      reports.push(reshaped.report);
      common = reshaped.common;
    }
    writeFileSync(join(bundleDir, commonWordsFile(lang)), JSON.stringify(common));
  }
  writeEntry(bundleDir, entry);
  return reports;
}

/** What the build's log says of the rewrite: each language with common words, and their pairs. */
export function describeCommonWords(reports: readonly CommonWordReport[]): string {
  return reports
    .filter((report) => report.commonWords > 0)
    .map(({ lang, commonWords, pairKeys }) => `; ${lang}: ${commonWords} common words, found side by side through ${pairKeys} pairs`)
    .join('');
}
