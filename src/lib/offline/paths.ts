/**
 * Paths in the offline copy. The served site links by absolute paths to directory URLs
 * (`/vi/speeches/x/`); opened from disk (file://) those point at the disk's root or open a folder
 * listing. In the copy every link is a relative path to an explicit file
 * (`../../vi/speeches/x/index.html`). Pure functions: the build step and the browser share them.
 */

/**
 * The file a site path names, relative to the site root: `/vi/x/` → `vi/x/index.html`,
 * `/` or `` → `index.html`, `/_astro/a.js` → `_astro/a.js`. The path has no base and no query.
 */
export function fileOfSitePath(sitePath: string): string {
  const path = sitePath.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The folder part of a file path, with its trailing slash: `vi/x/index.html` → `vi/x/`. */
function folderOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/') + 1);
}

/**
 * The copy's root as seen from a file of it, as a relative path ending in `/`:
 * `vi/x/index.html` → `../../`, `index.html` → `./`.
 */
export function rootOf(file: string): string {
  const depth = folderOf(file).split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * The relative path from one file of the copy to another, both relative to the root:
 * (`vi/x/index.html`, `_astro/a.css`) → `../../_astro/a.css`; (`vi/x/index.html`, `vi/x/index.html`)
 * → `index.html`.
 */
export function relativePath(fromFile: string, toFile: string): string {
  const from = folderOf(fromFile).split('/').filter(Boolean);
  const to = toFile.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...Array<string>(from.length - shared).fill('..'), ...to.slice(shared)].join('/');
}

/** Thrown for a link that points into the site's origin but outside its base path. */
export class OutsideSiteError extends Error {}

const placeholderOrigin = 'http://offline.invalid';

/**
 * Rewrites one URL found in a file of the copy (`fromFile`, relative to the root) into a relative
 * path to an explicit file, keeping its query and #fragment. `base` is the site's base path (`/` or
 * `/sub/`). Returns undefined for URLs to leave as they are: other origins and schemes (`https:`,
 * `mailto:`, `data:`), and fragments of the same document (`#p7`). `isFolder` tells whether a
 * site-relative path without a trailing slash names a folder (then its `index.html` is meant).
 */
export function offlineUrl(url: string, fromFile: string, base: string, isFolder: (file: string) => boolean = () => false): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const documentUrl = new URL(`${base}${fromFile}`, placeholderOrigin);
  const target = new URL(trimmed, documentUrl);
  if (target.origin !== placeholderOrigin) return undefined;
  if (!target.pathname.startsWith(base)) throw new OutsideSiteError(`${url} (in ${fromFile}) is outside the site's base path ${base}`);
  let file = fileOfSitePath(target.pathname.slice(base.length));
  if (!file.endsWith('/index.html') && file !== 'index.html' && isFolder(decodeURIComponent(file))) file = `${file}/index.html`;
  return `${relativePath(fromFile, file)}${target.search}${target.hash}`;
}

/**
 * A link Pagefind gives (a site path like `/vi/x/#p7`, without the base) as a link from the page
 * being read, through the copy's root as seen from it (`../../`): `../../vi/x/index.html#p7`.
 */
export function offlinePageHref(sitePathWithHash: string, root: string): string {
  const hashAt = sitePathWithHash.indexOf('#');
  const path = hashAt < 0 ? sitePathWithHash : sitePathWithHash.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : sitePathWithHash.slice(hashAt);
  return `${root === './' ? '' : root}${fileOfSitePath(path)}${hash}`;
}
