import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';

/**
 * The word that opens a decision marker, `{/* decide: … *\/}`: what `npm run import` could not
 * decide from the source's own signals (a paragraph's voice, a date's kind) and leaves to an editor.
 */
export const decisionMarkerWord = 'decide:';

const marker = new RegExp(String.raw`^\s*/\*\s*${decisionMarkerWord}\s*([\s\S]*?)\s*\*/\s*$`, 'i');

/** Every decision marker still in a body: the draft is not ready until an editor has made each one. */
export function checkDecisions(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (!entry.tree) continue;
    visit(entry.tree, (node: Nodes) => {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
      const question = marker.exec(node.value)?.[1];
      if (question === undefined) return;
      diagnostics.push(
        report(entry, 'pending-decision', `the import left a decision to an editor: ${question.replace(/\s+/g, ' ')}; decide, change the text or front matter if needed, then delete this \`{/* decide: … */}\` note`, entry.bodyPoint(node.position?.start)),
      );
    });
  }
  return diagnostics;
}
