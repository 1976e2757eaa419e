import { Parser } from 'htmlparser2';

/**
 * Where each element of a page is in its source text, from htmlparser2's tokenizer, so a page can be
 * changed by splicing only what changes (an attribute, a script, a `<style>`'s CSS) and keep every
 * other byte as built. A parser, never patterns over the markup: comments, scripts and attribute
 * values that merely contain `<tag` or `data-x` are what they are.
 *
 * Offsets are UTF-16 indexes into the string given, `end` exclusive.
 */

/** One attribute of a start tag, as written: `href="/x/"` spans `start` to `end`. */
export interface AttributeSpan {
  /** Lowercased name. */
  name: string;
  /** The value with its character references decoded (`&amp;` → `&`); '' when it has none. */
  value: string;
  start: number;
  end: number;
}

export interface ElementSpan {
  /** Lowercased tag name (SVG names in their own case: `foreignObject`). */
  name: string;
  attributes: AttributeSpan[];
  /** The enclosing element, if any. */
  parent: ElementSpan | undefined;
  /** Where its start tag begins (`<`). */
  start: number;
  /** Just after its start tag (after `>`): where its content begins. */
  openEnd: number;
  /** Where its content ends: at its end tag, or where it was closed without one. Known at `close`. */
  closeStart: number;
  /** Just after the element (after its end tag, if it has one). Known at `close`. */
  end: number;
  /** Whether its start tag was all of it: a void element (`<link …>`) or a self-closing one in SVG, which can have no content. Known at `close`. */
  empty: boolean;
  /** For `<script>` and `<style>`, their text (as written in HTML, decoded inside SVG as a browser reads it); '' for others. Known at `close`. */
  text: string;
}

export interface ElementVisitor {
  /** A start tag was read, with its attributes; content, `closeStart`, `end` and `text` are not known yet. */
  open?: (element: ElementSpan) => void;
  /** The element is complete; return `false` to stop reading the page. */
  close?: (element: ElementSpan) => boolean | void;
}

/** The attribute `name` of an element, if it has it (the first, if written twice, as browsers read it). */
export function attributeOf(element: ElementSpan, name: string): AttributeSpan | undefined {
  return element.attributes.find((attribute) => attribute.name === name);
}

/** Reads `html` and reports every element, in document order, as it opens and as it closes. */
export function walkElements(html: string, visitor: ElementVisitor): void {
  let current: ElementSpan | undefined;
  let attributes: AttributeSpan[] = [];
  /** The text read so far of the open `<script>` and `<style>` elements. */
  const texts = new Map<ElementSpan, string[]>();
  const fail = (what: string, at: number): never => {
    throw new Error(`${what} at offset ${at} (near ${JSON.stringify(html.slice(Math.max(0, at - 30), at + 30))})`);
  };
  const parser: Parser = new Parser(
    {
      onopentagname() {
        attributes = [];
      },
      onattribute(name, value) {
        attributes.push({ name, value, start: parser.startIndex, end: parser.endIndex });
      },
      onopentag(name, _attributes, isImplied) {
        // The parser's start is where the previous token ended: check it is this tag's `<name`. A
        // start tag it implies (`<p>` for a stray `</p>`) takes no room.
        const start = parser.startIndex;
        if (!isImplied && (html[start] !== '<' || html.slice(start + 1, start + 1 + name.length).toLowerCase() !== name.toLowerCase())) {
          fail(`Could not place the start tag <${name}>`, start);
        }
        current = { name, attributes, parent: current, start, openEnd: isImplied ? start : parser.endIndex + 1, closeStart: -1, end: -1, empty: false, text: '' };
        attributes = [];
        if (name === 'script' || name === 'style') texts.set(current, []);
        visitor.open?.(current);
      },
      ontext(data) {
        if (current) texts.get(current)?.push(data);
      },
      onclosetag(name, isImplied) {
        const element = current;
        if (!element || element.name !== name) return fail(`Unexpected end of <${name}>`, parser.endIndex);
        if (!isImplied) {
          // An end tag `</name …>`: the parser's end index is just after its name.
          element.closeStart = parser.endIndex - name.length - 2;
          if (!html.startsWith('</', element.closeStart)) fail(`Could not place the end tag </${name}>`, element.closeStart);
          const gt = html.indexOf('>', parser.endIndex);
          element.end = gt < 0 ? html.length : gt + 1;
        } else if (parser.endIndex + 1 === element.openEnd) {
          // Closed by its own start tag: a void element (`<link …>`) or a self-closing one in SVG.
          element.closeStart = element.openEnd;
          element.end = element.openEnd;
          element.empty = true;
        } else {
          // Closed by what comes next (a start tag that implies it, an ancestor's end tag, the end of the page).
          element.closeStart = Math.max(element.openEnd, parser.startIndex);
          element.end = element.closeStart;
        }
        const text = texts.get(element);
        if (text) {
          element.text = text.join('');
          texts.delete(element);
        }
        current = element.parent;
        if (visitor.close?.(element) === false) parser.pause();
      },
    },
    { decodeEntities: true },
  );
  parser.parseComplete(html);
}
