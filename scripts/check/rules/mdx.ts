import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseMdxBody } from '../../../src/lib/speech-paragraphs.ts';
import { attributePoint } from '../attribute-point.ts';
import { report, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { suggestion } from '../suggest.ts';

/** The components the layout provides to content; anything else fails to render. */
export const contentComponents = ['Para', 'Quote', 'Ref'] as const;

/** Plain HTML elements that are harmless inside prose. */
const proseElements = ['a', 'abbr', 'b', 'br', 'cite', 'em', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup'];

/** Elements that run or embed foreign code. */
const unsafeElements = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'style', 'link', 'meta', 'base', 'form'];

/** Attribute expressions we allow: plain literals such as `n={7}`. */
const literalExpression = /^\s*(?:-?\d+(?:\.\d+)?|true|false|"[^"]*"|'[^']*')\s*$/;

/** Only a comment, e.g. `{/* note for editors *\/}`. */
const commentExpression = /^\s*\/\*[\s\S]*\*\/\s*$/;

export function isScriptUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme, so must we.
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** MDX that does not parse: reported once, at the parser's position. */
export function checkSyntax(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (entry.tree) continue;
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

function checkElement(entry: Entry, node: MdxJsxFlowElement | MdxJsxTextElement, diagnostics: Diagnostic[]): void {
  const at = entry.bodyPoint(node.position?.start);
  const name = node.name ?? '';
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
    const value = attribute.value;
    if (typeof value === 'string' && isScriptUrl(value)) {
      diagnostics.push(report(entry, 'unsafe-content', `\`${attribute.name}\` holds a script URL; link to a page instead`, point));
    } else if (value && typeof value === 'object' && !literalExpression.test(value.value)) {
      diagnostics.push(report(entry, 'unsafe-content', `\`${attribute.name}={${value.value}}\` runs code at build time; use a literal such as ${attribute.name}={7} or ${attribute.name}="text"`, point));
    }
  }
}

/** Unknown components, and anything that could run code: scripts, frames, handlers, script URLs, ESM, expressions. */
export function checkElements(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (!entry.tree) continue;
    visit(entry.tree, (node: Nodes) => {
      const at = entry.bodyPoint(node.position?.start);
      switch (node.type) {
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(entry, node, diagnostics);
          break;
        case 'mdxjsEsm':
          diagnostics.push(report(entry, 'unsafe-content', '`import`/`export` runs code at build time; remove it: the layout already provides the components', at));
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!commentExpression.test(node.value)) {
            diagnostics.push(report(entry, 'unsafe-content', `\`{${node.value.trim()}}\` runs code at build time; remove it, or write a literal brace as \\{`, at));
          }
          break;
        case 'link':
        case 'image':
        case 'definition':
          if (isScriptUrl(node.url)) diagnostics.push(report(entry, 'unsafe-content', 'a script URL is not allowed in content; link to a page instead', at));
          break;
      }
    });
  }
  return diagnostics;
}
