/**
 * For the dev server only. A file saved while `astro dev` runs is loaded again without the checks
 * of its start, and Astro then keeps showing the entry as it was, its error only in the terminal.
 * An entry page calls this instead, so the page itself is the error, naming the file, as
 * `npm run check` and `npm run build` would stop on it.
 */
import { collectionSchemas, type CollectionName } from '../schemas';
import { frontMatterAsChecked } from './content-files';
import { assertTextAsChecked } from './content-text';

/** Throws, naming the file, when its text or its front matter is one the check refuses. */
export function assertEntryFileAsChecked(path: string, collection: CollectionName): void {
  assertTextAsChecked(path);
  const result = collectionSchemas[collection].safeParse(frontMatterAsChecked(path));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `\`${issue.path.join('.') || 'front matter'}\`: ${issue.message}`);
    throw new Error(`${path}: ${problems.join('; ')} (npm run check refuses it too, with the line and the fix)`);
  }
}
