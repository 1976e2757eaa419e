/**
 * `npm run check`: checks everything under content/ and prints one line per problem.
 * Exits 1 when there is any error (warnings alone pass), so `npm run build` stops Astro (which it runs
 * beside the check) and writes nothing.
 */
import { checkContentDir } from './index.ts';
import { formatDiagnostic } from './diagnostic.ts';

const diagnostics = checkContentDir(process.cwd());
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
process.exit(errors > 0 ? 1 : 0);
