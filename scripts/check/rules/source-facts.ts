import { originalLang } from '../../../src/lib/languages.ts';
import { kinds } from '../../../src/kinds/index.ts';
import { fieldPoint, report, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A front-matter value as an editor would write it in YAML: `"text"`, `[a, b]`, `2026-01-28`. */
function asYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(asYaml).join(', ')}]`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return /^[\w.-]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

/** The field paths of `original` and `translation` under `path` whose values differ, an object field by field. */
function differences(original: unknown, translation: unknown, path: string[]): string[][] {
  if (isObject(original) || isObject(translation)) {
    const a = isObject(original) ? original : {};
    const b = isObject(translation) ? translation : {};
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => differences(a[key], b[key], [...path, key]));
  }
  return asYaml(original) === asYaml(translation) ? [] : [path];
}

const valueAt = (fields: unknown, path: readonly string[]): unknown => path.reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), fields);

/**
 * One fact about the source, stated differently in a translation: what it says, what the original
 * says, and the fix. The original's file is the editors' record of the source; a translation copies it.
 */
function mismatch(original: Entry, translation: Entry, path: string[]): Diagnostic {
  const name = path.join('.');
  const theirs = valueAt(original.frontmatter, path);
  const ours = valueAt(translation.frontmatter, path);
  const line = `\`${path.at(-1)}: ${asYaml(theirs)}\`${path.length > 1 ? ` under \`${path.slice(0, -1).join('.')}:\`` : ''}`;
  const same = 'a translation states the same facts about the source as its original';
  const message =
    ours === undefined
      ? `\`${name}\` is missing here but ${original.path} gives ${asYaml(theirs)}; ${same}: add ${line}`
      : theirs === undefined
        ? `\`${name}\` is ${asYaml(ours)} here but ${original.path} does not give it; ${same}: remove it here, or add it to the original if the source gives it`
        : `\`${name}\` is ${asYaml(ours)} here but ${asYaml(theirs)} in ${original.path}; ${same}: write ${line} (or correct the original, if it is the one that is wrong)`;
  return report(translation, 'source-mismatch', message, fieldPoint(translation, path));
}

/**
 * Facts about the source (a kind's `sourceFacts`: for a speech its format, speakers, date, date
 * kind and source) are the same in every language. A page reads them from its own language's file,
 * so a translation that disagreed would cite a different speaker, date or publication than the
 * original's page, or (another format) cite a reporter's narration as the speaker's words.
 */
export function checkSourceFacts(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    const facts = kinds[entry.collection].sourceFacts;
    if (entry.lang === originalLang || !facts || !isObject(entry.frontmatter)) continue;
    const original = corpus.find(entry.collection, originalLang, entry.id);
    if (!original || !isObject(original.frontmatter)) continue;
    const shape = kinds[entry.collection].schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
    for (const field of facts) {
      // A value the schema refuses is reported where it is (`schema`); comparing with it would only repeat that.
      if (![original.frontmatter[field], entry.frontmatter[field]].every((value) => shape[field]?.safeParse(value).success)) continue;
      for (const path of differences(original.frontmatter[field], entry.frontmatter[field], [field])) diagnostics.push(mismatch(original, entry, path));
    }
  }
  return diagnostics;
}
