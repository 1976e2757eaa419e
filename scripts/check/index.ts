/**
 * The content check: reads every file under content/ and reports every problem in one run, each
 * with file:line:column, what is wrong and how to fix it.
 */
import { buildCorpus, type Corpus, type SourceFile, type TreeRule } from './corpus.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { checkBodies } from './rules/body.ts';
import { checkCoverage } from './rules/coverage.ts';
import { checkDecisions } from './rules/decisions.ts';
import { checkDuplicateIds } from './rules/duplicates.ts';
import { checkFrontMatter } from './rules/front-matter.ts';
import { checkLinks } from './rules/links.ts';
import { checkElements, checkSyntax } from './rules/mdx.ts';
import { checkNestedParagraphs, checkParagraphNumbers } from './rules/paragraphs.ts';
import { checkParts } from './rules/parts.ts';
import { checkPaths } from './rules/paths.ts';
import { checkReferences } from './rules/references.ts';
import { checkSelfCheck } from './rules/self-check.ts';
import { checkSourceFacts } from './rules/source-facts.ts';
import { checkStatedRelations } from './rules/relations.ts';
import { checkTranslations } from './rules/translations.ts';
import { checkParagraphVoices } from './rules/voices.ts';
import { readSources } from './read-files.ts';

/** Problems reading files: encoding, characters, links, permissions. */
const checkFiles = (corpus: Corpus): Diagnostic[] => corpus.fileProblems;

/** Rules that read one body's syntax tree, run as each body is read (scripts/check/corpus.ts). */
const treeRules: TreeRule[] = [checkElements, checkNestedParagraphs, checkParts, checkDecisions];

/** What the tree rules found. */
const checkTrees = (corpus: Corpus): Diagnostic[] => corpus.bodyProblems;

const rules = [
  checkFiles,
  checkPaths,
  checkFrontMatter,
  checkSyntax,
  checkTrees,
  checkBodies,
  checkDuplicateIds,
  checkParagraphNumbers,
  checkParagraphVoices,
  checkTranslations,
  checkSourceFacts,
  checkReferences,
  checkStatedRelations,
  checkSelfCheck,
  checkLinks,
  checkCoverage,
];

/** Every problem in a corpus, in file order. */
export function checkCorpus(corpus: Corpus): Diagnostic[] {
  return sortDiagnostics(rules.flatMap((rule) => rule(corpus)));
}

/**
 * Reads content given as files (paths relative to the project root, under `contentDir`) for the
 * check; `fileProblems` are problems already found reading them from disk.
 */
export function corpusOf(sources: SourceFile[], contentDir = 'content', fileProblems: Diagnostic[] = []): Corpus {
  return buildCorpus(sources, { treeRules, contentDir, fileProblems });
}

/** Checks content given as files (paths relative to the project root, under `contentDir`). */
export function checkSources(sources: SourceFile[], contentDir = 'content'): Diagnostic[] {
  return checkCorpus(corpusOf(sources, contentDir));
}

// Any Markdown-like file, so a misnamed `.md` is reported instead of silently skipped.
const markdownFile = /\.(?:mdx?|markdown)$/i;

/** Reads `<root>/<contentDir>` for the check. */
export function readContentDir(root: string, contentDir = 'content'): Corpus {
  const { sources, problems } = readSources(root, contentDir, markdownFile);
  return corpusOf(sources, contentDir, problems);
}

/** Reads and checks `<root>/<contentDir>`. */
export function checkContentDir(root: string, contentDir = 'content'): Diagnostic[] {
  return checkCorpus(readContentDir(root, contentDir));
}
