/** What the content check reports: one problem at one place in one file. */

/** Every rule the checker knows, each named after the problem it finds. */
export const ruleIds = [
  'schema',
  'unknown-reference',
  'unknown-paragraph',
  'missing-original',
  'paragraph-mismatch',
  'reference-mismatch',
  'duplicate-id',
  'duplicate-paragraph',
  'paragraph-numbering',
  'nested-paragraph',
  'mdx-syntax',
  'unknown-component',
  'unsafe-content',
  'unknown-value',
  'nested-link',
  'external-resource',
  'external-link',
  'encoding',
  'unreadable-file',
  'broken-link',
  'empty-body',
  'missing-title',
  'unreferenced-entry',
  'unknown-language',
  'unknown-collection',
  'paragraph-voice',
  'unsupported-relation',
  'title-mismatch',
  'source-mismatch',
  'part-numbering',
  'duplicate-part',
  'unknown-part',
  'pending-decision',
  'self-check-answer',
  'self-check-mismatch',
] as const;

export type RuleId = (typeof ruleIds)[number];

export type Severity = 'error' | 'warning';

export interface Point {
  line: number;
  column: number;
}

export interface Diagnostic extends Point {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  severity: Severity;
  /** What is wrong; how to fix it. */
  message: string;
  rule: RuleId;
}

/** `content/…/x.mdx:12:5  error  what is wrong; how to fix it  [rule-id]` */
export function formatDiagnostic({ file, line, column, severity, message, rule }: Diagnostic): string {
  return `${file}:${line}:${column}  ${severity}  ${message}  [${rule}]`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
