import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, parseDocument } from 'yaml';
import { parseContentPath, type Lang } from './languages.ts';

/** One MDX file under content/, read from disk without Astro, for checks and tests. */
export interface ContentFile {
  /** Path relative to the project root, e.g. `content/speeches/vi/x.mdx`. */
  path: string;
  collection: string;
  lang: Lang;
  id: string;
  /** Parsed front matter (YAML), or undefined when there is none. */
  frontmatter: unknown;
  /** The MDX body after the front matter. */
  body: string;
  /** 1-based line of the file where the body starts, to map body positions back to the file. */
  bodyStartLine: number;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string; bodyStartLine: number } {
  const match = frontmatterPattern.exec(source);
  if (!match) return { yaml: undefined, body: source, bodyStartLine: 1 };
  const consumed = match[0];
  return {
    yaml: match[1],
    body: source.slice(consumed.length),
    bodyStartLine: consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1),
  };
}

/**
 * How many YAML aliases front matter may expand, wherever it is read: an alias bomb (aliases of
 * aliases, growing exponentially) stops at a few, as one error.
 */
export const maxFrontMatterAliases = 10;

/**
 * An entry's front matter read from its file as `npm run check` reads it: YAML 1.2, which keeps a
 * date as the text written, so the schema sees `2026-02-30` and refuses it, where Astro's own
 * reader (YAML 1.1) hands it over as 2 March. Aliases are capped as in the check, so an alias bomb
 * is one error. A byte-order mark is skipped, as the check skips it.
 */
export function frontMatterAsChecked(path: string): unknown {
  return frontMatterOfText(readFileSync(path, 'utf8'));
}

/** frontMatterAsChecked, for a file's text already read. */
export function frontMatterOfText(text: string): unknown {
  const { yaml } = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  return yaml === undefined ? {} : (parseYaml(yaml, { maxAliasCount: maxFrontMatterAliases }) ?? {});
}

/**
 * The body of the MDX file at `path`: after the front matter, trimmed, as Astro's MDX loader
 * would hand it to a page (the key under which the check hands over its paragraphs). For entries,
 * whose bodies the content store does not keep.
 */
export function readEntryBody(path: string): string {
  return splitFrontmatter(readFileSync(path, 'utf8')).body.trim();
}

/** Every file below `dir` whose name matches `pattern` (default: MDX entries). */
export function* walk(dir: string, pattern = /\.mdx$/): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full, pattern);
    else if (pattern.test(entry.name)) yield full;
  }
}

/**
 * Reads every `content/<collection>/<lang>/<id>.mdx` below `root`. Files whose path does not have
 * that shape are returned in `unplaced`, so a checker can report them.
 */
export function readContentFiles(root: string, contentDir = 'content'): { files: ContentFile[]; unplaced: string[] } {
  const files: ContentFile[] = [];
  const unplaced: string[] = [];
  const base = join(root, contentDir);
  for (const full of walk(base)) {
    const path = relative(root, full).replaceAll('\\', '/');
    const parts = parseContentPath(relative(base, full));
    if (!parts) {
      unplaced.push(path);
      continue;
    }
    const { yaml, body, bodyStartLine } = splitFrontmatter(readFileSync(full, 'utf8'));
    files.push({ path, ...parts, frontmatter: yaml === undefined ? undefined : parseDocument(yaml).toJS(), body, bodyStartLine });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, unplaced };
}
