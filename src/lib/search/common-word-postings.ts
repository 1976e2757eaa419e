/**
 * Rewrites a language's word index, once Pagefind has written it, so that a search at scale loads
 * little (the rules: common-words.ts). For each common word, each page keeps the word's first place
 * at each weight instead of every place; each pair of neighbouring words that holds a common word
 * is indexed under its pair key, at its first place on each page; the words are cut into chunks
 * again, and the page list and `pagefind-entry.json` name the new chunks. Every page still has
 * every word it had; what a common word loses is its count on the page and its other places.
 * Languages Pagefind stems are left as they are (common-words.ts says why).
 *
 * Two passes over the chunks, one in memory at a time: the first reads where every word is (into
 * flat arrays: millions of places at a few thousand pages), the second writes the new chunks.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonWordsFile, isCommon, pairKey, type CommonWordRule } from './common-words.ts';
import {
  ChunkCutter,
  compareWords,
  contentName,
  decodeChunk,
  decodeMeta,
  encodeChunk,
  encodeMeta,
  forEachLocation,
  packLocations,
  readPagefindFile,
  unpackLocations,
  writePagefindFile,
  type Location,
  type PackedPage,
  type PackedWord,
} from './pagefind-format.ts';

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** What was changed in one language's index, for the build's log and the benchmark. */
export interface CommonWordReport {
  lang: string;
  pages: number;
  commonWords: number;
  pairKeys: number;
  chunks: { before: number; after: number };
}

/** Calls `visit` with each page a word or one of its accented forms is on, and its packed locations. */
function forEachPage([, pages, variants]: PackedWord, visit: (page: number, packed: number[]) => void): void {
  for (const list of [pages, ...variants.map(([, forms]) => forms)]) {
    let page = 0;
    for (const [delta, packed] of list) visit((page += delta), packed);
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

/** Every place of every word, in flat arrays that grow as they fill. */
class Places {
  length = 0;
  page = new Int32Array(1 << 16);
  position = new Int32Array(1 << 16);
  weight = new Uint8Array(1 << 16);
  word = new Int32Array(1 << 16);

  push(page: number, position: number, weight: number, word: number): void {
    if (this.length === this.page.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T): T => {
        const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
        larger.set(array);
        return larger;
      };
      [this.page, this.position, this.weight, this.word] = [grow(this.page), grow(this.position), grow(this.weight), grow(this.word)];
    }
    this.page[this.length] = page;
    this.position[this.length] = position;
    this.weight[this.length] = weight;
    this.word[this.length] = word;
    this.length++;
  }

  /** The places' indexes ordered by page, then position (a counting sort by page). */
  inReadingOrder(pageCount: number): Int32Array {
    const starts = new Int32Array(pageCount + 1);
    for (let at = 0; at < this.length; at++) starts[this.page[at]! + 1]!++;
    for (let page = 0; page < pageCount; page++) starts[page + 1]! += starts[page]!;
    const order = new Int32Array(this.length);
    const next = starts.slice(0, pageCount);
    for (let at = 0; at < this.length; at++) order[next[this.page[at]!]!++] = at;
    for (let page = 0; page < pageCount; page++) order.subarray(starts[page]!, starts[page + 1]!).sort((a, b) => this.position[a]! - this.position[b]!);
    return order;
  }
}

/** Where each pair key is: its pages in order, and its first place and weight on each. */
type PairPlaces = Map<string, { pages: number[]; positions: number[]; weights: number[] }>;

/**
 * The pairs of neighbouring words that hold a common word, read back from where every word is (a
 * hyphenated word is indexed whole and in parts at one place, so a place may hold several words).
 */
function pairPlaces(places: Places, pageCount: number, names: readonly string[], common: readonly boolean[]): PairPlaces {
  const order = places.inReadingOrder(pageCount);
  const pairs: PairPlaces = new Map();
  for (let at = 0, next = 0; at < order.length; at++) {
    const here = order[at]!;
    const [page, position] = [places.page[here]!, places.position[here]!];
    while (next < order.length && places.page[order[next]!] === page && places.position[order[next]!]! <= position) next++;
    for (let after = next; after < order.length && places.page[order[after]!] === page && places.position[order[after]!] === position + 1; after++) {
      const [first, second] = [places.word[here]!, places.word[order[after]!]!];
      if (!common[first] && !common[second]) continue;
      const key = pairKey(names[first]!, names[second]!);
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { pages: [], positions: [], weights: [] }));
      if (pair.pages.at(-1) === page) continue;
      pair.pages.push(page);
      pair.positions.push(position);
      pair.weights.push(places.weight[here]!);
    }
  }
  return pairs;
}

function pairWord(key: string, { pages, positions, weights }: { pages: number[]; positions: number[]; weights: number[] }): PackedWord {
  return [key, pages.map((page, index) => [page - (pages[index - 1] ?? 0), packLocations([{ position: positions[index]!, weight: weights[index]! }]), []]), []];
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
  const places = new Places();
  const lastCounted = new Int32Array(pageCount).fill(-1);
  for (const hash of oldChunks) {
    for (const word of decodeChunk(readPagefindFile(chunkFile(hash)))) {
      const id = names.length;
      let pages = 0;
      forEachPage(word, (page, packed) => {
        if (lastCounted[page] !== id) pages++;
        lastCounted[page] = id;
        forEachLocation(packed, (position, weight) => places.push(page, position, weight, id));
      });
      names.push(word[0]);
      common.push(isCommon(pages, pageCount, rule));
    }
  }
  const commonWords = names.filter((_, id) => common[id]).sort(compareWords);
  if (commonWords.length === 0) return { report, common: [], hash: metaName };

  // Second pass: the words, common ones thinned, and the pairs in their sorted places, in new chunks.
  const pairs = pairPlaces(places, pageCount, names, common);
  const pairKeys = [...pairs.keys()].sort(compareWords);
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
  const addPairsBefore = (word: string | undefined) => {
    while (nextPair < pairKeys.length && (word === undefined || compareWords(pairKeys[nextPair]!, word) < 0)) {
      const key = pairKeys[nextPair++]!;
      cutter.add(pairWord(key, pairs.get(key)!));
      pairs.delete(key);
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
  const entryPath = join(bundleDir, 'pagefind-entry.json');
  if (!existsSync(entryPath)) return [];
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as PagefindEntry;
  const reports: CommonWordReport[] = [];
  for (const [lang, language] of Object.entries(entry.languages)) {
    // A stemmed language's index is left whole: see common-words.ts.
    if (language.wasm === null) {
      const { report, common, hash } = reshapeLanguage(bundleDir, lang, language.hash, rule, chunkSize);
      language.hash = hash;
      reports.push(report);
      writeFileSync(join(bundleDir, commonWordsFile(lang)), JSON.stringify(common));
    } else {
      writeFileSync(join(bundleDir, commonWordsFile(lang)), '[]');
    }
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return reports;
}

/** What the build's log says of the rewrite: each language with common words, and their pairs. */
export function describeCommonWords(reports: readonly CommonWordReport[]): string {
  return reports
    .filter((report) => report.commonWords > 0)
    .map(({ lang, commonWords, pairKeys }) => `; ${lang}: ${commonWords} common words, found side by side through ${pairKeys} pairs`)
    .join('');
}
