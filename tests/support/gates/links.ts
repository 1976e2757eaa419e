import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { LinkChecker, type LinkResult } from 'linkinator';
import { visit } from 'unist-util-visit';

/**
 * The link gate: crawls a served site from its start pages with linkinator and reports every
 * internal link, resource (scripts, styles, CSS `url()`s, icons, PDFs) and #fragment that does not
 * resolve, and every reference to another origin, which the site must never make.
 */
export interface LinkReport {
  /** `from → to (why)`, paths relative to the origin. */
  broken: string[];
  /** URLs on other origins that a page links to or loads. */
  otherOrigins: string[];
  /** Paths of the HTML pages the crawl reached. */
  pages: string[];
}

const pathOf = (url: string, origin: string) => (url.startsWith(origin) ? url.slice(origin.length) || '/' : url);

function describe(link: LinkResult, origin: string): string {
  const why = link.status === 200 && link.url.includes('#') ? 'no such fragment' : link.status ? `HTTP ${link.status}` : 'no answer';
  return `${pathOf(link.parent ?? '(start)', origin)} → ${pathOf(link.url, origin)} (${why})`;
}

/** Fragments that `<a href="#x">` on a page points to but that no `id` (or `<a name>`) on it defines. */
export function missingSamePageFragments(html: string): string[] {
  const tree: Root = fromHtml(html);
  const targets = new Set<string>();
  const wanted: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const { id, name, href } = node.properties;
    if (typeof id === 'string') targets.add(id);
    if (node.tagName === 'a' && typeof name === 'string') targets.add(name);
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) wanted.push(decodeURIComponent(href.slice(1)));
  });
  return [...new Set(wanted.filter((fragment) => !targets.has(fragment)))];
}

/**
 * Crawls from the start URLs (all on one origin) and reports what does not resolve. Absolute links to
 * `siteOrigin` (the SITE_URL the site was built for: canonical and hreflang links) are checked on the
 * served origin instead.
 */
export async function checkLinks(starts: readonly string[], siteOrigin?: string): Promise<LinkReport> {
  const origin = new URL(starts[0]!).origin;
  const escaped = siteOrigin?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const otherOrigins = new Set<string>();
  const result = await new LinkChecker().check({
    path: [...starts],
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 30_000,
    ...(escaped && siteOrigin !== origin ? { urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: origin }] } : {}),
    linksToSkip: async (url: string) => {
      if (!/^https?:/.test(url) || new URL(url).origin === origin || new URL(url).origin === siteOrigin) return false;
      otherOrigins.add(url);
      return true;
    },
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => describe(link, origin));
  const pages = [
    ...new Set(
      result.links
        .filter((link) => link.state === 'OK' && link.url.startsWith(origin) && /(\/|\.html)$/.test(new URL(link.url).pathname))
        .map((link) => new URL(link.url).pathname),
    ),
  ].sort();
  // linkinator checks #fragments on other pages; those on the page itself (`#main`, `#p7`) are checked here.
  for (const page of pages) {
    const response = await fetch(`${origin}${page}`);
    if (!response.headers.get('content-type')?.includes('text/html')) continue;
    for (const fragment of missingSamePageFragments(await response.text())) broken.push(`${page} → #${fragment} (no such fragment)`);
  }
  return { broken: broken.sort(), otherOrigins: [...otherOrigins].sort(), pages };
}
