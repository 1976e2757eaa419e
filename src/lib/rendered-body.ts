/**
 * An entry's body from its file to the HTML its page shows: rendered (mdx-body.ts), then its markers
 * written out (entry-body.ts). The body thread runs it during a build, the page itself otherwise.
 * A plain module: the body thread loads it as it is.
 */
import { readFileSync } from 'node:fs';
import { writeOutBody, type BodyContext, type OutdatedParagraphs } from './entry-body.ts';
import { renderMdxBody, UnrenderableBody } from './mdx-body.ts';

export function renderedBody(file: string, context: BodyContext, entry?: string, outdated?: OutdatedParagraphs): string {
  let html: string;
  try {
    html = renderMdxBody(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof UnrenderableBody) throw new Error(`${file}: ${error.message} Run npm run check for where.`);
    throw error;
  }
  return writeOutBody(html, context, entry, outdated);
}
