import { originalLang } from '../../src/lib/languages.ts';
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { transformStyleAttribute } from 'lightningcss';
import { offlineUrl, rootOf } from '../../src/lib/offline/paths';
import { rewriteCss } from './css';
import { attributeOf, walkElements, type ElementSpan } from './element-offsets';

/**
 * Rewrites one page of the built site into its offline form. The page is read by a parser
 * (htmlparser2's tokenizer, `element-offsets.ts`), never with patterns over the markup, and changed
 * by splicing: only what changes is rewritten, every other byte stays as built.
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
  /** Told of every element of the page as it is read, for a caller that wants more of the page in the same reading (the build: where its size goes). */
  seen?: (element: ElementSpan) => void;
}

/** Attributes that hold one URL. */
const urlAttributes = ['href', 'src', 'poster', 'action', 'formaction', 'data', 'cite', 'background'];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const isJavaScript = (type: string | undefined) => type === undefined || type === '' || /^(text|application)\/(java|ecma)script$/i.test(type);
const isHashSource = (source: string) => /^'(sha(256|384|512)|nonce)-/.test(source);
/** The tokens of a space-separated attribute (`rel`, `http-equiv`). */
const tokensOf = (value: string | undefined) => (value ?? '').split(/[ \t\n\f\r]+/).filter(Boolean);
/** Elements written as hast-util-to-html writes them (what this module wrote before it spliced). */
const serialize = (element: Element) => toHtml(element, { allowDangerousCharacters: true, upperDoctype: true });
/** An attribute as hast-util-to-html writes it: double quotes, `"`, `&` and NUL as references. */
const attribute = (name: string, value: string) => `${name}="${value.replace(/[\0"&]/g, (character) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`)}"`;

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

/** Replace `start`–`end` of the page with `text` (an insertion where they are equal). */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The page with the edits made; they may not overlap. */
function splice(html: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end, text } of edits) {
    if (start < at) throw new Error(`Two changes to the page overlap at offset ${start}`);
    parts.push(html.slice(at, start), text);
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/** Attributes this module reads or changes (beyond `<html lang>`). */
const watchedAttributes = new Set([...urlAttributes, 'srcset', 'style', 'data-offline-download', 'type', 'http-equiv', 'content', 'rel']);

/** Whether an element has an attribute this module reads or changes, or one attribute twice. */
function hasWatchedAttributes({ attributes }: ElementSpan): boolean {
  for (let index = 0; index < attributes.length; index++) {
    const { name } = attributes[index]!;
    if (watchedAttributes.has(name)) return true;
    for (let before = 0; before < index; before++) if (attributes[before]!.name === name) return true;
  }
  return false;
}

const valueOf = (element: ElementSpan, name: string) => attributeOf(element, name)?.value;

/** Sets an attribute of an element: its value where it is written, else a new one after the others. */
function setAttribute(element: ElementSpan, name: string, value: string): Edit {
  const written = attributeOf(element, name);
  if (written) return { start: written.start, end: written.end, text: attribute(name, value) };
  const at = element.attributes.at(-1)?.end ?? element.start + 1 + element.name.length;
  return { start: at, end: at, text: ` ${attribute(name, value)}` };
}

/** Rewrites a page; see the module comment. */
export function rewritePage(html: string, options: PageRewrite): string {
  const { file, base } = options;
  const rewrite = (url: string) => offlineUrl(url, file, base, options.isFolder) ?? url;
  const rewriteStyle = options.rewriteCss ?? rewriteCss;
  const edits: Edit[] = [];
  const moduleScripts: ElementSpan[] = [];
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  const leftoverAbsolutePaths: string[] = [];
  let root: ElementSpan | undefined;
  let body: ElementSpan | undefined;
  let policyMeta: ElementSpan | undefined;
  let downloadSlot: ElementSpan | undefined;
  /** An element whose content is not looked at: the download link, replaced whole. */
  let replaced: ElementSpan | undefined;
  let lang = originalLang;

  walkElements(html, {
    open(element) {
      options.seen?.(element);
      if (replaced) return;
      if (element.name === 'html') {
        root ??= element;
        lang = valueOf(element, 'lang') ?? lang;
      }
      if (element.name === 'body') body ??= element;
      // Most elements have nothing to rewrite: look no further at them.
      if (!hasWatchedAttributes(element)) return;
      if (valueOf(element, 'data-offline-download') !== undefined) {
        if (downloadSlot) throw new Error(`${file}: more than one [data-offline-download]`);
        downloadSlot = replaced = element;
        return;
      }
      if (element.name === 'script' && valueOf(element, 'type') === 'module') {
        moduleScripts.push(element);
        return;
      }

      const changes: Edit[] = [];
      const absolute: string[] = [];
      const set = (name: string, to: string) => {
        if (to !== valueOf(element, name)) changes.push(setAttribute(element, name, to));
      };
      const { attributes } = element;
      for (let index = 1; index < attributes.length; index++) {
        // A browser reads the first of two attributes of one name; the copy keeps only that one.
        const written = attributes[index]!;
        if (attributes.findIndex((other) => other.name === written.name) < index) changes.push({ start: written.start, end: written.end, text: '' });
      }
      for (const name of urlAttributes) {
        const url = valueOf(element, name);
        if (url === undefined) continue;
        const rewritten = rewrite(url);
        set(name, rewritten);
        if (/^\s*\/(?!\/)/.test(rewritten)) absolute.push(`<${element.name} ${name}="${rewritten}">`);
      }
      const srcset = valueOf(element, 'srcset');
      if (srcset !== undefined) {
        const rewritten = rewriteSrcset(srcset, rewrite);
        set('srcset', rewritten);
        if (/^\s*\/(?!\/)/.test(rewritten)) absolute.push(`<${element.name} srcset="${rewritten}">`);
      }
      const style = valueOf(element, 'style');
      if (style?.includes('url(')) {
        const { code } = transformStyleAttribute({
          filename: file,
          code: Buffer.from(style),
          minify: true,
          visitor: { Url: (url) => ({ ...url, url: rewrite(url.url) }) },
        });
        set('style', code.toString());
      }
      if (element.name === 'meta') {
        const httpEquiv = tokensOf(valueOf(element, 'http-equiv')).join(',').toLowerCase();
        if (httpEquiv === 'content-security-policy') policyMeta = element;
        const content = valueOf(element, 'content');
        if (httpEquiv === 'refresh' && content !== undefined) {
          set('content', content.replace(/^(\s*\d+\s*[;,]\s*url\s*=\s*)(.+)$/i, (_all, lead: string, url: string) => `${lead}${rewrite(url.trim())}`));
        }
      }
      if (element.name === 'link' && tokensOf(valueOf(element, 'rel')).includes('modulepreload')) {
        // The bundles hold every module: nothing is left to preload.
        edits.push({ start: element.start, end: element.openEnd, text: '' });
        return;
      }
      if (element.name === 'link' && tokensOf(valueOf(element, 'rel')).includes('manifest')) {
        // A web app installs only from a server (Chromium refuses a manifest from file://).
        edits.push({ start: element.start, end: element.openEnd, text: '' });
        return;
      }
      edits.push(...changes);
      leftoverAbsolutePaths.push(...absolute);
    },
    close(element) {
      if (element === replaced) {
        replaced = undefined;
        return;
      }
      if (replaced || moduleScripts.includes(element)) return;
      if (element.name === 'style') {
        const css = rewriteStyle(element.text, file, base);
        edits.push({ start: element.openEnd, end: element.closeStart, text: css });
        styleHashes.push(sha256(css));
      }
      if (element.name === 'script' && attributeOf(element, 'src') === undefined && isJavaScript(attributeOf(element, 'type')?.value)) {
        scriptHashes.push(sha256(element.text));
      }
    },
  });

  const [bundleSlot, ...merged] = moduleScripts;
  if (bundleSlot) {
    const scripts = moduleScripts.map((script): ModuleScript => {
      const src = attributeOf(script, 'src')?.value;
      return src === undefined ? { code: script.text } : { src: new URL(src, `http://offline.invalid${base}${file}`).pathname };
    });
    const src = rewrite(`${base}${options.bundleFor(scripts)}`);
    edits.push({ start: bundleSlot.start, end: bundleSlot.end, text: serialize({ type: 'element', tagName: 'script', properties: { src, defer: true }, children: [] }) });
    for (const script of merged) edits.push({ start: script.start, end: script.end, text: '' });
  }

  const notice = options.notice(lang);
  if (downloadSlot) {
    edits.push({ start: downloadSlot.start, end: downloadSlot.end, text: serialize(notice) });
  } else {
    const at = body?.closeStart ?? root?.closeStart ?? html.length;
    edits.push({ start: at, end: at, text: serialize({ type: 'element', tagName: 'footer', properties: { className: ['site-footer'] }, children: [notice] }) });
  }

  if (!root) throw new Error(`${file}: no <html> start tag, to tell the page's scripts where the copy's root is`);
  edits.push(setAttribute(root, 'data-site-root', rootOf(file)));
  if (policyMeta) edits.push(setAttribute(policyMeta, 'content', rehashPolicy(attributeOf(policyMeta, 'content')?.value ?? '', scriptHashes, styleHashes)));

  if (leftoverAbsolutePaths.length > 0) throw new Error(`${file}: still refers to absolute paths: ${leftoverAbsolutePaths.join(', ')}`);
  return splice(html, edits);
}
