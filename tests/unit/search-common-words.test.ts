/**
 * The index of common words (src/lib/search/common-words.ts, common-word-postings.ts) and the
 * reading and writing of Pagefind's files it rests on (pagefind-format.ts), on an index Pagefind
 * itself writes of a few made-up pages. What is expected is read from the pages' words.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reshapeCommonWordPostings } from '../../src/lib/search/common-word-postings';
import { commonWordsFile, indexKey, isCommon, pairKey, sideBySideTerms } from '../../src/lib/search/common-words';
import {
  decodeChunk,
  decodeMeta,
  encodeChunk,
  encodeMeta,
  forEachMetaLocation,
  packLocations,
  packMetaLocations,
  pageNumbers,
  readPagefindFile,
  trimChunkBounds,
  unpackLocations,
  type PackedWord,
} from '../../src/lib/search/pagefind-format';

/** Made-up Vietnamese pages, one sentence each, words only (a place is a word's number in it). */
const texts = [
  'kinh tế cửa khẩu của tỉnh phát triển nhanh',
  'chuyển đổi số của tỉnh gắn với kinh tế cửa khẩu',
  'phát triển kinh tế của vùng biên giới',
  'cửa hàng của hợp tác xã bán chè',
  'nguồn nhân lực của tỉnh cho chuyển đổi số',
  'trồng cây dược liệu dưới tán rừng của xã',
  'phát triển du lịch cộng đồng của bản',
  'phên giậu vững chắc nơi biên cương',
  // Pagefind also indexes “kinh and tế” as written, at the places of kinh and tế: no query names them.
  'phát triển “kinh tế” của tỉnh',
];
/** An English page beside them: Pagefind stems English, so its index is left whole. */
const englishText = 'the economy of the border gate of the province';
/** Every page's title: Pagefind indexes its words as the page's, at places of the title, not of the text. */
const title = 'Bài của tỉnh';

const rule = { share: 0.25, minPages: 2 };
/** Small, so the words fill many chunks. */
const chunkSize = 20;

let bundle: string;
const entryOf = () => JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
const metaOf = (lang: string) => decodeMeta(readPagefindFile(join(bundle, `pagefind.${entryOf().languages[lang]!.hash}.pf_meta`)));
const wordsOf = (lang: string): PackedWord[] => metaOf(lang)[2].flatMap(([, , hash]) => decodeChunk(readPagefindFile(join(bundle, 'index', `${hash}.pf_index`))));

/** Writes Pagefind's own index of the pages into a new folder, chunks of `size` occurrences. */
async function pagefindBundle(size: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'common-words-'));
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(size);
  const { index } = await pagefind.createIndex();
  const page = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`;
  for (const [n, text] of texts.entries()) await index!.addHTMLFile({ sourcePath: `vi/p${n}/index.html`, content: page('vi', text) });
  await index!.addHTMLFile({ sourcePath: 'en/p0/index.html', content: page('en', englishText) });
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  return dir;
}

/** The page of each Pagefind page number (its fragment's address is `/vi/p<n>/`). */
function pageTexts(): string[] {
  return metaOf('vi')[1].map(([hash]) => {
    const fragment = JSON.parse(Buffer.from(readPagefindFile(join(bundle, 'fragment', `${hash}.pf_fragment`))).toString('utf8')) as { url: string };
    return texts[Number(/\/p(\d+)\//.exec(fragment.url)![1])]!;
  });
}

const keysOf = (text: string) => text.split(' ').map(indexKey);

beforeAll(async () => {
  bundle = await pagefindBundle(chunkSize);
});
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

describe('Pagefind’s files (pagefind-format.ts)', () => {
  test('decoding and encoding again gives Pagefind’s own bytes, for the page list and every chunk', () => {
    for (const lang of ['vi', 'en']) {
      const metaBytes = readPagefindFile(join(bundle, `pagefind.${entryOf().languages[lang]!.hash}.pf_meta`));
      expect(Buffer.from(encodeMeta(decodeMeta(metaBytes))).equals(Buffer.from(metaBytes))).toBe(true);
      const chunks = decodeMeta(metaBytes)[2];
      if (lang === 'vi') expect(chunks.length).toBeGreaterThan(2);
      for (const [, , hash] of chunks) {
        const bytes = readPagefindFile(join(bundle, 'index', `${hash}.pf_index`));
        expect(Buffer.from(encodeChunk(decodeChunk(bytes))).equals(Buffer.from(bytes))).toBe(true);
      }
    }
  });

  test('a word’s places in the text and the title, unpacked and packed again, are Pagefind’s lists; its text places are where it is in the text', () => {
    const textOf = pageTexts();
    for (const [word, pages, variants] of wordsOf('vi')) {
      for (const list of [pages, ...variants.map(([, forms]) => forms)]) {
        const numbers = pageNumbers(list);
        list.forEach(([, packed, meta], index) => {
          expect(packLocations(unpackLocations(packed))).toEqual(packed);
          const metaLocations: { position: number; field: number }[] = [];
          forEachMetaLocation(meta, (position, field) => metaLocations.push({ position, field }));
          expect(packMetaLocations(metaLocations)).toEqual(meta);
          const keys = keysOf(textOf[numbers[index]!]!);
          // A word as written (“kinh) is at the place of the word a query names (kinh).
          for (const { position } of unpackLocations(packed)) expect(keys[position]).toBe(indexKey(word));
        });
      }
    }
  });

  test('chunk bounds are shortened as Pagefind shortens them', () => {
    const chunks = metaOf('vi')[2];
    const ranges = chunks.map(([, , hash]) => {
      const words = decodeChunk(readPagefindFile(join(bundle, 'index', `${hash}.pf_index`)));
      return { from: words[0]![0], to: words.at(-1)![0], hash };
    });
    expect(trimChunkBounds(ranges).map(({ from, to, hash }) => [from, to, hash])).toEqual(chunks);
  });
});

describe('common words and their pairs (common-words.ts)', () => {
  test('a word is common on at least the rule’s pages and its share of them', () => {
    expect(isCommon(2, 8, rule)).toBe(true);
    expect(isCommon(1, 4, rule)).toBe(false);
    expect(isCommon(2, 9, rule)).toBe(false);
    expect(isCommon(199, 300, { share: 0.25, minPages: 200 })).toBe(false);
  });

  test('a query word is looked up as Pagefind looks it up', () => {
    expect(indexKey('Kinh')).toBe('kinh');
    expect(indexKey('tế,')).toBe('te');
    expect(indexKey('Đột')).toBe('đot');
    expect(indexKey('“cửa')).toBe('cua');
  });

  test('words side by side are asked for by their pairs, when each two neighbours hold a common word', () => {
    const common = new Set(['cua', 'kinh', 'te']);
    expect(sideBySideTerms(['kinh', 'tế', 'cửa', 'khẩu'], common)).toEqual(['~kinh~te~', '~te~cua~', '~cua~khau~']);
    expect(sideBySideTerms(['Kinh', 'tế,', 'kinh', 'tế'], common)).toEqual(['~kinh~te~', '~te~kinh~']);
    // One word, no common word, or two neighbours no pair holds: Pagefind's own phrase search.
    expect(sideBySideTerms(['của'], common)).toBeUndefined();
    expect(sideBySideTerms(['phên', 'giậu'], common)).toBeUndefined();
    expect(sideBySideTerms(['phên', 'giậu', 'của', 'bản'], common)).toBeUndefined();
  });

  test('a pair’s key is closed, so a query for it is not the start of a longer pair’s', () => {
    expect(pairKey('đoi', 'so')).toBe('~đoi~so~');
    expect(pairKey('đoi', 'song').startsWith(pairKey('đoi', 'so'))).toBe(false);
  });
});

describe('reshapeCommonWordPostings', () => {
  let before: Map<string, PackedWord>;
  let reports: ReturnType<typeof reshapeCommonWordPostings>;
  let textOf: string[];

  beforeAll(() => {
    textOf = pageTexts();
    before = new Map(wordsOf('vi').map((word) => [word[0], word]));
    reports = reshapeCommonWordPostings(bundle, rule, chunkSize);
  });

  /** Each page's keys, by page number. */
  const pageKeys = () => textOf.map(keysOf);
  const expectedCommon = () => {
    const pagesOf = new Map<string, number>();
    for (const keys of pageKeys()) for (const key of new Set([...keys, ...keysOf(title)])) pagesOf.set(key, (pagesOf.get(key) ?? 0) + 1);
    return [...pagesOf].filter(([, pages]) => isCommon(pages, texts.length, rule)).map(([key]) => key);
  };

  test('lists the words on enough pages, beside the index, for each language', () => {
    const common = JSON.parse(readFileSync(join(bundle, commonWordsFile('vi')), 'utf8')) as string[];
    expect(new Set(common)).toEqual(new Set(expectedCommon()));
    expect(common.length).toBeGreaterThan(2);
    expect(JSON.parse(readFileSync(join(bundle, commonWordsFile('en')), 'utf8'))).toEqual([]);
    expect(reports).toEqual([expect.objectContaining({ lang: 'vi', pages: texts.length, commonWords: common.length })]);
  });

  test('every word keeps every page it was on; a common word keeps one place on each, the first', () => {
    const common = new Set(expectedCommon());
    const after = new Map(wordsOf('vi').filter(([word]) => !word.startsWith('~')).map((word) => [word[0], word]));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [word, was] of before) {
      const now = after.get(word)!;
      if (!common.has(word)) {
        expect(now).toEqual(was);
        continue;
      }
      const lists = (packed: PackedWord) => [packed[1], ...packed[2].map(([, forms]) => forms)];
      lists(now).forEach((list, index) => {
        const old = lists(was)[index]!;
        expect(pageNumbers(list)).toEqual(pageNumbers(old));
        list.forEach(([, packed], page) => expect(unpackLocations(packed)).toEqual(unpackLocations(old[page]![1]).slice(0, 1)));
      });
    }
  });

  test('indexes each pair of neighbours with a common word on the pages it is on, at its first place in the text and in the title', () => {
    const common = new Set(expectedCommon());
    const titleField = metaOf('vi')[5]!.indexOf('title');
    /** Pair key → page → its first place in the text, its first in the title. */
    const expected = new Map<string, Map<number, { text?: number; title?: number }>>();
    const note = (keys: readonly string[], page: number, where: 'text' | 'title') =>
      keys.slice(1).forEach((second, index) => {
        const first = keys[index]!;
        if (!common.has(first) && !common.has(second)) return;
        const pages = expected.get(pairKey(first, second)) ?? new Map<number, { text?: number; title?: number }>();
        const places = pages.get(page) ?? {};
        places[where] ??= index;
        pages.set(page, places);
        expected.set(pairKey(first, second), pages);
      });
    pageKeys().forEach((keys, page) => {
      note(keys, page, 'text');
      note(keysOf(title), page, 'title');
    });
    const pairs = wordsOf('vi').filter(([word]) => word.startsWith('~'));
    expect(new Set(pairs.map(([word]) => word))).toEqual(new Set(expected.keys()));
    for (const [key, pages] of pairs) {
      const found = new Map(
        pageNumbers(pages).map((page, index) => {
          const [, packed, meta] = pages[index]!;
          const places: { text?: number; title?: number } = {};
          const text = unpackLocations(packed);
          if (text.length > 0) places.text = text[0]!.position;
          expect(text.length).toBeLessThanOrEqual(1);
          forEachMetaLocation(meta, (position, field) => {
            expect(field).toBe(titleField);
            places.title = position;
          });
          return [page, places];
        }),
      );
      expect(found, key).toEqual(expected.get(key));
    }
    expect(reports[0]!.pairKeys).toBe(expected.size);
  });

  test('writes new chunks in sorted order, names them in the page list and the entry, and leaves no old file', () => {
    const meta = metaOf('vi');
    const chunkFiles = readdirSync(join(bundle, 'index')).filter((name) => name.startsWith('vi_'));
    expect(chunkFiles.sort()).toEqual(meta[2].map(([, , hash]) => `${hash}.pf_index`).sort());
    const words = wordsOf('vi').map(([word]) => word);
    expect(words).toEqual([...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(readdirSync(bundle).filter((name) => name.startsWith('pagefind.vi_'))).toEqual([`pagefind.${entryOf().languages['vi']!.hash}.pf_meta`]);
    // The English index is Pagefind's own.
    expect(entryOf().languages['en']!.wasm).toBe('en');
  });
});
