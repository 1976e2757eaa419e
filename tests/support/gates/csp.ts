import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * The security gate, read from a page's HTML: a Content-Security-Policy `<meta>` that comes before
 * any script or style, allows no 'unsafe-inline' (nor 'unsafe-eval') for scripts, so refuses inline
 * event handlers, and lists the hash of every inline script on the page; allows no style attribute
 * (no page needs one); and no inline event handler or `javascript:` URL anywhere in the page.
 */

/** The directives of a policy: name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const urlAttributes = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'cite'];
const isScriptType = (type: unknown) => type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(String(type));

/** Everything wrong with the page's script security; empty when it passes. */
export function cspProblems(html: string): string[] {
  const tree: Root = fromHtml(html);
  const problems: string[] = [];
  let policy: string | undefined;
  let loadedBeforePolicy: string | undefined;
  const inlineScripts: string[] = [];

  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    if (node.tagName === 'meta' && String(properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      if (policy === undefined) policy = String(properties.content ?? '');
      else problems.push('more than one Content-Security-Policy <meta>');
    }
    const loads = node.tagName === 'script' || node.tagName === 'style' || (node.tagName === 'link' && String(properties.rel ?? '').includes('stylesheet'));
    if (loads && policy === undefined && loadedBeforePolicy === undefined) loadedBeforePolicy = `<${node.tagName}>`;
    if (node.tagName === 'script' && properties.src === undefined && isScriptType(properties.type)) inlineScripts.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    for (const [name, value] of Object.entries(properties)) {
      if (/^on[a-zA-Z]/.test(name)) problems.push(`inline event handler ${name.toLowerCase()} on <${node.tagName}>`);
      if (urlAttributes.includes(name) && /^\s*javascript:/i.test(String(value))) problems.push(`javascript: URL in ${name} of <${node.tagName}>`);
    }
  });

  if (policy === undefined) return ['no Content-Security-Policy <meta>', ...problems];
  if (loadedBeforePolicy) problems.push(`${loadedBeforePolicy} comes before the Content-Security-Policy <meta>, which does not cover it`);
  const directives = parsePolicy(policy);
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSources) problems.push('the policy restricts no scripts (no script-src or default-src)');
  else {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (scriptSources.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
    }
    for (const script of inlineScripts) {
      if (!scriptSources.includes(sha256(script))) problems.push(`inline script without its hash in script-src: ${script.slice(0, 60)}…`);
    }
  }
  // Inline event handlers obey script-src-attr, else script-src: neither may let them run.
  const attributeSources = directives.get('script-src-attr') ?? scriptSources ?? [];
  if (attributeSources.includes("'unsafe-inline'") || attributeSources.includes("'unsafe-hashes'")) problems.push('inline event handlers would run');
  // Style attributes obey style-src-attr, else style-src, else default-src.
  const styleAttributeSources = directives.get('style-src-attr') ?? directives.get('style-src') ?? directives.get('default-src') ?? [];
  if (styleAttributeSources.includes("'unsafe-inline'") || styleAttributeSources.includes("'unsafe-hashes'")) problems.push('style attributes are allowed');
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!directives.has('base-uri')) problems.push('no base-uri: an injected <base> could redirect every script');
  return problems;
}
