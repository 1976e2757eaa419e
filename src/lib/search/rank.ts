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
