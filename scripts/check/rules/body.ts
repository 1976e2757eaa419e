import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** An entry page with nothing below its title is a stub, not a document. */
export function checkBodies(corpus: Corpus): Diagnostic[] {
  return corpus.entries
    .filter((entry) => entry.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim() === '')
    .map((entry) => report(entry, 'empty-body', 'the body is empty; write the entry\'s text below the closing `---` of the front matter', entry.bodyPoint(undefined)));
}
