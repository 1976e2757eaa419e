/**
 * Decides from the JavaScript syntax tree (estree) that the MDX parser builds for each `{…}`
 * whether an expression is harmless. Reading the program, not its text, is what makes
 * `{/* a *\/ CODE /* b *\/}` code: its text starts and ends like a comment, its program does not.
 */
import type { Program } from 'estree';

/** True for a program with no statement at all: only comments (or nothing), e.g. `{/* note *\/}`. */
export function isCommentOnly(program: Program | undefined): boolean {
  return program !== undefined && program.body.length === 0;
}

/**
 * The value of a program that is one plain literal and nothing else, such as `7`, `"text"` or
 * `true`; undefined for anything else (an identifier, a call, a template, a regular expression).
 */
export function singleLiteral(program: Program | undefined): { value: string | number | boolean | null } | undefined {
  if (!program || program.body.length !== 1) return undefined;
  const [statement] = program.body;
  if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'Literal') return undefined;
  const literal = statement.expression;
  // A regular expression or a bigint is a Literal in estree too, but not a value an attribute needs.
  if ('regex' in literal || 'bigint' in literal) return undefined;
  return { value: literal.value as string | number | boolean | null };
}
