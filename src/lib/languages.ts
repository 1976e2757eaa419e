/** The site's languages, the original first. */
export const languages = ['vi', 'en'] as const;

export type Lang = (typeof languages)[number];

export const defaultLang: Lang = 'vi';

/**
 * The language the texts are originally written in: its files hold the sources' own words and
 * titles, and every other language's files are the editors' translations of them.
 */
export const originalLang: Lang = languages[0];

export function isLang(value: string | undefined): value is Lang {
  return (languages as readonly string[]).includes(value ?? '');
}

/** The other language: every page has exactly one twin. */
export function twinLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
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
