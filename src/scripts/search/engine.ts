/**
 * One search, as the reader sees it. Pagefind finds the candidate pages: every d/đ reading of the
 * query, each also as an exact phrase, merged so each page keeps its best reading and pages with the
 * words side by side come first. Then the best candidates' text is read (src/lib/search/match.ts) to
 * put whole-word, side-by-side and exact-diacritic matches first, to pick the paragraph each result
 * links to, and to build its excerpt.
 */
import type { WordRules } from '../../lib/search/word-rules';
import type { ExcerptPart } from '../../lib/search/excerpt';
import { queryVariants, queryWords } from '../../lib/search/fold-vietnamese';
import { compareQuality, matchPage, type SectionMatch } from '../../lib/search/match';
import { paragraphOfAnchor } from '../../lib/search/paragraph-anchors';
import { kindPagesFirst, namedKinds } from '../../lib/search/named-kinds';
import { mergeVariantHits } from '../../lib/search/rank';
import type { Pagefind, PagefindResult, PagefindResultData } from './load-pagefind';

/** Filter values chosen in the UI; an empty value means no filter. */
export type SearchFilters = Partial<Record<'type' | 'speaker', string>>;

/** A part of a page that matched: a ¶ of a speech, or a heading's section, or the page itself. */
export interface SectionHit {
  url: string;
  /** The ¶ number when the section is a speech paragraph. */
  paragraph: number | undefined;
  /** How the page names any other titled section, such as a part of an official document ("mục II.3.b"). */
  label?: string | undefined;
  excerpt: ExcerptPart[];
}

/** One page in the results. */
export interface PageHit {
  title: string;
  type: string | undefined;
  speaker: string | undefined;
  /** Where the result link goes: the best-matching paragraph or section. */
  best: SectionHit;
  /** Further matching paragraphs of the same page, best first. */
  more: SectionHit[];
}

export interface SearchOutcome {
  query: string;
  total: number;
  /** The first pages, best first. */
  pages: PageHit[];
  /** Reads and ranks the next pages; none once every page found has been read. */
  readMore(): Promise<PageHit[]>;
  /** How many of the pages found are not read yet. */
  unread(): number;
}

/**
 * How many of Pagefind's best pages are read, re-ranked and shown at a time. Each read is a fragment
 * holding the page's text (2 KB gzip for a short page, 4 KB and more for a speech): five fill a
 * phone's screen, and "More results" reads the next five, as Pagefind's own UI does.
 */
const pagesPerRead = 5;
/** How many further paragraphs a page lists under its main link. */
const shownMoreParagraphs = 2;

function toSection(data: PagefindResultData, section: SectionMatch): SectionHit {
  return {
    url: section.id ? `${data.url}#${section.id}` : data.url,
    paragraph: paragraphOfAnchor(section.id),
    ...(paragraphOfAnchor(section.id) === undefined && section.id && section.title ? { label: section.title } : {}),
    excerpt: section.excerpt,
  };
}

/**
 * Runs Pagefind for every reading of the query and merges the results, best first; when the query
 * names a kind of text ("đột phá"), that kind's pages come first (src/lib/search/named-kinds.ts).
 * Costs one more Pagefind search, on the type filter alone, for such a query only.
 */
async function candidates(pagefind: Pagefind, query: string, filters: Record<string, string>, kindLabels: Readonly<Record<string, string>>, words: WordRules): Promise<{ found: PagefindResult[]; ofNamedKinds: Set<string> }> {
  const kinds = filters['type'] ? [] : namedKinds(query, kindLabels, words);
  const [found, ofKinds] = await Promise.all([
    textCandidates(pagefind, query, filters),
    Promise.all(kinds.map(async (kind) => (await pagefind.search(null, { filters: { ...filters, type: kind } })).results)),
  ]);
  const ofNamedKinds = ofKinds.flat();
  return { found: kindPagesFirst(found, ofNamedKinds), ofNamedKinds: new Set(ofNamedKinds.map((result) => result.id)) };
}

/** Runs Pagefind for every reading of the query and merges the results, best first. */
async function textCandidates(pagefind: Pagefind, query: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  const variants = queryVariants(query);
  if (variants.length === 0) {
    return Object.keys(filters).length > 0 ? (await pagefind.search(null, { filters })).results : [];
  }
  const phrases = queryWords(query).length > 1;
  const outcomes = await Promise.all(
    variants.map(async (variant) => {
      const [plain, phrase] = await Promise.all([
        pagefind.search(variant, { filters }),
        phrases ? pagefind.search(`"${variant}"`, { filters }) : undefined,
      ]);
      return { hits: plain.results, phraseIds: new Set(phrase?.results.map((result) => result.id)) };
    }),
  );
  return mergeVariantHits(outcomes).map(({ hit }) => hit);
}

/**
 * Runs one search in the index of the page's language. With no query, the chosen filters alone
 * list pages; with neither, nothing is found. `kindLabels` names each kind of page (type filter
 * value → label), so a query that names a kind can put its pages first.
 */
export async function searchSite(pagefind: Pagefind, query: string, chosen: SearchFilters, words: WordRules, kindLabels: Readonly<Record<string, string>> = {}): Promise<SearchOutcome> {
  const filters = Object.fromEntries(Object.entries(chosen).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const { found, ofNamedKinds } = await candidates(pagefind, query, filters, kindLabels, words);
  let read = 0;
  const readMore = async (): Promise<PageHit[]> => {
    const batch = found.slice(read, read + pagesPerRead);
    read += batch.length;
    return readAndRank(batch, query, words, ofNamedKinds);
  };
  const pages = await readMore();
  return { query, total: found.length, pages, readMore, unread: () => found.length - read };
}

/** Reads each page's text to rank them (src/lib/search/match.ts) and to choose what each result shows. */
async function readAndRank(results: readonly PagefindResult[], query: string, words: WordRules, ofNamedKinds: ReadonlySet<string>): Promise<PageHit[]> {
  const read = await Promise.all(
    results.map(async (result, order) => {
      const data = await result.data();
      return { data, match: matchPage(data, query, words, { prefix: !ofNamedKinds.has(result.id) }), order };
    }),
  );
  // The pages of a kind the query names stay first, whatever their text's match.
  const named = (result: PagefindResult) => Number(ofNamedKinds.has(result.id));
  read.sort((a, b) => named(results[b.order]!) - named(results[a.order]!) || compareQuality(a.match.quality, b.match.quality, false) || a.order - b.order);

  return read.map(({ data, match }): PageHit => {
    const [best, ...others] = match.sections.map((section) => toSection(data, section));
    return {
      title: data.meta['title'] ?? data.url,
      type: data.meta['type'],
      speaker: data.meta['speaker'],
      best: best ?? { url: data.url, paragraph: undefined, excerpt: [] },
      more: others.filter((section) => section.paragraph !== undefined || section.label !== undefined).slice(0, shownMoreParagraphs),
    };
  });
}
