/**
 * Where an attribute of an MDX element starts in the body. Sätteri (the parser the check shares with
 * Astro's compiler) gives elements positions but not their attributes; a message about `to="…"`
 * should still point at `to`, so the element's opening tag is scanned for it.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Point } from './diagnostic.ts';

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * The start of attribute `name` (or, without a name, of the first `{…}` spread) in the opening tag
 * of `element`, as a body point; undefined when it cannot be found.
 */
export function attributePoint(body: string, element: MdxJsxFlowElement | MdxJsxTextElement, name: string | undefined): Point | undefined {
  const from = element.position?.start;
  const start = from?.offset;
  if (!from || start === undefined) return undefined;
  // Counted from the element's own point: the tag is short, a line index of the body is not needed.
  const pointAt = (offset: number): Point => {
    const text = body.slice(start, offset);
    const newline = text.lastIndexOf('\n');
    const lines = text.split('\n').length - 1;
    return newline < 0 ? { line: from.line, column: from.column + text.length } : { line: from.line + lines, column: text.length - newline };
  };
  let quote: string | undefined;
  let braces = 0;
  for (let index = start + 1; index < body.length; index++) {
    const char = body[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (braces > 0) {
      if (char === '{') braces += 1;
      else if (char === '}') braces -= 1;
      continue;
    }
    if (char === '>') return undefined;
    if (char === '"' || char === "'") quote = char;
    else if (char === '{') {
      if (name === undefined) return pointAt(index);
      braces = 1;
    } else if (name !== undefined && isSpace(body[index - 1]) && body.startsWith(name, index) && !/[\w:.-]/.test(body[index + name.length] ?? '')) {
      return pointAt(index);
    }
  }
  return undefined;
}
