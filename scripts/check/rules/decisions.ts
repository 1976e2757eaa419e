import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { report, type Entry, type TreeRule } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { decisionMarkerWord } from '../../../src/lib/decision-marker.ts';

const marker = new RegExp(String.raw`^\s*/\*\s*${decisionMarkerWord}\s*([\s\S]*?)\s*\*/\s*$`, 'i');

/**
 * Every decision marker still in a body (left by `npm run import` or `npm run new`): the draft is
 * not ready until an editor has made each decision.
 */
export const checkDecisions: TreeRule = (entry: Entry, tree: Root) => {
  const diagnostics: Diagnostic[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    const question = marker.exec(node.value)?.[1];
    if (question === undefined) return;
    diagnostics.push(
      report(entry, 'pending-decision', `a decision is left to an editor: ${question.replace(/\s+/g, ' ')}; decide, change the text or front matter if needed, then delete this \`{/* decide: … */}\` note`, entry.bodyPoint(node.position?.start)),
    );
  });
  return diagnostics;
};
