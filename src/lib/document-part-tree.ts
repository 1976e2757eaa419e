/**
 * The `<Part>` elements of an official document's body (src/lib/document-parts.ts), read from the
 * MDX syntax tree, nested as they are written.
 */
import type { Node, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { partAnchor, type ParsedPart, type PartStep } from './document-parts.ts';
import { attributeText, startOf } from './speech-paragraphs.ts';

/** A part as written: its path of numbers, its anchor, its title, and the parts inside it. */
export interface DocumentPart extends ParsedPart {
  /** `II.3.b`, `dieu-5-khoan-2`. */
  anchor: string;
  /** The part's heading as written in `title="…"`, if any. */
  title: string | undefined;
  children: DocumentPart[];
}

/** True for a `<Part>` block. */
export function isPartElement(node: Node): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Part';
}

function partsIn(node: { children?: Node[] }, ancestors: PartStep[]): DocumentPart[] {
  const parts: DocumentPart[] = [];
  for (const child of node.children ?? []) {
    if (isPartElement(child)) {
      const path = [...ancestors, { level: attributeText(child, 'level'), n: attributeText(child, 'n') ?? '' }];
      parts.push({ path, anchor: partAnchor(path), title: attributeText(child, 'title'), position: startOf(child), children: partsIn(child, path) });
    } else if ('children' in child) {
      // A part inside other markup (a list, a quote) is still a part of the document.
      parts.push(...partsIn(child as { children: Node[] }, ancestors));
    }
  }
  return parts;
}

/** The document's parts, outermost first, each with the parts inside it. */
export function documentPartsOfTree(tree: Root): DocumentPart[] {
  return partsIn(tree, []);
}
