/**
 * Bounds a search query before it reaches Pagefind. Every word costs Pagefind a lookup and the
 * ranking a pass over each page read, and each d-initial word doubles the readings searched
 * (fold-vietnamese.ts), so a pasted page of text would keep the tab busy for minutes. No real
 * question to this library needs more than a sentence.
 */
import { queryWords } from './fold-vietnamese';

/** The most characters of a query that are searched. */
export const maxQueryCharacters = 200;
/** The most words of a query that are searched. */
export const maxQueryWords = 12;

/** The query that is searched, and whether it is shorter than what was typed. */
export interface BoundedQuery {
  query: string;
  shortened: boolean;
}

/**
 * The query as typed (trimmed) when it is within bounds; else its first `maxQueryWords` words
 * within `maxQueryCharacters` characters, never cutting a character in two.
 */
export function boundedQuery(typed: string): BoundedQuery {
  // Only the head is ever searched: look at no more of a huge paste than can matter.
  const head = typed.slice(0, maxQueryCharacters * 2).trim();
  const words = queryWords(head);
  if (head === typed.trim() && Array.from(head).length <= maxQueryCharacters && words.length <= maxQueryWords) {
    return { query: head, shortened: false };
  }
  let query = '';
  for (const word of words.slice(0, maxQueryWords)) {
    const next = query === '' ? word : `${query} ${word}`;
    if (Array.from(next).length > maxQueryCharacters) {
      // A single word longer than the bound is cut; otherwise the query stops before the word.
      if (query === '') query = Array.from(word).slice(0, maxQueryCharacters).join('');
      break;
    }
    query = next;
  }
  // The head may end inside a surrogate pair; half a character is not searched.
  return { query: query.replace(/[\uD800-\uDBFF]$/, ''), shortened: true };
}
