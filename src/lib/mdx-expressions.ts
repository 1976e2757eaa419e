/**
 * Decides from the JavaScript syntax tree (estree) of each `{…}` in an MDX body
 * whether an expression is harmless, for the content check and for the body renderer
 * (mdx-body.ts), which decide alike. Reading the program, not its text, is what makes
 * `{/* a *\/ CODE /* b *\/}` code: its text starts and ends like a comment, its program does not.
 */
import { parse as acornParse } from 'acorn';
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

/**
 * The program of an expression's source text as MDX reads it (acorn, latest syntax, as a module),
 * or undefined when it is not valid JavaScript. Astro's native MDX parser attaches no program, so
 * the check parses each expression itself rather than parsing every body a second time.
 */
export function parseExpressionProgram(source: string): Program | undefined {
  try {
    return acornParse(source, { ecmaVersion: 'latest', sourceType: 'module', allowReturnOutsideFunction: true }) as unknown as Program;
  } catch {
    return undefined;
  }
}
