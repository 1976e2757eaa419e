/**
 * Vietnamese-aware query handling for search.
 *
 * Pagefind already folds combining marks, so "dot pha" finds "đột phá" except for one letter: đ
 * (U+0111) is a letter of its own with no Unicode decomposition, so Pagefind never equates it with
 * d. In Vietnamese spelling đ only ever starts a syllable, so a query word that starts with d may
 * have meant đ. `queryVariants` spells out those readings; the search runs each and merges them.
 */

/** The most query variants one search will run: every reading of up to four d-initial words. */
export const maxQueryVariants = 16;

/** Folds text for comparison: lowercase, no tone or vowel marks, đ as d ("Đột phá" → "dot pha"). */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('đ', 'd');
}

/** True when the text carries any Vietnamese diacritic, including đ. */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase();
}

/**
 * A query as words: surrounding space and quote marks dropped, inner space collapsed, and `~`
 * taken out, which the index keeps for the pairs of common words (common-words.ts).
 */
export function queryWords(query: string): string[] {
  return query
    .replace(/["“”„~]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** The same word with its first d/D read as đ/Đ, or undefined when it does not start with d. */
function withBarredD(word: string): string | undefined {
  const match = /^([^\p{L}\p{N}]*)([dD])(.*)$/u.exec(word);
  if (!match) return undefined;
  const [, lead = '', d, rest = ''] = match;
  return `${lead}${d === 'D' ? 'Đ' : 'đ'}${rest}`;
}

/**
 * Every reading of a query with its word-initial d's taken as d or as đ, the query as typed first
 * ("dong dang" → "dong dang", "đong dang", "dong đang", "đong đang"). Letters typed as đ stay đ: the
 * reader chose them. Past four d-initial words the rest stay as typed, to bound the work.
 */
export function queryVariants(query: string, max = maxQueryVariants): string[] {
  let variants: string[][] = [[]];
  for (const word of queryWords(query)) {
    const barred = withBarredD(word);
    const readings = barred && variants.length * 2 <= max ? [word, barred] : [word];
    variants = readings.flatMap((reading) => variants.map((prefix) => [...prefix, reading]));
  }
  return variants.map((words) => words.join(' ')).filter((variant) => variant !== '');
}
