import { isLang, type Lang } from './languages.ts';

/**
 * Joins a site-relative path onto the configured base (e.g. `/` or `/cao-bang/`), so the site can
 * be served from a sub-path. Paths end with `/` because every page is a directory index.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\//, '')}`;
}

/** Site-relative path of a page, without the base: `vi/`, `vi/speeches/`, `vi/speeches/<id>/`. */
export function pagePath(lang: Lang, collection?: string, id?: string): string {
  return [lang, collection, id].filter(Boolean).join('/') + '/';
}

/** Replaces the language segment of a site-relative path, to find the page in another language. */
export function swapLang(path: string, to: Lang): string {
  const match = /^\/?([^/]+)(?=\/|$)/.exec(path);
  return match && isLang(match[1]) ? `${to}${path.slice(match[0].length)}` : path;
}

/** Pages per language that are not an entry or a collection list: `vi/map/` … */
export const extraPages = ['map', 'timeline', 'reading-list', 'notebook'] as const;
