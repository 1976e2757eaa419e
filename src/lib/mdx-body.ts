/**
 * An entry's MDX body as HTML, rendered from its file apart from Astro's module graph.
 *
 * Astro's MDX integration makes every entry a module: Vite bundles one per entry and the build
 * imports and keeps each, which at 3,000 speeches was half the bare floor's time and half its
 * memory (docs/adr/0005-entry-bodies-rendered-from-their-files.md). Our bodies need none of what a
 * module gives: their components are markers (`<Para>`, `<Ref>`, `<Part>`, written out afterwards
 * by entry-body.ts) and `<Quote>`, and the content check admits no expression but a number in an
 * attribute and no import or export. So each body is parsed with Sätteri, the MDX parser Astro
 * uses, and written as HTML here, on the build's body thread.
 *
 * The HTML is the same, byte for byte, as Astro's MDX with `optimize` rendered: under an element
 * that holds a component, a run of plain siblings holding an element is written as one piece of
 * static HTML (only `&` and `<` escaped in its text), while text standing alone beside a component
 * is escaped as Astro's runtime escapes it (`'` and `"` too).
 *
 * A plain module: the body thread loads it as it is.
 */
import Slugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { mdxToHast, type HastNode } from 'satteri';
import { bodyMarkers } from './entry-body.ts';

type Node = HastNode & { type: string; children?: Node[] };
type Attribute = { type: string; name?: string; value?: string | { value: string } | null };
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Attribute[];
  children: Node[];
}

/** What a body's MDX may not hold; the content check reports each at its line and column first. */
export class UnrenderableBody extends Error {}

const isJsx = (node: Node): node is Node & JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** A component (`<Para>`, `<Quote>`): capitalised. A lowercase name is a plain HTML element. */
const isComponent = (node: Node): boolean => isJsx(node) && /^[A-Z]/.test((node as JsxElement).name ?? '');
const holdsComponent = (node: Node): boolean => isComponent(node) || (node.children ?? []).some(holdsComponent);

/** As Astro's runtime escapes text beside a component. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
/** As Astro writes a component's attribute values. */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const staticHtml = (nodes: Node[]) => toHtml({ type: 'root', children: nodes } as never, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });

/** The value of a literal in braces (the check admits nothing else): a number, a string, true, false or null. */
function literalValue(expression: string, where: string): string | number | boolean | null {
  const text = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  try {
    if (/^"[\s\S]*"$/.test(text)) return JSON.parse(text) as string;
    if (/^'[\s\S]*'$/.test(text)) return JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  } catch {
    // Not a literal JSON can read: refused below.
  }
  throw new UnrenderableBody(`${where}={${text}}: only a literal (a number, "text", true, false or null) may stand in braces.`);
}

function attributesOf(node: JsxElement): [name: string, value: string | number | boolean | null][] {
  return node.attributes.map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new UnrenderableBody(`<${node.name}> has an attribute that is not name="value" or name={literal}.`);
    const { value } = attribute;
    if (value === null || value === undefined) return [attribute.name, true];
    return [attribute.name, typeof value === 'string' ? value : literalValue(value.value, `<${node.name} ${attribute.name}`)];
  });
}

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const textOf = (node: Node): string => (node.type === 'text' ? String((node as { value?: string }).value ?? '') : (node.children ?? []).map(textOf).join(''));

/**
 * The body's tree as it is written: a lowercase JSX element (`<sup>`, `<abbr title="…">`) as the
 * plain element it is, which Astro writes as static HTML; each heading with the `id` Astro gives
 * it (its text, slugged as GitHub does, `-1` and on for a repeat).
 */
function prepared(node: Node, slugger: Slugger): Node {
  const element = asElement(node, slugger);
  if (element.type === 'element' && headings.has((element as { tagName?: string }).tagName ?? '')) {
    const properties = (element as { properties?: Record<string, unknown> }).properties ?? {};
    if (typeof properties['id'] !== 'string') return { ...element, properties: { ...properties, id: slugger.slug(textOf(element)) } } as Node;
  }
  return element;
}

function asElement(node: Node, slugger: Slugger): Node {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    throw new UnrenderableBody('a body may hold no import, export or {expression}: content never runs code.');
  }
  if (isJsx(node) && !isComponent(node)) {
    const properties = Object.fromEntries(attributesOf(node).filter(([, value]) => value !== false && value !== null)) as Record<string, string | number | boolean>;
    return { ...h(node.name ?? 'span', properties), children: node.children.map((child) => prepared(child, slugger)) } as unknown as Node;
  }
  return node.children ? ({ ...node, children: node.children.map((child) => prepared(child, slugger)) } as Node) : node;
}

function renderComponent(node: JsxElement): string {
  const name = node.name ?? '';
  const children = renderBeside(node.children);
  if (name === 'Quote') return `<q class="direct-quote">${children}</q>`;
  const tag = bodyMarkers[name as keyof typeof bodyMarkers];
  if (!tag) throw new UnrenderableBody(`<${name}> is not a component a body may use (${Object.keys(bodyMarkers).join(', ')}, Quote).`);
  const attributes = attributesOf(node)
    .map(([attribute, value]) => ` ${attribute}="${escapeAttribute(String(value))}"`)
    .join('');
  return `<${tag}${attributes}>${children}</${tag}>`;
}

/** The children of a component or of an element holding one. */
function renderBeside(children: Node[]): string {
  let html = '';
  for (let start = 0; start < children.length; ) {
    if (holdsComponent(children[start]!)) {
      html += renderNode(children[start]!);
      start++;
      continue;
    }
    let end = start;
    while (end < children.length && !holdsComponent(children[end]!)) end++;
    const run = children.slice(start, end);
    html += run.some((child) => child.type === 'element')
      ? staticHtml(run)
      : run.map((child) => (child.type === 'text' ? escapeText(String((child as { value?: string }).value ?? '')) : staticHtml([child]))).join('');
    start = end;
  }
  return html;
}

function renderNode(node: Node): string {
  if (!holdsComponent(node)) return staticHtml([node]);
  if (isComponent(node)) return renderComponent(node as unknown as JsxElement);
  if (node.type === 'root') return (node.children ?? []).map(renderNode).join('');
  // An element holding a component: its own tag as static HTML would write it, its children beside it.
  const element = node as Node & { tagName: string };
  const open = staticHtml([{ ...element, children: [] }]);
  return `${open.slice(0, open.lastIndexOf('</'))}${renderBeside(element.children ?? [])}</${element.tagName}>`;
}

/**
 * The HTML of an entry's file (front matter and MDX body): with the site's Markdown (GitHub's
 * extensions, no typographic quotes: source texts keep their marks as written). Throws
 * UnrenderableBody for what a body may not hold or what does not parse.
 */
export function renderMdxBody(file: string): string {
  let tree: Node;
  try {
    tree = mdxToHast(file, { features: { gfm: true, frontmatter: true, smartPunctuation: false }, position: false }) as Node;
  } catch (error) {
    throw new UnrenderableBody(`its MDX does not parse: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return renderNode(prepared(tree, new Slugger()));
}
