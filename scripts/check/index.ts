/**
 * The content check: reads every file under content/ and reports every problem in one run, each
 * with file:line:column, what is wrong and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { walk } from '../../src/lib/content-files';
import { buildCorpus, type SourceFile } from './corpus';
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { checkBodies } from './rules/body';
import { checkCoverage } from './rules/coverage';
import { checkDuplicateIds } from './rules/duplicates';
import { checkFrontMatter } from './rules/front-matter';
import { checkLinks } from './rules/links';
import { checkElements, checkSyntax } from './rules/mdx';
import { checkNestedParagraphs, checkParagraphNumbers } from './rules/paragraphs';
import { checkPaths } from './rules/paths';
import { checkReferences } from './rules/references';
import { checkTranslations } from './rules/translations';

const rules = [
  checkPaths,
  checkFrontMatter,
  checkSyntax,
  checkElements,
  checkBodies,
  checkDuplicateIds,
  checkParagraphNumbers,
  checkNestedParagraphs,
  checkTranslations,
  checkReferences,
  checkLinks,
  checkCoverage,
];

/** Checks content given as files (paths relative to the project root, under `contentDir`). */
export function checkSources(sources: SourceFile[], contentDir = 'content'): Diagnostic[] {
  const corpus = buildCorpus(sources, contentDir);
  return sortDiagnostics(rules.flatMap((rule) => rule(corpus)));
}

// Any Markdown-like file, so a misnamed `.md` is reported instead of silently skipped.
const markdownFile = /\.(?:mdx?|markdown)$/i;

/** Reads and checks `<root>/<contentDir>`. */
export function checkContentDir(root: string, contentDir = 'content'): Diagnostic[] {
  const sources = [...walk(join(root, contentDir), markdownFile)].map((full) => ({
    path: relative(root, full).replaceAll('\\', '/'),
    text: readFileSync(full, 'utf8'),
  }));
  return checkSources(sources, contentDir);
}
