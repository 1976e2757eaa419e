/**
 * `npm run check`: checks everything under content/ and prints one line per problem.
 * Exits 1 when there is any error (warnings alone pass), so `npm run build` stops Astro (which it runs
 * beside the check) and writes nothing.
 *
 * `--paragraphs=<file>`: when there is no error, also writes every body's numbered paragraphs there,
 * for the site build to use instead of parsing the bodies again (src/lib/checked-paragraphs.ts).
 */
import { writeCheckedParagraphs } from '../../src/lib/checked-paragraphs.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { checkCorpus, readContentDir } from './index.ts';

const paragraphsFile = process.argv.find((argument) => argument.startsWith('--paragraphs='))?.slice('--paragraphs='.length);

const corpus = readContentDir(process.cwd());
const diagnostics = checkCorpus(corpus);
for (const diagnostic of diagnostics) {
  (diagnostic.severity === 'error' ? console.error : console.warn)(formatDiagnostic(diagnostic));
}
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
const files = new Set(diagnostics.map((d) => d.file)).size;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
if (diagnostics.length === 0) {
  console.log('✓ content check: no problems');
} else {
  console.error(`\n${errors > 0 ? '✗' : '!'} content check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}. See docs/authoring.md for each rule and its fix.`);
}
if (paragraphsFile && errors === 0) {
  // Only bodies that parsed (all of them, without an error).
  writeCheckedParagraphs(paragraphsFile, corpus.entries.filter((entry) => entry.parsed));
}
process.exit(errors > 0 ? 1 : 0);
