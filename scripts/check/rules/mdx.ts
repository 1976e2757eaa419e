import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseMdxBody } from '../../../src/lib/speech-paragraphs.ts';
import { stateLevels } from '../../../src/lib/document-parts.ts';
import { attributePoint } from '../attribute-point.ts';
import { isCommentOnly, parseExpressionProgram, singleLiteral } from '../../../src/lib/mdx-expressions.ts';
import { report, type Corpus, type Entry, type TreeRule } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { suggestion } from '../suggest.ts';

/** The components the layout provides to content; anything else fails to render. */
export const contentComponents = ['Para', 'Part', 'Quote', 'Ref'] as const;

/** Plain HTML elements that are harmless inside prose. */
const proseElements = ['a', 'abbr', 'b', 'br', 'cite', 'em', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup'];

/** Elements that run or embed foreign code. */
const unsafeElements = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'style', 'link', 'meta', 'base', 'form'];

/** The closed sets of attribute values, per component and attribute. */
const closedAttributeValues: Record<string, Record<string, readonly string[]>> = {
  Para: { kind: ['lead', 'question', 'answer'] },
  Part: { level: stateLevels },
};

/**
 * The program of an expression node: the estree the MDX parser attached, else (Astro's native
 * parser attaches none) its source parsed with acorn. Undefined when it is not JavaScript, which
 * the rules treat as code.
 */
function programOf(node: { value: string; data?: unknown }): Program | undefined {
  return (node.data as { estree?: Program } | undefined)?.estree ?? parseExpressionProgram(node.value);
}

/** A URL as a browser reads its scheme and host: it ignores control characters and whitespace in them, so must we. */
function compactUrl(url: string): string {
  return url.replace(/[\u0000-\u0020]/g, '');
}

export function isScriptUrl(url: string): boolean {
  return /^(?:javascript|vbscript|data):/i.test(compactUrl(url));
}

/** Why an image at `url` may not be shown: the site loads nothing from other origins. */
function foreignImage(url: string): string {
  return `the image \`${url}\` is on another site: the site loads nothing from other origins (Content Security Policy); put the image under public/ and write its path, e.g. /images/map.png`;
}

function isJsxElement(node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** MDX that does not parse: reported once, at the parser's position. */
export function checkSyntax(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (entry.parsed) continue;
    try {
      // remark says more about where and why; Astro's compiler (which failed) has the last word.
      parseMdxBody(entry.body);
      throw entry.parseError;
    } catch (error) {
      const { line, column, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
      // The parser names the unclosed tag's own position in its reason: that is where to look.
      const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
      const point = named ? { line: Number(named[1]), column: Number(named[2]) } : line === undefined ? undefined : { line, column: column ?? 1 };
      const what = reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
      diagnostics.push(
        report(
          entry,
          'mdx-syntax',
          `the MDX does not parse: ${what}; close every <Tag> with </Tag> and write a literal { or < as \\{ or \\<`,
          entry.bodyPoint(point),
        ),
      );
    }
  }
  return diagnostics;
}

function checkElement(entry: Entry, node: MdxJsxFlowElement | MdxJsxTextElement, insideRef: boolean, diagnostics: Diagnostic[]): void {
  const at = entry.bodyPoint(node.position?.start);
  const name = node.name ?? '';
  if (name === 'Ref' && insideRef) {
    diagnostics.push(report(entry, 'nested-link', '`<Ref>` inside `<Ref>` makes a link inside a link; close the first `<Ref>` before opening the next', at));
  }
  if (unsafeElements.includes(name.toLowerCase())) {
    diagnostics.push(report(entry, 'unsafe-content', `\`<${name}>\` is not allowed in content: it could run or embed code; remove it`, at));
  } else if (name && !(contentComponents as readonly string[]).includes(name) && !proseElements.includes(name)) {
    diagnostics.push(report(entry, 'unknown-component', `unknown component \`<${name}>\`${suggestion(name, contentComponents)}; content may use ${contentComponents.map((c) => `<${c}>`).join(', ')}`, at));
  }
  for (const attribute of node.attributes) {
    const point = entry.bodyPoint(
      attribute.position?.start ?? attributePoint(entry.body, node, attribute.type === 'mdxJsxAttribute' ? attribute.name : undefined) ?? node.position?.start,
    );
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      diagnostics.push(report(entry, 'unsafe-content', `\`{${attribute.value}}\` spreads code into \`<${name}>\`; write each attribute as name="value"`, point));
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      diagnostics.push(report(entry, 'unsafe-content', `event handler \`${attribute.name}\` on \`<${name}>\` is not allowed in content; remove it`, point));
    }
    if (attribute.name.toLowerCase() === 'style') {
      diagnostics.push(report(entry, 'unsafe-content', `\`style\` on \`<${name}>\` is not allowed in content: the site's Content Security Policy blocks inline styles; remove it, the layout styles the text`, point));
    }
    const value = attribute.value;
    let literal: string | undefined;
    if (typeof value === 'string') {
      literal = value;
      if (isScriptUrl(value)) diagnostics.push(report(entry, 'unsafe-content', `\`${attribute.name}\` holds a script URL; link to a page instead`, point));
    } else if (value && typeof value === 'object') {
      // Decided on the parsed program: exactly one literal, nothing else. No program (the parser
      // gave none) is treated as code.
      const parsed = singleLiteral(programOf(value));
      if (!parsed) {
        diagnostics.push(report(entry, 'unsafe-content', `\`${attribute.name}={${value.value}}\` runs code at build time; use a literal such as ${attribute.name}={7} or ${attribute.name}="text"`, point));
        continue;
      }
      literal = String(parsed.value);
    }
    const allowed = closedAttributeValues[name]?.[attribute.name];
    if (allowed && literal !== undefined && !allowed.includes(literal)) {
      diagnostics.push(report(entry, 'unknown-value', `\`<${name} ${attribute.name}="${literal}">\`: \`${attribute.name}\` is one of ${allowed.map((v) => `\`${v}\``).join(', ')}${suggestion(literal, allowed)}; use one of them or leave \`${attribute.name}\` out`, point));
    }
    if (name.toLowerCase() === 'img' && attribute.name.toLowerCase() === 'src' && literal !== undefined && !isSameOrigin(literal)) {
      diagnostics.push(report(entry, 'external-resource', foreignImage(literal), point));
    }
    // A script URL is reported above; any other link that leaves the site, at the element.
    if (name === 'a' && attribute.name === 'href' && typeof value === 'string' && !isScriptUrl(value)) {
      const problem = linkProblem(value);
      if (problem) diagnostics.push(report(entry, 'external-link', problem, at));
    }
  }
}

/** A URL that stays on this site: a path, a relative URL or a fragment (no scheme, no `//host`). */
function isSameOrigin(url: string): boolean {
  const compact = compactUrl(url);
  return !/^[a-z][a-z0-9+.-]*:/i.test(compact) && !compact.startsWith('//') && !compact.startsWith('\\\\') && !compact.startsWith('/\\');
}

/**
 * Where a link in the body may go: this site, or another site over `https:` (sources, publishers).
 * Returns why not, or undefined when it may.
 */
function linkProblem(url: string): string | undefined {
  if (isScriptUrl(url)) return 'a script URL is not allowed in content; link to a page instead';
  if (isSameOrigin(url)) return undefined;
  if (/^https:\/\/[^/?#\s]+/i.test(compactUrl(url))) return undefined;
  return `the link \`${url}\` leaves the site other than by https:; link to another site only as https://…, or to an entry with <Ref to="collection/id">`;
}

/** Unknown components, and anything that could run code or load from elsewhere: scripts, frames, handlers, script URLs, styles, foreign images, ESM, expressions. */
export const checkElements: TreeRule = (entry: Entry, tree: Root) => {
  const diagnostics: Diagnostic[] = [];
  const visitNode = (node: Nodes, insideRef: boolean): void => {
    const at = entry.bodyPoint(node.position?.start);
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(entry, node, insideRef, diagnostics);
        break;
      case 'mdxjsEsm':
        diagnostics.push(report(entry, 'unsafe-content', '`import`/`export` runs code at build time; remove it: the layout already provides the components', at));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // Only a comment is harmless, decided on the parsed program; no program counts as code.
        if (!isCommentOnly(programOf(node))) {
          diagnostics.push(report(entry, 'unsafe-content', `\`{${node.value.trim()}}\` runs code at build time; remove it, or write a literal brace as \\{`, at));
        }
        break;
      case 'image':
        if (isScriptUrl(node.url)) diagnostics.push(report(entry, 'unsafe-content', 'a script URL is not allowed in content; link to a page instead', at));
        else if (!isSameOrigin(node.url)) diagnostics.push(report(entry, 'external-resource', foreignImage(node.url), at));
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url);
        if (problem) diagnostics.push(report(entry, isScriptUrl(node.url) ? 'unsafe-content' : 'external-link', problem, at));
        break;
      }
    }
    const inside = insideRef || (isJsxElement(node) && node.name === 'Ref');
    if ('children' in node) for (const child of node.children as Nodes[]) visitNode(child, inside);
  };
  visitNode(tree, false);
  return diagnostics;
};
