import { createHash } from 'node:crypto';
import type { Element, ElementContent, Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { transformStyleAttribute } from 'lightningcss';
import { SKIP, visit } from 'unist-util-visit';
import { offlineUrl, rootOf } from '../../src/lib/offline/paths';
import { rewriteCss } from './css';

/**
 * Rewrites one page of the built site into its offline form, on the parsed HTML (hast), never with
 * patterns over the markup:
 * - every link and resource becomes a relative path to an explicit file (`../../vi/x/index.html`);
 * - its module scripts (which Chromium refuses from disk) are replaced by one classic, deferred
 *   script: their bundle, made by the caller from the list this reports;
 * - the Content-Security-Policy lists the hashes of the inline scripts and styles that remain (none
 *   of its scripts is inline any more), and still allows no 'unsafe-inline' for scripts;
 * - `<html>` tells the scripts where the copy's root is (`data-site-root="../../"`);
 * - the footer's download link (`[data-offline-download]`) gives way to the notice that this is an
 *   offline copy and when it was built, which pages without one get at the end.
 */

/** One module script of a page, in document order: a file of the site (its path with the base, `/_astro/x.js`) or inline code. */
export type ModuleScript = { src: string } | { code: string };

export interface PageRewrite {
  /** The page, relative to the copy's root: `vi/speeches/x/index.html`. */
  file: string;
  /** The site's base path: `/` or `/sub/`. */
  base: string;
  /** Whether a root-relative path (`vi/x`) is a folder of the site. */
  isFolder: (file: string) => boolean;
  /** Takes the page's module scripts and gives the root-relative file of their classic bundle. */
  bundleFor: (scripts: readonly ModuleScript[]) => string;
  /** The offline notice, for a page in this language. */
  notice: (lang: string) => Element;
  /** Rewrites a `<style>`'s CSS: `rewriteCss` unless given (the build gives one that remembers, `cssRewriter()`). */
  rewriteCss?: (css: string, fromFile: string, base: string) => string;
}

/** Attributes (hast property names) that hold one URL. */
const urlProperties = ['href', 'src', 'poster', 'action', 'formAction', 'data', 'cite', 'background'];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const textOf = (node: Element) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const isJavaScript = (type: unknown) => type === undefined || type === '' || /^(text|application)\/(java|ecma)script$/i.test(String(type));
const isHashSource = (source: string) => /^'(sha(256|384|512)|nonce)-/.test(source);

/** A policy with the given hashes in place of its own, for scripts and for styles. */
export function rehashPolicy(policy: string, scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  const directives = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0);
  return directives
    .map(([name = '', ...sources]) => {
      const hashes = name === 'script-src' ? scriptHashes : name === 'style-src' ? styleHashes : undefined;
      const kept = hashes === undefined ? sources : [...sources.filter((source) => !isHashSource(source)), ...new Set(hashes)];
      return [name, ...kept].join(' ');
    })
    .join('; ');
}

function rewriteSrcset(value: string, rewrite: (url: string) => string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [rewrite(url), ...descriptor].join(' ');
    })
    .join(', ');
}

/** Rewrites a page; see the module comment. */
export function rewritePage(html: string, options: PageRewrite): string {
  const { file, base } = options;
  const tree: Root = fromHtml(html);
  const rewrite = (url: string) => offlineUrl(url, file, base, options.isFolder) ?? url;
  const moduleScripts: ModuleScript[] = [];
  const removed: { parent: Parents; node: Element }[] = [];
  let bundleSlot: Element | undefined;
  let policyMeta: Element | undefined;
  let downloadSlot: { parent: Parents; node: Element } | undefined;
  let lang = 'vi';

  visit(tree, 'element', (node: Element, _index, parent) => {
    const { properties } = node;
    if (node.tagName === 'html' && typeof properties['lang'] === 'string') lang = properties['lang'];
    if (parent && properties['dataOfflineDownload'] !== undefined) {
      downloadSlot = { parent, node };
      return SKIP;
    }
    if (node.tagName === 'script' && properties['type'] === 'module' && parent) {
      const src = properties['src'];
      moduleScripts.push(typeof src === 'string' ? { src: new URL(src, `http://offline.invalid${base}${file}`).pathname } : { code: textOf(node) });
      if (bundleSlot) removed.push({ parent, node });
      else bundleSlot = node;
      return SKIP;
    }
    for (const name of urlProperties) {
      const value = properties[name];
      if (typeof value === 'string') properties[name] = rewrite(value);
    }
    if (typeof properties['srcSet'] === 'string') properties['srcSet'] = rewriteSrcset(properties['srcSet'], rewrite);
    if (typeof properties['style'] === 'string' && properties['style'].includes('url(')) {
      const { code } = transformStyleAttribute({
        filename: file,
        code: Buffer.from(properties['style']),
        minify: true,
        visitor: { Url: (url) => ({ ...url, url: rewrite(url.url) }) },
      });
      properties['style'] = code.toString();
    }

    if (node.tagName === 'meta') {
      const httpEquiv = String(properties['httpEquiv'] ?? '').toLowerCase();
      if (httpEquiv === 'content-security-policy') policyMeta = node;
      if (httpEquiv === 'refresh' && typeof properties['content'] === 'string') {
        properties['content'] = properties['content'].replace(/^(\s*\d+\s*[;,]\s*url\s*=\s*)(.+)$/i, (_all, lead: string, url: string) => `${lead}${rewrite(url.trim())}`);
      }
    }
    if (node.tagName === 'style') {
      node.children = [{ type: 'text', value: (options.rewriteCss ?? rewriteCss)(textOf(node), file, base) }];
    }
    if (node.tagName === 'link' && Array.isArray(properties['rel']) && properties['rel'].includes('modulepreload') && parent) {
      removed.push({ parent, node });
    }
    return undefined;
  });

  for (const { parent, node } of removed) parent.children.splice(parent.children.indexOf(node as ElementContent), 1);
  if (bundleSlot) {
    bundleSlot.properties = { src: rewrite(`${base}${options.bundleFor(moduleScripts)}`), defer: true };
    bundleSlot.children = [];
  }

  const notice = options.notice(lang);
  if (downloadSlot) {
    downloadSlot.parent.children.splice(downloadSlot.parent.children.indexOf(downloadSlot.node as ElementContent), 1, notice);
  } else {
    const body = tree.children
      .flatMap((child) => (child.type === 'element' ? child.children : []))
      .find((child): child is Element => child.type === 'element' && child.tagName === 'body');
    body?.children.push({ type: 'element', tagName: 'footer', properties: { className: ['site-footer'] }, children: [notice] });
  }

  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'html') node.properties['dataSiteRoot'] = rootOf(file);
    if (node.tagName === 'script' && node.properties['src'] === undefined && isJavaScript(node.properties['type'])) scriptHashes.push(sha256(textOf(node)));
    if (node.tagName === 'style') styleHashes.push(sha256(textOf(node)));
  });
  if (policyMeta) policyMeta.properties['content'] = rehashPolicy(String(policyMeta.properties['content'] ?? ''), scriptHashes, styleHashes);

  const problems = leftoverAbsolutePaths(tree);
  if (problems.length > 0) throw new Error(`${file}: still refers to absolute paths: ${problems.join(', ')}`);
  return toHtml(tree, { allowDangerousCharacters: true, upperDoctype: true });
}

/** URL attributes that still start with `/` (absolute paths, which point at the disk's root from file://). */
function leftoverAbsolutePaths(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const name of [...urlProperties, 'srcSet']) {
      const value = node.properties[name];
      if (typeof value === 'string' && /^\s*\/(?!\/)/.test(value)) found.push(`<${node.tagName} ${name}="${value}">`);
    }
  });
  return found;
}
