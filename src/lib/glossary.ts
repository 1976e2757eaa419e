import type { Element, ElementContent, Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

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
  return forms.some((form) => termPattern(form).test(text.normalize('NFC')));
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

/**
 * Links the first occurrence of each term in a fragment of rendered HTML, leaving text that is
 * already a link alone. The words themselves are not changed, only wrapped.
 */
export function linkTerms(html: string, terms: readonly LinkableTerm[]): string {
  // Parsing is the cost (a large share of a build); most paragraphs name no term, so look first.
  const plain = html.replace(/&(#39|#x27|quot|amp);/g, (entity) => (entity === '&quot;' ? '"' : entity === '&amp;' ? '&' : "'"));
  if (!terms.some((term) => term.forms.some((form) => termPattern(form).test(plain)))) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  for (const term of terms) {
    let linked = false;
    for (const form of term.forms) {
      if (linked) break;
      findAndReplace(
        tree,
        [
          new RegExp(termPattern(form).source, 'giu'),
          (value: string): Element | false => {
            if (linked) return false;
            linked = true;
            return {
              type: 'element',
              tagName: 'a',
              properties: { className: ['term'], href: term.href, title: term.label },
              children: [{ type: 'text', value } as ElementContent],
            };
          },
        ],
        { ignore: ['a', 'script', 'style', 'button'] },
      );
    }
  }
  return toHtml(tree);
}
