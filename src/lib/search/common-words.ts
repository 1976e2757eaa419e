/**
 * Words on most pages of a large corpus, and how a search finds them side by side. In a library of
 * thousands of Vietnamese texts, syllables such as "của", "số" or "kinh" are on nearly every page,
 * many times: Pagefind keeps every place of every word, so one such syllable cost a search 50–90 KB
 * at 3,000 texts. The build (common-word-postings.ts) keeps one place per page for these words and
 * indexes each pair of neighbouring words that holds one of them under a key of its own
 * (`pairKey`), one place per page: a query's words side by side are found through their pairs,
 * which are far rarer than either word. The same rules, here, tell the search what to ask for.
 * Written into the index only for languages Pagefind does not stem (a stemmed query word could not
 * be told apart from the stem it is indexed under).
 */

/** A word is common when it is on at least this share of a language's pages… */
export const commonShare = 0.25;

/** …and on at least `minPages` pages (the site's `commonWordMinPages`, site.config.ts). */
export interface CommonWordRule {
  share: number;
  minPages: number;
}

/** Whether a word on `pages` of a language's `total` pages is common. */
export function isCommon(pages: number, total: number, rule: CommonWordRule): boolean {
  return pages >= rule.minPages && pages >= rule.share * total;
}

/**
 * The file beside the index listing a language's common words (a JSON array of index keys). Every
 * language of the bundle has one, empty where none is common, so a search never asks in vain.
 */
export const commonWordsFile = (lang: string) => `common-words.${lang}.json`;

/**
 * The index key of a pair of neighbouring words. Pagefind's query keeps `~` (a symbol, not
 * punctuation) and its indexing never puts one in a word, so no word of a text is a pair's key; the
 * search takes `~` out of what a reader types (fold-vietnamese.ts, queryWords). The closing `~`
 * keeps Pagefind, which reads every query word as the start of a word, from reaching a longer
 * pair: `~đoi~so~` is not the start of `~đoi~song~` (“đời sống”).
 */
export const pairKey = (first: string, second: string) => `~${first}~${second}~`;

/**
 * A query word as Pagefind looks it up: punctuation dropped, lower case, accents taken off (đ is a
 * letter of its own and stays). The same steps as Pagefind's search script.
 */
export function indexKey(word: string): string {
  return word
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * What to ask Pagefind for to find a query's words side by side, where some are common: each
 * neighbouring pair by its pair key. Undefined when the query is one word, has no common word, or
 * has two neighbours neither of which is common (no pair key holds them): then the search asks for
 * the words and for them as a phrase, as without common words.
 */
export function sideBySideTerms(words: readonly string[], common: ReadonlySet<string>): string[] | undefined {
  const keys = words.map(indexKey).filter((key) => key !== '');
  if (keys.length < 2) return undefined;
  const pairs = keys.slice(1).map((second, index) => [keys[index]!, second] as const);
  if (!pairs.every(([first, second]) => common.has(first) || common.has(second))) return undefined;
  return [...new Set(pairs.map(([first, second]) => pairKey(first, second)))];
}
