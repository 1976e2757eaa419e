/**
 * Merging and ordering search results. Pure functions over the numbers Pagefind returns, so the
 * ranking rules are unit-tested without a browser.
 */

/** One page hit from one Pagefind search: its id and Pagefind's score. */
export interface ScoredHit {
  id: string;
  score: number;
}

/** The outcome of one query variant: its hits and the ids whose text has the query as a phrase. */
export interface VariantOutcome<Hit extends ScoredHit> {
  hits: readonly Hit[];
  phraseIds: ReadonlySet<string>;
}

/** A merged hit: the best reading of the query for this page, and whether it matched as a phrase. */
export interface RankedHit<Hit extends ScoredHit> {
  hit: Hit;
  phrase: boolean;
}

const better = (a: { phrase: boolean; score: number }, b: { phrase: boolean; score: number }) =>
  a.phrase !== b.phrase ? a.phrase : a.score > b.score;

/**
 * Merges the hits of every reading of a query into one list, one entry per page. A page keeps its
 * best reading; pages where the query's words stand together, in order, come before pages where
 * they are scattered; then Pagefind's score decides, which already prefers exact diacritics.
 */
export function mergeVariantHits<Hit extends ScoredHit>(outcomes: readonly VariantOutcome<Hit>[]): RankedHit<Hit>[] {
  const best = new Map<string, RankedHit<Hit>>();
  for (const { hits, phraseIds } of outcomes) {
    for (const hit of hits) {
      const candidate = { hit, phrase: phraseIds.has(hit.id) };
      const current = best.get(hit.id);
      if (!current || better({ ...candidate, score: hit.score }, { ...current, score: current.hit.score })) {
        best.set(hit.id, candidate);
      }
    }
  }
  return [...best.values()].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.hit.score - a.hit.score);
}

/** The part of a Pagefind sub-result the ranking reads. */
export interface SubResultLike {
  url: string;
  anchor?: { id?: string | undefined } | undefined;
  locations: readonly number[];
  weighted_locations: readonly { balanced_score: number }[];
}

/** The longest run of consecutive word positions among matches: how many query words stand together. */
export function longestRun(locations: readonly number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  sorted.forEach((location, index) => {
    run = index > 0 && location === sorted[index - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/**
 * Orders the sections of one page by how well they match: sections with all the query's words
 * side by side first, then by the sum of Pagefind's per-word scores.
 */
export function rankSubResults<Sub extends SubResultLike>(subResults: readonly Sub[], wordCount: number): Sub[] {
  const together = Math.max(1, Math.min(wordCount, 4));
  const keyed = subResults.map((sub) => ({
    sub,
    adjacent: longestRun(sub.locations) >= together,
    score: sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0),
  }));
  return keyed
    .sort((a, b) => Number(b.adjacent) - Number(a.adjacent) || b.score - a.score)
    .map(({ sub }) => sub);
}
