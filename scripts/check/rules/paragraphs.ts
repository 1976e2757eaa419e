import { SKIP, visit } from 'unist-util-visit';
import { attributeText, isParaElement, startOf } from '../../../src/lib/speech-paragraphs.ts';
import type { Root } from 'mdast';
import { report, type Corpus, type Entry, type TreeRule } from '../corpus.ts';
import { kinds } from '../../../src/kinds/index.ts';

/** Texts whose kind numbers its paragraphs (`<Para n>`, ¶ anchors): speeches. */
const hasNumberedParagraphs = (entry: Entry) => kinds[entry.collection].citableParts === 'paragraphs';
import type { Diagnostic } from '../diagnostic.ts';

/** Speech ¶ numbers count 1, 2, 3 … in reading order, each once: they are the citable anchors. */
export function checkParagraphNumbers(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (!hasNumberedParagraphs(entry) || !entry.parsed) continue;
    if (entry.paragraphs.length === 0 && entry.body.trim() !== '') {
      diagnostics.push(report(entry, 'paragraph-numbering', 'a speech has no numbered paragraphs; wrap each paragraph in <Para n={1}>…</Para>, <Para n={2}>…</Para> …', entry.bodyPoint(undefined)));
      continue;
    }
    const seen = new Set<number>();
    let expected = 1;
    for (const paragraph of entry.paragraphs) {
      const at = entry.bodyPoint(paragraph.position);
      if (seen.has(paragraph.n)) {
        diagnostics.push(report(entry, 'duplicate-paragraph', `¶${paragraph.n} appears twice; give this paragraph the next free number (¶ anchors must be unique)`, at));
        continue;
      }
      if (!Number.isInteger(paragraph.n) || paragraph.n !== expected) {
        diagnostics.push(report(entry, 'paragraph-numbering', `expected ¶${expected} here, found \`n=${Number.isNaN(paragraph.n) ? '?' : paragraph.n}\`; number paragraphs 1, 2, 3 … in reading order`, at));
      }
      seen.add(paragraph.n);
      expected = (Number.isInteger(paragraph.n) ? paragraph.n : expected) + 1;
    }
  }
  return diagnostics;
}

/**
 * A `<Para>` opened inside another is not a paragraph of its own: it would be neither numbered nor
 * citable (the ¶ list reads the outer one only).
 */
export const checkNestedParagraphs: TreeRule = (entry: Entry, tree: Root) => {
  const diagnostics: Diagnostic[] = [];
  if (!hasNumberedParagraphs(entry)) return diagnostics;
  visit(tree, isParaElement, (outer) => {
    const n = attributeText(outer, 'n') ?? '?';
    visit(outer, isParaElement, (inner) => {
      if (inner === outer) return;
      const at = entry.bodyPoint(startOf(inner));
      diagnostics.push(report(entry, 'nested-paragraph', `a <Para> inside ¶${n}; close ¶${n} with </Para> before the next <Para> opens`, at));
    });
    return SKIP;
  });
  return diagnostics;
};
