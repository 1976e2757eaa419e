/** Characters a content file must not hold, as the content check reports them (the rules are in src/lib/content-text.ts). */
import { textProblems } from '../../src/lib/content-text.ts';
import { report, type SourceFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';

/** The first problem of each kind in a file's text, at its line and column. */
export function checkText(source: SourceFile): Diagnostic[] {
  return textProblems(source.text).map(({ line, column, message }) => report(source, 'encoding', message, { line, column }));
}
