/**
 * What a body points at: its `<Ref to>` elements and its links (Markdown links and definitions,
 * `<a href>`), each with where it is written. The reference and link rules check them against the
 * whole corpus once every file is read, when the syntax trees they come from are gone
 * (scripts/check/corpus.ts keeps none).
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeText } from '../../src/lib/speech-paragraphs.ts';
import { attributePoint } from './attribute-point.ts';
import type { Point } from './diagnostic.ts';

/** A `<Ref>`: its `to` as written (undefined when it has none) and where `to` is, in the body. */
export interface RefElement {
  to: string | undefined;
  at: Point | undefined;
}

/** A link's URL and where the link starts, in the body. */
export interface BodyLink {
  url: string;
  at: Point | undefined;
}

const pointOf = (point: Point | undefined): Point | undefined => (point ? { line: point.line, column: point.column } : undefined);

/** The `<Ref>` elements and the links of a body, in reading order. */
export function pointersOf(tree: Root, body: string): { refElements: RefElement[]; links: BodyLink[] } {
  const refElements: RefElement[] = [];
  const links: BodyLink[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, at: pointOf(node.position?.start) });
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    if (node.name === 'a') {
      const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href')?.value;
      if (typeof href === 'string') links.push({ url: href, at: pointOf(node.position?.start) });
    }
    if (node.name === 'Ref') {
      const to = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'to');
      refElements.push({ to: attributeText(node, 'to'), at: pointOf(to?.position?.start ?? attributePoint(body, node, 'to') ?? node.position?.start) });
    }
  });
  return { refElements, links };
}
