/**
 * Search across languages: a query the page's own index does not answer fully is also searched in
 * the site's other languages, whose results are labelled ("in the Vietnamese original") and link to
 * the same place of the page in the reader's language. Pure functions, so the rules are unit-tested
 * without a browser; the search code (src/scripts/search/) applies them.
 */
import type { Language } from '../../schemas/site.ts';
import { languageNameAmong } from '../language-names.ts';
import type { MatchQuality } from './match.ts';

/** Another language the search of a page may look in, as that page's search needs it. */
export interface OtherLanguage {
  lang: string;
  /** Its word rules (src/lib/search/word-rules.ts): whether its words inflect. */
  inflects: boolean;
  /** How a page in the reader's language labels a result in it: "in the Vietnamese original". */
  label: string;
}

/** For each language of the site, the other languages its pages' search may look in, in the declared order. */
export type OtherLanguagesTable = Record<string, OtherLanguage[]>;

/** The UI strings the labels are made from, in one page language (src/i18n/<lang>.json). */
export interface CrossLanguageStrings {
  /** "in the {{language}} original" */
  inOriginal: string;
  /** "in the {{language}} translation" */
  inTranslation: string;
}

/**
 * The table of other languages for every language of a site: each page language lists every other
 * one, labelled in the page's language with the other's name as running text writes it
 * (`languageNameAmong`) and whether it is the original or a translation.
 */
export function otherLanguagesTable(languages: readonly Language[], stringsOf: (lang: string) => CrossLanguageStrings): OtherLanguagesTable {
  return Object.fromEntries(
    languages.map((page) => [
      page.code,
      languages
        .filter((other) => other.code !== page.code)
        .map((other) => {
          const strings = stringsOf(page.code);
          const template = other.original ? strings.inOriginal : strings.inTranslation;
          return { lang: other.code, inflects: other.wordsInflect, label: template.replaceAll('{{language}}', languageNameAmong(languages, other.code, page.code)) };
        }),
    ]),
  );
}

/**
 * Whether a page's match answers the query in full, so the other languages need not be searched:
 * every word found whole, and for a query of several words all of them side by side.
 */
export function answersFully(quality: MatchQuality, wordCount: number): boolean {
  return wordCount > 1 ? quality.phrase : quality.coverage === 1;
}

/**
 * The same page in another language: the language segment after the base is swapped, the ¶ or part
 * anchor kept (speeches number their ¶ alike in every language, documents their parts). Every entry
 * is published in every language (an untranslated one with its original text), so the page exists.
 * Returns the address unchanged when it is not under `<base><from>/`.
 */
export function pageInLanguage(url: string, base: string, from: string, to: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = `${root}${from}/`;
  return url.startsWith(prefix) ? `${root}${to}/${url.slice(prefix.length)}` : url;
}

/**
 * Which list's next result is shown next, when the page language's results (list 0) are merged
 * with other languages' (the lists after it, in the declared order), each list already in its own
 * order: an earlier list's head goes first unless a later one's matches strictly better
 * (`compare(later, earlier) < 0`), so the reader's own language wins every tie. `heads` holds each
 * list's next result, undefined where a list has none; returns -1 when none has any.
 */
export function nextToShow<T>(heads: readonly (T | undefined)[], compare: (a: T, b: T) => number): number {
  let best = -1;
  heads.forEach((head, index) => {
    if (head !== undefined && (best < 0 || compare(head, heads[best]!) < 0)) best = index;
  });
  return best;
}
