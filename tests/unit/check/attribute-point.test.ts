import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { attributePoint } from '../../../scripts/check/attribute-point';
import { parseMdxBodyNatively } from '../../../src/lib/speech-paragraphs';

function firstElement(body: string, name: string): MdxJsxFlowElement | MdxJsxTextElement {
  let found: MdxJsxFlowElement | MdxJsxTextElement | undefined;
  visit(parseMdxBodyNatively(body) as Root, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name) found ??= node;
  });
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

describe('attributePoint', () => {
  test('points at the attribute on the element’s line', () => {
    const body = 'Về <Ref to="orientations/roads">đường</Ref>\n';
    expect(attributePoint(body, firstElement(body, 'Ref'), 'to')).toEqual({ line: 1, column: 9 });
  });

  test('follows a tag over several lines, past quoted > and a longer name that starts the same', () => {
    const body = 'Text\n\n<Para\n  data-to="a > b"\n  tox={1}\n  to="x">\nbody\n</Para>\n';
    expect(attributePoint(body, firstElement(body, 'Para'), 'to')).toEqual({ line: 6, column: 3 });
  });

  test('finds a spread by its brace, and nothing past the end of the tag', () => {
    const body = '<span {...props} title="t">to="not an attribute"</span>\n';
    const span = firstElement(body, 'span');
    expect(attributePoint(body, span, undefined)).toEqual({ line: 1, column: 7 });
    expect(attributePoint(body, span, 'to')).toBeUndefined();
  });
});
