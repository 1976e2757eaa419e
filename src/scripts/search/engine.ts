/**
 * One search, as the reader sees it. Pagefind finds the candidate pages: every d/đ reading of the
 * query, each also as an exact phrase, merged so each page keeps its best reading and pages with the
 * words side by side come first. A reading with a word on most pages of a large library is looked up
 * by its pairs of neighbouring words (src/lib/search/common-words.ts), and its words apart only when
 * the reader asks for more. Then the best candidates' text is read (src/lib/search/match.ts) to
 * put whole-word, side-by-side and exact-diacritic matches first, to pick the paragraph each result
 * links to, and to build its excerpt.
 */
import type { WordRules } from '../../lib/search/word-rules';
import type { ExcerptPart } from '../../lib/search/excerpt';
import { queryVariants, queryWords } from '../../lib/search/fold-vietnamese';
import { answersFully, nextToShow, type OtherLanguage } from '../../lib/search/cross-language';
import { compareQuality, matchPage, type MatchQuality, type SectionMatch } from '../../lib/search/match';
import { paragraphOfAnchor } from '../../lib/search/paragraph-anchors';
import { kindPagesFirst, namedKinds } from '../../lib/search/named-kinds';
import { mergeVariantHits } from '../../lib/search/rank';
import { sideBySideTerms } from '../../lib/search/common-words';
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
  /** Set when the page was found in another language's index: the language its title and excerpts are in. */
  lang?: string;
  /** …and how the reader's page labels that language ("in the Vietnamese original"). */
  languageLabel?: string;
}

export interface SearchOutcome {
  query: string;
  /** Pages found so far: grows when the pages with the words apart are looked up. */
  readonly total: number;
  /** Whether `total` counts only the pages with the query's words side by side (Candidates). */
  readonly together: boolean;
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
async function candidates(pagefind: Pagefind, query: string, filters: Record<string, string>, kindLabels: Readonly<Record<string, string>>, words: WordRules): Promise<Candidates & { ofNamedKinds: Set<string> }> {
  const kinds = filters['type'] ? [] : namedKinds(query, kindLabels, words);
  const [{ found, apart }, ofKinds] = await Promise.all([
    textCandidates(pagefind, query, filters),
    Promise.all(kinds.map(async (kind) => (await pagefind.search(null, { filters: { ...filters, type: kind } })).results)),
  ]);
  const ofNamedKinds = ofKinds.flat();
  return { found: kindPagesFirst(found, ofNamedKinds), ...(apart ? { apart } : {}), ofNamedKinds: new Set(ofNamedKinds.map((result) => result.id)) };
}

/** What a search found in one index: pages best first, and maybe a wider search left for later. */
interface Candidates {
  found: PagefindResult[];
  /**
   * Set when `found` holds only the pages with the query's words side by side, found through
   * the pairs of a common word (src/lib/search/common-words.ts): finds the pages with the words
   * apart too, which loads every common word's pages, so only once the reader asks for them.
   */
  apart?: () => Promise<PagefindResult[]>;
}

/**
 * Runs Pagefind for every reading of the query and merges the results, best first. When every
 * reading's neighbouring words each hold a common word, the readings are looked up by those pairs:
 * the pages with the words side by side, light to find. The pages with the words apart are looked
 * up at once only when those do not fill a screen, else when the reader asks for more.
 */
async function textCandidates(pagefind: Pagefind, query: string, filters: Record<string, string>): Promise<Candidates> {
  const variants = queryVariants(query);
  if (variants.length === 0) {
    return { found: Object.keys(filters).length > 0 ? (await pagefind.search(null, { filters })).results : [] };
  }
  const phrases = queryWords(query).length > 1;
  const common = pagefind.commonWords ?? new Set<string>();
  const pairTerms = variants.map((variant) => sideBySideTerms(queryWords(variant), common));
  const search = (term: string) => pagefind.search(term, { filters }).then((response) => response.results);
  const whole = async (variant: string) => {
    const [plain, phrase] = await Promise.all([search(variant), phrases ? search(`"${variant}"`) : undefined]);
    return { hits: plain, phraseIds: new Set(phrase?.map((result) => result.id)) };
  };
  // By pairs only when every reading is: else some pages found would have the words apart.
  if (pairTerms.some((terms) => terms === undefined)) return { found: mergeVariantHits(await Promise.all(variants.map(whole))).map(({ hit }) => hit) };
  const outcomes = await Promise.all(
    pairTerms.map(async (terms) => {
      const together = await search(terms!.join(' '));
      return { hits: together, phraseIds: new Set(together.map((result) => result.id)) };
    }),
  );
  const found = mergeVariantHits(outcomes).map(({ hit }) => hit);
  const apart = async () => {
    const wider = await Promise.all(variants.map(async (variant, index) => ({ hits: await search(variant), phraseIds: outcomes[index]!.phraseIds })));
    return mergeVariantHits([...outcomes, ...wider]).map(({ hit }) => hit);
  };
  return found.length < pagesPerRead ? { found: await apart() } : { found, apart };
}

/** A page read and ranked, with its match quality for merging with another language's results. */
interface ReadHit {
  hit: PageHit;
  quality: MatchQuality;
  /** Found as a page of a kind the query names ("orientations"): it answers the query whatever its words. */
  named: boolean;
}

/** Whether a page read answers the query in full (src/lib/search/cross-language.ts). */
const answers = (read: ReadHit, wordCount: number) => read.named || answersFully(read.quality, wordCount);

/** One index a search reads from: the page's language, or another language searched across. */
interface Source {
  found: PagefindResult[];
  /** The pages with the query's words apart, not looked up yet (Candidates). */
  apart?: (() => Promise<PagefindResult[]>) | undefined;
  read: number;
  /** Read and ranked, not shown yet. */
  waiting: ReadHit[];
  words: WordRules;
  ofNamedKinds: ReadonlySet<string>;
  /** Set for another language: its code and how the page labels its results. */
  other?: OtherLanguage;
  /** For another language: how many of its pages read so far answer the query in full. */
  kept?: number;
}

/** The other languages a search may look in, and how to reach their indexes (load-pagefind.ts). */
export interface OtherLanguages {
  languages: readonly OtherLanguage[];
  load(lang: string): Promise<Pagefind>;
}

/**
 * Reads a source's next pages. Another language's pages are kept only where they answer the query
 * in full: a passage in a language the reader did not search in is worth showing only then. Its
 * candidates come phrase matches first (src/lib/search/rank.ts), so once a read keeps none, the
 * rest are not read.
 */
async function readBatch(source: Source, query: string, wordCount: number): Promise<void> {
  const batch = source.found.slice(source.read, source.read + pagesPerRead);
  source.read += batch.length;
  const read = await readAndRank(batch, query, source.words, source.ofNamedKinds, source.other);
  if (!source.other) {
    source.waiting.push(...read);
    return;
  }
  const kept = read.filter((hit) => answers(hit, wordCount));
  source.waiting.push(...kept);
  source.kept = (source.kept ?? 0) + kept.length;
  if (kept.length === 0) {
    source.read = source.found.length;
    source.apart = undefined;
  }
}

/** Adds a source's pages with the words apart after those already found, once they are asked for. */
async function widen(source: Source): Promise<void> {
  const apart = source.apart;
  if (!apart) return;
  source.apart = undefined;
  const known = new Set(source.found.map((result) => result.id));
  source.found.push(...(await apart()).filter((result) => !known.has(result.id)));
}

const pagePath = (url: string) => url.replace(/#.*$/, '');

/**
 * Runs one search in the index of the page's language. With no query, the chosen filters alone
 * list pages; with neither, nothing is found. `kindLabels` names each kind of page (type filter
 * value → label), so a query that names a kind can put its pages first. When the first pages read
 * do not fill a screen with full answers (src/lib/search/cross-language.ts), `others` are searched
 * too, each index loaded only then, and their results merged in where they match strictly better.
 */
export async function searchSite(
  pagefind: Pagefind,
  query: string,
  chosen: SearchFilters,
  words: WordRules,
  kindLabels: Readonly<Record<string, string>> = {},
  others?: OtherLanguages,
): Promise<SearchOutcome> {
  const filters = Object.fromEntries(Object.entries(chosen).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const { found, apart, ofNamedKinds } = await candidates(pagefind, query, filters, kindLabels, words);
  const own: Source = { found, apart, read: 0, waiting: [], words, ofNamedKinds };
  const sources: Source[] = [own];
  const wordCount = queryWords(query).length;
  await readBatch(own, query, wordCount);

  // The other languages are searched when the page's own cannot fill the first screen with full answers.
  if (others && wordCount > 0 && own.waiting.filter((read) => answers(read, wordCount)).length < pagesPerRead) {
    const searched = await Promise.all(
      others.languages.map(async (other): Promise<Source> => {
        let otherFound: Candidates = { found: [] };
        try {
          otherFound = await textCandidates(await others.load(other.lang), query, filters);
        } catch (error) {
          // The reader's own results stand without another language's (an old saved library may lack its index).
          console.warn(`Search in ${other.lang} failed:`, error);
        }
        return { ...otherFound, read: 0, waiting: [], words: { inflects: other.inflects }, ofNamedKinds: new Set(), other };
      }),
    );
    await Promise.all(searched.map((source) => readBatch(source, query, wordCount)));
    sources.push(...searched);
  }

  const shownPages = new Set<string>();
  /** The next `count` pages over every source: another language's only where it matches strictly better. */
  const take = async (count: number): Promise<PageHit[]> => {
    const taken: PageHit[] = [];
    while (taken.length < count) {
      await Promise.all(sources.filter((source) => source.waiting.length === 0 && source.read === source.found.length).map(widen));
      await Promise.all(sources.filter((source) => source.waiting.length === 0 && source.read < source.found.length).map((source) => readBatch(source, query, wordCount)));
      // The own language's next page, unless another's matches strictly better; the pages of a kind
      // the query names stay first, as in the own language's list.
      const index = nextToShow(sources.map((source) => source.waiting[0]), (a, b) => Number(b.named) - Number(a.named) || compareQuality(a.quality, b.quality, false));
      if (index < 0) break;
      const next = sources[index]!;
      const { hit } = next.waiting.shift()!;
      const page = pagePath(hit.best.url);
      if (shownPages.has(page)) continue;
      if (next !== own) {
        // A page the reader's own language also answers in full (a term quoted in both languages, an
        // entry not yet translated and so indexed with its original text) is shown once, in the
        // reader's language; where the own language's match is weaker, this one takes its place.
        const ownHit = own.waiting.findIndex((read) => pagePath(read.hit.best.url) === page);
        if (ownHit >= 0 && answers(own.waiting[ownHit]!, wordCount)) continue;
        if (ownHit >= 0) own.waiting.splice(ownHit, 1);
      }
      shownPages.add(page);
      taken.push(hit);
    }
    return taken;
  };

  const pages = await take(pagesPerRead);
  // Pages with the words apart not looked up yet count as one: there may be more.
  const unread = () => sources.reduce((sum, source) => sum + source.found.length - source.read + source.waiting.length + (source.apart ? 1 : 0), 0);
  return {
    query,
    // Another language's pages count once read and kept: most of what it finds is not kept.
    get total() {
      return sources.reduce((sum, source) => sum + (source.other ? (source.kept ?? 0) : source.found.length), 0);
    },
    get together() {
      return own.apart !== undefined;
    },
    pages,
    readMore: () => take(pagesPerRead),
    unread,
  };
}

/** Reads each page's text to rank them (src/lib/search/match.ts) and to choose what each result shows. */
async function readAndRank(results: readonly PagefindResult[], query: string, words: WordRules, ofNamedKinds: ReadonlySet<string>, other?: OtherLanguage): Promise<ReadHit[]> {
  const read = await Promise.all(
    results.map(async (result, order) => {
      const data = await result.data();
      return { data, match: matchPage(data, query, words, { prefix: !ofNamedKinds.has(result.id) }), order };
    }),
  );
  // The pages of a kind the query names stay first, whatever their text's match.
  const named = (result: PagefindResult) => Number(ofNamedKinds.has(result.id));
  read.sort((a, b) => named(results[b.order]!) - named(results[a.order]!) || compareQuality(a.match.quality, b.match.quality, false) || a.order - b.order);

  return read.map(({ data, match, order }): ReadHit => {
    const [best, ...others] = match.sections.map((section) => toSection(data, section));
    return {
      quality: match.quality,
      named: ofNamedKinds.has(results[order]!.id),
      hit: {
        title: data.meta['title'] ?? data.url,
        type: data.meta['type'],
        speaker: data.meta['speaker'],
        best: best ?? { url: data.url, paragraph: undefined, excerpt: [] },
        more: others.filter((section) => section.paragraph !== undefined || section.label !== undefined).slice(0, shownMoreParagraphs),
        ...(other ? { lang: other.lang, languageLabel: other.label } : {}),
      },
    };
  });
}
