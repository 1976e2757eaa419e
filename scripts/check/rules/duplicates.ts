import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';

/**
 * Ids that differ only in case name the same page on case-insensitive disks (Windows, macOS)
 * and different pages on the web: one must be renamed.
 */
export function checkDuplicateIds(corpus: Corpus): Diagnostic[] {
  const seen = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    const key = `${entry.collection}/${entry.lang}/${entry.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push(report(entry, 'duplicate-id', `the id \`${entry.id}\` is already used by ${first}; rename one of the files (ids are lowercase kebab-case and unique per collection)`));
    } else {
      seen.set(key, entry.path);
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) {
      diagnostics.push(report(entry, 'schema', `the file name \`${entry.id}\` is not a valid id; rename the file in lowercase kebab-case without diacritics, e.g. \`nguyen-van-an.mdx\``));
    }
  }
  return diagnostics;
}
