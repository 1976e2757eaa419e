/**
 * The content check: reads every file under content/ and reports every problem in one run, each
 * with file:line:column, what is wrong and how to fix it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCorpus, type SourceFile } from './corpus';
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { checkBodies } from './rules/body';
import { checkCoverage } from './rules/coverage';
import { checkDuplicateIds } from './rules/duplicates';
import { checkFrontMatter } from './rules/front-matter';
import { checkLinks } from './rules/links';
import { checkElements, checkSyntax } from './rules/mdx';
import { checkParagraphNumbers } from './rules/paragraphs';
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

function* contentFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* contentFiles(full);
    else if (/\.(?:mdx?|markdown)$/i.test(entry.name)) yield full;
  }
}

/** Reads and checks `<root>/<contentDir>`. */
export function checkContentDir(root: string, contentDir = 'content'): Diagnostic[] {
  const sources = [...contentFiles(join(root, contentDir))].map((full) => ({
    path: relative(root, full).replaceAll('\\', '/'),
    text: readFileSync(full, 'utf8'),
  }));
  return checkSources(sources, contentDir);
}
