/**
 * Queries that name a kind of text. "đột phá", "khâu đột phá", "strategic breakthroughs" name the
 * breakthroughs; a reader asking for them expects the breakthroughs themselves first, not every page
 * that happens to use the words most often. Pagefind cannot see this: a page's kind is a filter, not
 * text, so a breakthrough that says "đột phá" once ranks below a page that says it three times.
 */
import { foldVietnamese, queryWords } from './fold-vietnamese';
import type { WordRules } from './word-rules';

const wordsOf = (text: string) => foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The same word, or (in a language whose words inflect) its plural: a label is a noun, so
 * "breakthroughs" names the breakthroughs, but "targeted" does not name the targets.
 */
function sameWord(a: string, b: string, words: WordRules): boolean {
  if (a === b) return true;
  if (!words.inflects) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/** Whether `inner` stands, word for word and in order, somewhere in `outer`. */
function standsIn(inner: readonly string[], outer: readonly string[], words: WordRules): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, i) => sameWord(word, outer[start + i]!, words))) return true;
  }
  return false;
}

/**
 * The kinds (filter values) a query names: the query stands within a kind's label ("đột phá" in
 * "Khâu đột phá"), or the label within the query ("khâu đột phá chiến lược"). A query of one
 * syllable names nothing in a language of unchanging syllables, where a syllable alone ("phá")
 * means little.
 */
export function namedKinds(query: string, labels: Readonly<Record<string, string>>, words: WordRules): string[] {
  const asked = queryWords(query).flatMap(wordsOf);
  if (asked.length === 0 || (!words.inflects && asked.length < 2)) return [];
  return Object.entries(labels)
    .filter(([, label]) => {
      const named = wordsOf(label);
      return standsIn(asked, named, words) || standsIn(named, asked, words);
    })
    .map(([value]) => value);
}

/**
 * Puts the pages of the kinds a query names first, in the order they came (so among them Pagefind's
 * ranking still decides), then the kinds' pages the text search did not find, then the rest.
 */
export function kindPagesFirst<Hit extends { id: string }>(found: readonly Hit[], ofNamedKinds: readonly Hit[]): Hit[] {
  if (ofNamedKinds.length === 0) return [...found];
  const named = new Set(ofNamedKinds.map((hit) => hit.id));
  const foundIds = new Set(found.map((hit) => hit.id));
  return [
    ...found.filter((hit) => named.has(hit.id)),
    ...ofNamedKinds.filter((hit) => !foundIds.has(hit.id)),
    ...found.filter((hit) => !named.has(hit.id)),
  ];
}
