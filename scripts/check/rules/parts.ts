import { visit } from 'unist-util-visit';
import { flattenParts, partNumberingProblems, type PartScheme } from '../../../src/lib/document-parts.ts';
import { isPartElement } from '../../../src/lib/document-part-tree.ts';
import { isParaElement, startOf } from '../../../src/lib/speech-paragraphs.ts';
import { collectionsWhere, kinds } from '../../../src/kinds/index.ts';
import type { Root } from 'mdast';
import { report, type Entry, type TreeRule } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';

const hasParts = (entry: Entry) => kinds[entry.collection].citableParts === 'parts';

function schemeOf(entry: Entry): PartScheme | undefined {
  const structure = (entry.frontmatter as { structure?: unknown } | undefined)?.structure;
  // Any other value is the schema rule's to report.
  return structure === 'party' || structure === 'state' ? structure : undefined;
}

/**
 * The parts of an official document are its citable anchors (`#II.3.b`, `#dieu-5-khoan-2`): each in
 * its document's scheme, at a level its parent may hold, numbered in sequence, none twice
 * (src/lib/document-parts.ts). `<Part>` belongs to official documents and `<Para>` to texts of
 * numbered paragraphs.
 */
export const checkParts: TreeRule = (entry: Entry, tree: Root) => {
  const diagnostics: Diagnostic[] = [];
  if (!hasParts(entry)) {
    const partKinds = collectionsWhere((kind) => kind.citableParts === 'parts').join(', ');
    visit(tree, isPartElement, (node) => {
      diagnostics.push(report(entry, 'unknown-component', `<Part> numbers the parts of an official document (${partKinds}); in ${entry.collection} write ${kinds[entry.collection].citableParts === 'paragraphs' ? '<Para n={…}>' : 'plain text'}`, entry.bodyPoint(startOf(node))));
    });
    return diagnostics;
  }
  visit(tree, isParaElement, (node) => {
    diagnostics.push(report(entry, 'unknown-component', '<Para> numbers the paragraphs of a speech; an official document is numbered in parts: write <Part n="…"> (see docs/authoring.md)', entry.bodyPoint(startOf(node))));
  });
  const scheme = schemeOf(entry);
  if (!scheme) return diagnostics;
  if (entry.parts.length === 0 && entry.body.trim() !== '') {
    const example = scheme === 'party' ? '<Part n="I">…</Part>' : '<Part level="dieu" n="1">…</Part>';
    diagnostics.push(report(entry, 'part-numbering', `an official document has no numbered parts; wrap each part in ${example}, nested as the document nests them`, entry.bodyPoint(undefined)));
    return diagnostics;
  }
  for (const problem of partNumberingProblems(entry.parts, scheme)) {
    diagnostics.push(report(entry, problem.rule, problem.message, entry.bodyPoint(problem.position)));
  }
  return diagnostics;
};

/** The anchors of a document's parts, in reading order. */
export function anchorsOf(entry: Entry): string[] {
  return flattenParts(entry.parts).map((part) => part.anchor);
}
