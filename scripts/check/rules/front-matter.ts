import type { z } from 'astro/zod';
import { collectionSchemas, kinds } from '../../../src/kinds/index.ts';
import { fieldPoint, keyPoint, report, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { suggestion } from '../suggest.ts';

/** The field its kind's descriptor names: people have a `name`, the others a `title`. */
function titleField(entry: Entry): 'title' | 'name' {
  return kinds[entry.collection].titleField;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = fieldName(issue.path);
  const value = valueAt(data, issue.path);
  if (value === undefined) return `missing field \`${field}\`; add \`${field}: …\` to the front matter`;
  if (issue.code === 'invalid_value') {
    return `\`${field}\` is \`${String(value)}\`; use one of ${issue.values.map((option) => `\`${String(option)}\``).join(', ')}${suggestion(String(value), issue.values.map(String))}`;
  }
  if (issue.code === 'custom' && (issue.params as { calendarDate?: boolean } | undefined)?.calendarDate) {
    return value === null || value === '' ? `\`${field}\` is ${issue.message}` : `\`${field}\` is \`${String(value)}\`, ${issue.message}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'date') {
    return `\`${field}\` is \`${String(value)}\`, not a date; write it as YYYY-MM-DD, e.g. 2026-01-28`;
  }
  return `\`${field}\`: ${issue.message.replace(/^Invalid input: /, '')}; correct it as docs/content-model.md describes`;
}

/** Front matter that is missing, lacks a title, has unknown fields or fails its collection's schema. */
export function checkFrontMatter(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (!entry.yaml) {
      diagnostics.push(report(entry, 'schema', `no front matter; start the file with a \`---\` line, the fields of a ${entry.collection} entry, and another \`---\` line`));
      continue;
    }
    if (entry.frontmatterError !== undefined) {
      diagnostics.push(report(entry, 'schema', `the front matter cannot be read (${entry.frontmatterError}); write each value out instead of YAML anchors (&name) and aliases (*name)`, { line: 2, column: 1 }));
      continue;
    }
    if (entry.yaml.errors.length > 0 || entry.frontmatter === undefined) {
      const [error] = entry.yaml.errors;
      const point = error ? entry.frontmatterPoint(error.pos[0]) : { line: 2, column: 1 };
      diagnostics.push(report(entry, 'schema', `the front matter is not valid YAML (${error?.code ?? 'expected field: value lines'}); write one \`field: value\` per line and quote values that contain \`:\``, point));
      continue;
    }
    const schema = collectionSchemas[entry.collection];
    const data = entry.frontmatter as Record<string, unknown>;
    const title = titleField(entry);
    const known = Object.keys(schema.shape);
    for (const key of Object.keys(data)) {
      if (!known.includes(key)) {
        diagnostics.push(report(entry, 'schema', `unknown field \`${key}\`${suggestion(key, known)}; ${entry.collection} entries have ${known.map((name) => `\`${name}\``).join(', ')}`, keyPoint(entry, key)));
      }
    }
    const result = schema.safeParse(data);
    for (const issue of result.success ? [] : result.error.issues) {
      if (issue.path[0] === title && issue.path.length === 1) {
        diagnostics.push(report(entry, 'missing-title', `the entry has no ${title}; add \`${title}: "…"\` to the front matter`, fieldPoint(entry, [title])));
      } else {
        diagnostics.push(report(entry, 'schema', describeIssue(issue, data), fieldPoint(entry, issue.path)));
      }
    }
  }
  return diagnostics;
}
