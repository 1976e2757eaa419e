import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { unfilledPlaceholdersIn } from './placeholders';

/**
 * The pages of the built site, as URL paths (`/vi/speeches/x/`), read from dist/ so the tests
 * follow the content instead of a hard-coded list.
 */
export function builtPages(distDir = 'dist'): string[] {
  if (!existsSync(distDir)) {
    throw new Error(`${distDir}/ does not exist: run \`npm run build\` before the end-to-end tests.`);
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') pages.push(`/${relative(distDir, dir).replaceAll('\\', '/')}/`.replace(/\/+$/, '/').replace(/^\/\/$/, '/'));
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Pages in one language: `/vi/…` or `/en/…`. */
export function pagesIn(lang: string, pages = builtPages()): string[] {
  return pages.filter((path) => path.startsWith(`/${lang}/`));
}

/** The page type a built page declares on its `<body data-page-type>`. */
function pageTypeOf(path: string, distDir = 'dist'): string {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const type = /<body[^>]*\sdata-page-type="([^"]+)"/.exec(html)?.[1];
  if (!type) throw new Error(`${join(distDir, path, 'index.html')} has no data-page-type on <body>`);
  return type;
}

/** The first page of each type in each language, so a check covers every template once. */
export function onePagePerType(distDir = 'dist'): { path: string; lang: string; type: string }[] {
  const chosen = new Map<string, { path: string; lang: string; type: string }>();
  for (const path of builtPages(distDir)) {
    const lang = /^\/([a-z]{2,3}(?:-[a-z0-9]+)?)\//i.exec(path)?.[1];
    if (!lang) continue;
    const type = pageTypeOf(path, distDir);
    if (!chosen.has(`${lang} ${type}`)) chosen.set(`${lang} ${type}`, { path, lang, type });
  }
  return [...chosen.values()];
}

const parsed = new Map<string, Document>();

/**
 * A built page parsed as the browser would, before any script runs: for facts the HTML alone
 * states (language, links, headings, markup), parsing every page is far quicker than opening each.
 * Parsed once per test worker (a speech page is read for each passage that links to it); callers
 * only read it.
 */
export function builtDocument(path: string, distDir = 'dist'): Document {
  const file = join(distDir, path, 'index.html');
  let document = parsed.get(file);
  if (!document) {
    document = new JSDOM(readFileSync(file, 'utf8')).window.document;
    parsed.set(file, document);
  }
  return document;
}

/**
 * What any built page must hold, read from its HTML: its language, one heading with words, every
 * body marker written out (MDX renders <Para>, <Ref> and <Part> as these custom elements; a body not
 * written out through <EntryBody> would leave them, valid HTML the HTML gates would not object to),
 * and no UI string with a placeholder left unfilled. One line per problem.
 */
export function basicProblems(document: Document, lang: string): string[] {
  const problems: string[] = [];
  const declared = document.documentElement.getAttribute('lang');
  if (declared !== lang) problems.push(`html lang is "${declared}", not "${lang}"`);
  const headings = [...document.querySelectorAll('h1')];
  if (headings.length !== 1 || (headings[0]!.textContent ?? '').trim() === '') problems.push(`${headings.length} h1, or an empty one`);
  if (document.querySelectorAll('speech-para, entry-ref, document-part').length > 0) problems.push('a body marker (<Para>, <Ref>, <Part>) left unrendered');
  for (const text of unfilledPlaceholdersIn(document)) problems.push(`a UI string with a {{placeholder}} left unfilled: "${text}"`);
  return problems;
}
