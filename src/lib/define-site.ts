/**
 * `defineSite`, the function `site.config.ts` calls: it validates the declaration with
 * src/schemas/site.ts and, when something is wrong, says what, where and how to fix it, naming
 * site.config.ts, then ends the process (a build, a check or a script) with exit code 1 instead of
 * a stack trace.
 */
import { SiteSchema, type SiteDeclaration, type SiteInput } from '../schemas/site.ts';

/** The file that declares the site, as problems name it. */
export const siteConfigFile = 'site.config.ts';

/** The declaration, validated once: the site, or one line per problem (`site.config.ts: languages[1].dir: …`). */
function validated(input: unknown): { site: SiteDeclaration; problems: [] } | { site?: undefined; problems: string[] } {
  const result = SiteSchema.safeParse(input);
  if (result.success) return { site: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const path = issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
      return `${siteConfigFile}: ${path || '(the whole declaration)'}: ${issue.message}`;
    }),
  };
}

/** What is wrong with a declaration, one line per problem; empty when valid. */
export function siteProblems(input: unknown): string[] {
  return validated(input).problems;
}

/** Validates a declaration; throws an Error whose message lists every problem. */
export function parseSite(input: unknown): SiteDeclaration {
  const { site, problems } = validated(input);
  if (!site) throw new Error(problems.join('\n'));
  return site;
}

/**
 * Declares the site (the default export of site.config.ts). On an invalid declaration it prints
 * every problem and exits with 1: whatever imported the file (astro build, npm run check, a script)
 * stops with those lines rather than a stack trace.
 */
export function defineSite(input: SiteInput): SiteDeclaration {
  const { site, problems } = validated(input);
  if (site) return site;
  console.error(`✗ The site's declaration is invalid:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
