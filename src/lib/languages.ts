/**
 * The site's languages, from its declaration (site.config.ts, through src/lib/site.ts). A page has
 * translations, not a twin: any number of languages, exactly one of them the original.
 */
import { languageLabelAmong, languageNameAmong } from './language-names.ts';
import { originalOf, site, type Language } from './site.ts';

/** A language code of the site (`vi`, `en`, …); site.config.ts declares which. */
export type Lang = string;

/** Every language's code, in the declared order (the order of the language switch). */
export const languages: readonly Lang[] = site.languages.map((language) => language.code);

/**
 * The language the texts are originally written in: its files hold the sources' own words and
 * titles, and every other language's files are the editors' translations of them.
 */
export const originalLang: Lang = originalOf(site).code;

/** The language the root page opens and the 404 page puts first: the original. */
const defaultLang: Lang = originalLang;

/** Every language but the original, in the declared order. */
export const translationLangs: readonly Lang[] = languages.filter((code) => code !== originalLang);


/** How names are ordered on list pages: as the original language orders them, on every language's pages alike. */
export const collation: string = localeOf(originalLang);

export function isLang(value: string | undefined): value is Lang {
  return languages.includes(value ?? '');
}

/** The declared language: its locale, its name in itself, its direction. */
export function languageOf(code: Lang): Language {
  const found = site.languages.find((language) => language.code === code);
  if (!found) throw new Error(`"${code}" is not one of the site's languages (${languages.join(', ')}); see site.config.ts`);
  return found;
}

/** A language's name in itself (`English`, `Tiếng Việt`), as the language switch shows it. */
export function labelOf(code: Lang): string {
  return languageOf(code).label;
}

/** The name of language `code` as a page in `lang` writes it in running text: `tiếng Anh` on a Vietnamese page (src/lib/language-names.ts). */
export function languageNameIn(code: Lang, lang: Lang): string {
  return languageNameAmong(site.languages, code, lang);
}

/** `languageNameIn` as a label on its own: first letter capitalised, `Tiếng Anh`. */
export function languageLabelIn(code: Lang, lang: Lang): string {
  return languageLabelAmong(site.languages, code, lang);
}

/** Whether a language's words change form, as search matches them (src/lib/search/word-rules.ts). */
export function wordsInflect(code: Lang): boolean {
  return languageOf(code).wordsInflect;
}

/** The locale that formats dates and numbers and orders names in a language, e.g. `vi-VN`. */
export function localeOf(code: Lang): string {
  return languageOf(code).locale;
}

/**
 * Splits a content path such as `speeches/vi/to-lam.mdx` (relative to content/) into its parts.
 * Returns undefined when the path does not follow `<collection>/<lang>/<id>.mdx`.
 */
export function parseContentPath(
  path: string,
): { collection: string; lang: Lang; id: string } | undefined {
  const match = /^([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(path.replaceAll('\\', '/'));
  if (!match) return undefined;
  const [, collection, lang, id] = match;
  if (!collection || !id || !isLang(lang)) return undefined;
  return { collection, lang, id };
}

/** The language of a page from its URL path (`/base/vi/…` → `vi`); the default when none. */
export function langOfUrl(pathname: string, base: string): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = rest.replace(/^\//, '').split('/')[0];
  return isLang(first) ? first : defaultLang;
}
