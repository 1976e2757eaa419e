/**
 * An entry's MDX body as HTML, rendered from its file apart from Astro's module graph.
 *
 * Astro's MDX integration makes every entry a module: Vite bundles one per entry and the build
 * imports and keeps each, which at 3,000 speeches was half the bare floor's time and half its
 * memory (docs/adr/0005-entry-bodies-rendered-from-their-files.md). Our bodies need none of what a
 * module gives: their components are markers (`<Para>`, `<Ref>`, `<Part>`, written out afterwards
 * by entry-body.ts) and `<Quote>`, and the content check admits no expression but a comment, and
 * in an attribute a literal. So each body is parsed with Sätteri, the MDX parser Astro uses, and
 * written as HTML here, on the build's body thread. Nothing in it is run.
 *
 * The HTML is the one Astro's MDX with `optimize` wrote (tests/fixtures/mdx-body/ holds its
 * rendering of every construct the check admits):
 * - static HTML (no component inside) escapes `&`, `<` and `>` in text, and `&`, `"` and `'` in
 *   the attributes Markdown gives an element (a link's title);
 * - under an element that holds a component, a run of siblings holding an element is static HTML,
 *   while text standing alone beside a component is escaped as Astro's runtime escapes it (`'` and
 *   `"` too), and the element's own `style` is written as the runtime writes it;
 * - a lowercase element (`<sup>`, `<abbr title="…">`) is plain HTML with its attributes as written;
 * - each heading gets the `id` Astro gives it.
 * One difference is known: GitHub's footnotes section is `data-footnotes` here, `data-footnotes="true"`
 * from Astro (the same attribute to a reader and to CSS).
 *
 * A plain module: the body thread loads it as it is.
 */
import Slugger from 'github-slugger';
import { find, html as htmlSchema } from 'property-information';
import { mdxToHast, type HastNode } from 'satteri';
import { bodyMarkers } from './entry-body.ts';
import { isCommentOnly, parseExpressionProgram, singleLiteral } from './mdx-expressions.ts';

type Node = HastNode & { type: string; children?: Node[] };
type Attribute = { type: string; name?: string; value?: string | { value: string } | null };
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Attribute[];
  children: Node[];
}
interface Element {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** What a body's MDX may not hold; the content check reports each at its line and column first. */
export class UnrenderableBody extends Error {}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const isJsx = (node: Node): node is Node & JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** A component (`<Para>`, `<Quote>`, a fragment `<>`): Astro renders it at run time. A lowercase name is a plain element. */
const isComponent = (node: Node): boolean => isJsx(node) && !/^[a-z]/.test((node as JsxElement).name ?? '');
const holdsComponent = (node: Node): boolean => isComponent(node) || (node.children ?? []).some(holdsComponent);

const escapeStaticText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** As Astro's runtime escapes text beside a component. */
const escapeRuntimeText = (text: string) => escapeStaticText(text).replace(/'/g, '&#39;').replace(/"/g, '&quot;');
/** As written in a component's or a lowercase element's attribute. */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** As static HTML writes an attribute of an element Markdown made (a link's title, an image's alt). */
const escapeMarkdownAttribute = (text: string) => escapeAttribute(text).replace(/'/g, '&#x27;');
const textValue = (node: Node) => String((node as { value?: string }).value ?? '');

/** A `{…}` the check admits in a body: a comment, which writes nothing. */
function isComment(node: Node): boolean {
  return isCommentOnly(parseExpressionProgram(textValue(node)));
}

/** An attribute's value as written: a string, or a literal in braces (the check admits nothing else). */
function attributesOf(node: JsxElement): [name: string, value: string | number | boolean | null][] {
  return node.attributes.map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new UnrenderableBody(`<${node.name}> has an attribute that is not name="value" or name={literal}.`);
    const { value } = attribute;
    if (value === null || value === undefined) return [attribute.name, true];
    if (typeof value === 'string') return [attribute.name, value];
    const literal = singleLiteral(parseExpressionProgram(value.value));
    if (!literal) throw new UnrenderableBody(`<${node.name} ${attribute.name}={${value.value.trim()}}>: only a literal (a number, "text", true, false or null) may stand in braces.`);
    return [attribute.name, literal.value];
  });
}

/** A hast element's attributes as static HTML writes them (`runtime`: as Astro's runtime writes an element holding a component). */
function elementAttributes(properties: Record<string, unknown> = {}, runtime = false): string {
  let html = '';
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(htmlSchema, property);
    if (value === true) {
      html += ` ${info.attribute}`;
      continue;
    }
    let text = Array.isArray(value) ? value.join(info.commaSeparated ? ',' : ' ') : String(value);
    if (runtime && info.attribute === 'style') text = text.split(';').map((rule) => rule.split(':').map((part) => part.trim()).join(':')).filter((rule) => rule !== '').join(';');
    html += ` ${info.attribute}="${runtime ? escapeAttribute(text) : escapeMarkdownAttribute(text)}"`;
  }
  return html;
}

/**
 * A lowercase JSX element's attributes, as written (`className` as `class`): a name alone is bare
 * for an HTML boolean attribute (`hidden`) and `="true"` for any other (`title`); `title=""` is a
 * bare `title`.
 */
function plainAttributes(node: JsxElement): string {
  return attributesOf(node)
    .filter(([, value]) => value !== null && value !== false)
    .map(([name, value]) => {
      const attribute = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
      const info = find(htmlSchema, attribute);
      if (value === '' || (value === true && (info.boolean || info.overloadedBoolean))) return ` ${attribute}`;
      return ` ${attribute}="${escapeAttribute(String(value))}"`;
    })
    .join('');
}

function openTag(node: Node, runtime = false): { tag: string; open: string } {
  if (isJsx(node)) return { tag: node.name!, open: `<${node.name}${plainAttributes(node)}>` };
  const element = node as unknown as Element;
  return { tag: element.tagName, open: `<${element.tagName}${elementAttributes(element.properties, runtime)}>` };
}

/** Static HTML: nothing inside is a component. */
function staticHtml(node: Node): string {
  if (node.type === 'text') return escapeStaticText(textValue(node));
  if (node.type === 'root') return (node.children ?? []).map(staticHtml).join('');
  if (node.type !== 'element' && !isJsx(node)) return '';
  const { tag, open } = openTag(node);
  if (voidElements.has(tag)) return open;
  return `${open}${(node.children ?? []).map(staticHtml).join('')}</${tag}>`;
}

function renderComponent(node: JsxElement): string {
  const children = renderBeside(node.children);
  // A fragment writes only what it holds.
  if (node.name === null || node.name === '') return children;
  if (node.name === 'Quote') return `<q class="direct-quote">${children}</q>`;
  const tag = bodyMarkers[node.name as keyof typeof bodyMarkers];
  if (!tag) throw new UnrenderableBody(`<${node.name}> is not a component a body may use (${Object.keys(bodyMarkers).join(', ')}, Quote).`);
  // Astro's runtime leaves out an attribute whose value is null.
  const attributes = attributesOf(node)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
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
    html += run.some((child) => child.type === 'element' || isJsx(child))
      ? run.map(staticHtml).join('')
      : run.map((child) => (child.type === 'text' ? escapeRuntimeText(textValue(child)) : staticHtml(child))).join('');
    start = end;
  }
  return html;
}

function renderNode(node: Node): string {
  if (!holdsComponent(node)) return staticHtml(node);
  if (isComponent(node)) return renderComponent(node as unknown as JsxElement);
  if (node.type === 'root') return (node.children ?? []).map(renderNode).join('');
  // An element holding a component: its own tag as Astro's runtime writes it, its children beside it.
  const { tag, open } = openTag(node, true);
  return `${open}${renderBeside(node.children ?? [])}</${tag}>`;
}

const headingText = (node: Node): string => (node.type === 'text' ? textValue(node) : (node.children ?? []).map(headingText).join(''));

/**
 * The tree as it is written: a comment `{/* … *\/}` dropped; each heading with the `id` Astro gives
 * it (its text slugged as GitHub does, `-1` and on for a repeat). Refuses an import, an export or
 * an expression that is not a comment: content never runs code.
 */
function prepared(node: Node, slugger: Slugger): Node | undefined {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    if (isComment(node)) return undefined;
    throw new UnrenderableBody(`{${textValue(node).trim()}}: a body may hold no expression but a comment: content never runs code.`);
  }
  if (node.type === 'mdxjsEsm') throw new UnrenderableBody('a body may hold no import or export: content never runs code.');
  const children = node.children?.map((child) => prepared(child, slugger)).filter((child): child is Node => child !== undefined);
  const element = (children ? { ...node, children } : node) as Node;
  if (element.type === 'element' && headings.has((element as unknown as Element).tagName)) {
    const properties = (element as unknown as Element).properties ?? {};
    if (typeof properties['id'] !== 'string') return { ...element, properties: { ...properties, id: slugger.slug(headingText(element)) } } as Node;
  }
  return element;
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
  return renderNode(prepared(tree, new Slugger()) ?? tree);
}
