import { Parser } from 'htmlparser2';
import { escapeAttribute } from './html-escape.ts';

/** A glossary term as the pages link it. */
export interface LinkableTerm {
  /** The forms to find, in the page's language. */
  forms: readonly string[];
  href: string;
  /** Tooltip, e.g. "Thuật ngữ: thế trận lòng dân". */
  label: string;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` contains one of the forms as whole words, ignoring case. */
export function usesTerm(text: string, forms: readonly string[]): boolean {
  const normalized = text.normalize('NFC');
  return forms.some((form) => termPattern(form).test(normalized));
}

const patterns = new Map<string, RegExp>();

/** A form as whole words: not inside a longer word ("GRDP" but not "GRDPs"); compiled once. */
function termPattern(form: string): RegExp {
  let pattern = patterns.get(form);
  if (!pattern) patterns.set(form, (pattern = compileTermPattern(form)));
  return pattern;
}

function compileTermPattern(form: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeForRegExp(form.normalize('NFC'))}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Elements whose text is never linked: links already, controls, code. */
const ignoredElements = new Set(['a', 'script', 'style', 'button']);

/** A run of linkable text in the HTML source: `[start, end)` offsets. */
type Span = [start: number, end: number];

/** The runs of text of an HTML fragment outside ignored elements, from the tokenizer's offsets. */
function textSpans(html: string): Span[] {
  const spans: Span[] = [];
  let ignoredDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (ignoredElements.has(name)) ignoredDepth += 1;
      },
      onclosetag(name) {
        if (ignoredElements.has(name) && ignoredDepth > 0) ignoredDepth -= 1;
      },
      ontext() {
        if (ignoredDepth > 0) return;
        const span: Span = [parser.startIndex, parser.endIndex + 1];
        const last = spans.at(-1);
        // The tokenizer may hand one run of text over in pieces.
        if (last && last[1] === span[0]) last[1] = span[1];
        else spans.push(span);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  return spans;
}

/**
 * Links the first occurrence of each term in a fragment of rendered HTML, leaving text that is
 * already a link alone. The words themselves are not changed, only wrapped; the rest of the HTML
 * stays byte for byte as rendered (the tokenizer gives where each run of text is).
 */
export function linkTerms(html: string, terms: readonly LinkableTerm[]): string {
  // Most paragraphs name no term: look first.
  const plain = html.replace(/&(#39|#x27|quot|amp);/g, (entity) => (entity === '&quot;' ? '"' : entity === '&amp;' ? '&' : "'"));
  if (!terms.some((term) => term.forms.some((form) => termPattern(form).test(plain)))) return html;
  // Each inserted link splits its run of text: a later term never matches inside or across it.
  const spans = textSpans(html);
  const links: { start: number; end: number; term: LinkableTerm }[] = [];
  for (const term of terms) {
    const found = firstMatch(html, spans, term.forms);
    if (!found) continue;
    const { span, start, end } = found;
    spans.splice(spans.indexOf(span), 1, [span[0], start], [end, span[1]]);
    links.push({ start, end, term });
  }
  links.sort((a, b) => b.start - a.start);
  let linked = html;
  for (const { start, end, term } of links) {
    const open = `<a class="term" href="${escapeAttribute(term.href)}" title="${escapeAttribute(term.label)}">`;
    linked = `${linked.slice(0, start)}${open}${linked.slice(start, end)}</a>${linked.slice(end)}`;
  }
  return linked;
}

/** The first run of text, in document order, where one of the forms occurs (the forms in order of preference). */
function firstMatch(html: string, spans: readonly Span[], forms: readonly string[]): { span: Span; start: number; end: number } | undefined {
  for (const form of forms) {
    const pattern = termPattern(form);
    for (const span of spans) {
      const match = pattern.exec(html.slice(span[0], span[1]));
      if (match) return { span, start: span[0] + match.index, end: span[0] + match.index + match[0].length };
    }
  }
  return undefined;
}
