import type { Node, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** One numbered paragraph of a speech body. */
export interface SpeechParagraph {
  /** The ¶ number, as written in `<Para n={…}>`. */
  n: number;
  /** `lead`, `question`, `answer`, or undefined for ordinary body text. */
  kind: string | undefined;
  /** Whose words it is (`<Para voice="…">`, see `ParagraphVoiceSchema`), as written; undefined when not given. */
  voice: string | undefined;
  /** The paragraph's plain text, markup removed. */
  text: string;
  /**
   * The bold words it opens with, such as an interview's "**Bí thư Tỉnh ủy Cao Bằng:**", as plain
   * text: the start of `text`. Undefined when it opens otherwise.
   */
  label: string | undefined;
  /** Where the `<Para>` element starts in the body (1-based line and column). */
  position: { line: number; column: number } | undefined;
  /** The `to` addresses of the `<Ref>` elements inside, in order, without repeats. */
  refs: string[];
  /**
   * In a translation, the fingerprint of the original paragraph it was translated from
   * (`<Para n={7} source="…">`, src/lib/translation-status.ts); undefined when none is recorded.
   */
  source?: string | undefined;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The MDX syntax tree of an entry body (front matter already removed). */
export function parseMdxBody(body: string): Root {
  return parser.parse(body);
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find(
    (attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name,
  );
}

/** Reads an attribute written as `n={7}` or `n="7"`. */
export function attributeText(node: JsxElement, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : value.value.trim();
}

function refsInside(node: MdxJsxFlowElement): string[] {
  const refs = new Set<string>();
  visit(node, (child) => {
    if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Ref') {
      const to = attributeText(child, 'to');
      if (to) refs.add(to);
    }
  });
  return [...refs];
}

/**
 * The MDX syntax tree of an entry body as Astro's own compiler (Sätteri) reads it: the same mdast
 * as remark's, parsed natively. Throws where the body does not parse.
 */
export function parseMdxBodyNatively(body: string): Root {
  return mdxToMdast(body) as Root;
}

/**
 * Lists the `<Para>` blocks of a speech body in document order. The site build parses with Sätteri,
 * the MDX parser Astro itself compiles the entries with (native, four times faster than remark here;
 * the tree is the same mdast); the content check keeps remark, whose syntax errors it reports.
 */
export function speechParagraphs(body: string): SpeechParagraph[] {
  return paragraphsOfTree(parseMdxBodyNatively(body));
}

/** True for a `<Para>` block. */
export function isParaElement(node: Node): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Para';
}

/** Where a node starts in the body (1-based line and column), when the parser recorded it. */
export function startOf(node: Node): { line: number; column: number } | undefined {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}

/**
 * The same, from a body already parsed (the checker keeps the tree for its other rules). The walk
 * does not go into a `<Para>`: paragraphs are not nested (the content check reports one that is, as
 * `nested-paragraph`), and most of a body is inside them.
 */
export function paragraphsOfTree(tree: Root): SpeechParagraph[] {
  const paragraphs: SpeechParagraph[] = [];
  visit(tree, isParaElement, (node) => {
    const text = toString(node).replace(/\s+/g, ' ').trim();
    paragraphs.push({
      n: Number(attributeText(node, 'n')),
      kind: attributeText(node, 'kind'),
      voice: attributeText(node, 'voice'),
      text,
      label: openingLabel(node, text),
      refs: refsInside(node),
      position: startOf(node),
      ...(attributeText(node, 'source') === undefined ? {} : { source: attributeText(node, 'source') }),
    });
    return SKIP;
  });
  return paragraphs;
}

/** The text of the bold words a `<Para>` opens with, when `text` (its plain text) starts with them. */
function openingLabel(node: MdxJsxFlowElement, text: string): string | undefined {
  const first = node.children[0];
  const opening = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (opening?.type !== 'strong') return undefined;
  const label = toString(opening).replace(/\s+/g, ' ').trim();
  return label !== '' && text.startsWith(label) ? label : undefined;
}

/** The first words of a passage, for lists that point at it. */
export function openingWords(text: string, maxWords = 18): string {
  const words = text.split(' ');
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} …`;
}
