/**
 * Reads one page's indexed text (Pagefind's `content` and `anchors`) against a query: how well the
 * page matches, which section (¶ of a speech, or heading) matches best, and an excerpt of it with
 * the matched words marked. Comparisons fold Vietnamese (đ as d, no marks), so every d/đ reading of
 * a query is judged alike; words matched with the query's own diacritics count as exact.
 */
import type { WordRules } from './word-rules';
import type { ExcerptPart } from './excerpt';
import { foldVietnamese, queryWords } from './fold-vietnamese';

/** An element with an id in Pagefind's indexed text, at a word position. */
export interface AnchorLike {
  element: string;
  id: string;
  location: number;
  title?: string | undefined;
  text?: string | undefined;
}

/** The part of Pagefind's page data this module reads. */
export interface IndexedPage {
  content: string;
  anchors: readonly AnchorLike[];
}

/** How well some text matches a query; compared field by field, in this order. */
export interface MatchQuality {
  /** All query words side by side, in order (always false for one-word queries). */
  phrase: boolean;
  /** …and with the diacritics as typed (only when the query has any). */
  exactPhrase: boolean;
  /** Share of query words found as whole words (0–1). */
  coverage: number;
  /** Share of query words found with the diacritics as typed (0–1). */
  exactCoverage: number;
  /** Number of matched words. */
  hits: number;
}

/** One part of a page: before the first anchor (`id` undefined), or from one anchor to the next. */
export interface SectionMatch {
  id: string | undefined;
  /** The section's `data-pagefind-title` ("¶7", "mục II.3.b"), when it has one. */
  title?: string | undefined;
  quality: MatchQuality;
  excerpt: ExcerptPart[];
}

export interface PageMatch {
  quality: MatchQuality;
  /** Sections with at least one matched word, best first; the page itself when none matched. */
  sections: SectionMatch[];
}

/** Pagefind's own word boundaries in `content`, so word positions agree with its anchors. */
const wordSeparators = /[^\S\uFEFF]+/;
const excerptWords = 26;

interface Token {
  word: number;
  folded: string;
  exact: string;
}

interface QueryWord {
  folded: string;
  exact: string;
  accented: boolean;
}

const subTokens = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function tokenize(words: readonly string[]): Token[] {
  return words.flatMap((word, index) => {
    const exact = subTokens(word.normalize('NFC').toLowerCase());
    const folded = subTokens(foldVietnamese(word));
    return folded.length === exact.length
      ? folded.map((token, i) => ({ word: index, folded: token, exact: exact[i]! }))
      : folded.map((token) => ({ word: index, folded: token, exact: token }));
  });
}

function parseQuery(query: string): QueryWord[] {
  return queryWords(query).flatMap((word) => {
    const exact = subTokens(word.normalize('NFC').toLowerCase());
    const folded = subTokens(foldVietnamese(word));
    return folded.map((token, i) => ({ folded: token, exact: exact[i] ?? token, accented: (exact[i] ?? token) !== token }));
  });
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a word of the text matches a query word. Vietnamese matches whole syllables; English also
 * accepts another form of the word (a shared stem of at least four letters: "reform"/"reforms").
 * The last query word may be unfinished, so it also matches as a prefix when it matches nothing whole.
 */
function makeMatcher(queryWordsParsed: readonly QueryWord[], tokens: readonly Token[], rules: WordRules, prefix: boolean) {
  const present = new Set(tokens.map((token) => token.folded));
  const last = queryWordsParsed.length - 1;
  return (token: Token, index: number): boolean => {
    const q = queryWordsParsed[index]!.folded;
    if (token.folded === q) return true;
    if (rules.inflects) {
      const shared = commonPrefixLength(token.folded, q);
      if (shared >= 4 && shared >= Math.min(token.folded.length, q.length) - 2) return true;
    }
    return prefix && index === last && !present.has(q) && token.folded.startsWith(q);
  };
}

function qualityOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  query: readonly QueryWord[],
  matches: (token: Token, index: number) => boolean,
): { quality: MatchQuality; marked: Set<number>; phraseAt: number | undefined } {
  const found = new Set<number>();
  const foundExact = new Set<number>();
  const marked = new Set<number>();
  let phraseAt: number | undefined;
  let exactPhrase = false;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    query.forEach((word, q) => {
      if (!matches(token, q)) return;
      found.add(q);
      marked.add(token.word);
      if (!word.accented || token.exact === word.exact) foundExact.add(q);
    });
    if (query.length > 1 && t + query.length <= to && query.every((_, q) => matches(tokens[t + q]!, q))) {
      phraseAt ??= tokens[t]!.word;
      const exact = query.every((word, q) => !word.accented || tokens[t + q]!.exact === word.exact);
      exactPhrase ||= exact;
    }
  }
  const accented = query.some((word) => word.accented);
  return {
    quality: {
      phrase: phraseAt !== undefined,
      exactPhrase: accented && exactPhrase,
      coverage: query.length === 0 ? 0 : found.size / query.length,
      exactCoverage: accented && query.length > 0 ? foundExact.size / query.length : 0,
      hits: marked.size,
    },
    marked,
    phraseAt,
  };
}

/**
 * Orders match qualities, best first. The number of hits decides between sections of one page, but
 * not between pages, where it would favour long pages: there Pagefind's score decides instead.
 */
export function compareQuality(a: MatchQuality, b: MatchQuality, countHits = true): number {
  return (
    Number(b.phrase) - Number(a.phrase) ||
    Number(b.exactPhrase) - Number(a.exactPhrase) ||
    b.coverage - a.coverage ||
    b.exactCoverage - a.exactCoverage ||
    (countHits ? b.hits - a.hits : 0)
  );
}

function excerptOf(words: readonly string[], from: number, to: number, marked: ReadonlySet<number>, focus: number | undefined): ExcerptPart[] {
  let start = from;
  if (focus !== undefined) start = Math.max(from, focus - Math.floor(excerptWords / 3));
  else if (marked.size > 0) {
    // The window with the most marked words.
    let best = -1;
    for (let s = from; s < Math.max(from + 1, to - excerptWords + 1); s++) {
      let count = 0;
      for (let w = s; w < Math.min(to, s + excerptWords); w++) if (marked.has(w)) count++;
      if (count > best) [best, start] = [count, s];
    }
  }
  start = Math.max(from, Math.min(start, to - excerptWords));
  const end = Math.min(to, start + excerptWords);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > from) push('… ', false);
  for (let w = start; w < end; w++) {
    if (w > start) push(' ', false);
    push(words[w]!, marked.has(w));
  }
  if (end < to) push(' …', false);
  return parts;
}

/** Anchors that start a section: titled elements (the ¶ of a speech) and headings with text. */
const startsSection = (anchor: AnchorLike) =>
  Boolean(anchor.title?.trim()) || (/^h[1-6]$/i.test(anchor.element) && Boolean(anchor.text?.trim()));

/**
 * Matches one page against a query; `rules` are its language's word rules (src/lib/search/word-rules.ts). `prefix: false`
 * matches the last word whole only: for a page found by its kind rather than its words, where
 * "phá" marked in "phát" would point at words that are not what the reader asked for.
 */
export function matchPage(page: IndexedPage, query: string, rules: WordRules, { prefix = true }: { prefix?: boolean } = {}): PageMatch {
  const words = page.content.replace(/\u200B/g, '').split(wordSeparators);
  const tokens = tokenize(words);
  const parsed = parseQuery(query);
  const matches = makeMatcher(parsed, tokens, rules, prefix);
  const tokenAt = (word: number) => {
    const index = tokens.findIndex((token) => token.word >= word);
    return index < 0 ? tokens.length : index;
  };

  const bounds = [
    { id: undefined as string | undefined, title: undefined as string | undefined, from: 0 },
    ...[...page.anchors]
      .filter(startsSection)
      .sort((a, b) => a.location - b.location)
      .map((anchor) => ({ id: anchor.id as string | undefined, title: anchor.title?.trim() || undefined, from: anchor.location })),
  ];
  const sections = bounds
    .map((bound, i) => {
      const to = bounds[i + 1]?.from ?? words.length;
      const { quality, marked, phraseAt } = qualityOf(tokens, tokenAt(bound.from), tokenAt(to), parsed, matches);
      return { id: bound.id, title: bound.title, quality, excerpt: excerptOf(words, bound.from, to, marked, phraseAt), empty: to <= bound.from };
    })
    .filter((section) => !section.empty);

  // A paragraph that matches as well as the page's opening (its title) is the better place to land.
  const matched = sections
    .filter((section) => section.quality.hits > 0)
    .sort(
      (a, b) =>
        compareQuality(a.quality, b.quality, false) ||
        Number(b.id !== undefined) - Number(a.id !== undefined) ||
        b.quality.hits - a.quality.hits,
    );
  return {
    quality: qualityOf(tokens, 0, tokens.length, parsed, matches).quality,
    sections: (matched.length > 0 ? matched : sections.slice(0, 1)).map(({ id, title, quality, excerpt }) => ({ id, ...(title ? { title } : {}), quality, excerpt })),
  };
}
