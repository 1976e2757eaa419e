import { describe, expect, test } from 'vitest';
import { withoutHeadInjectWarnings } from '../../scripts/bench/rolldown-warnings';

const passedOn = (warning: { code?: string; message: string }) => {
  const shown: unknown[] = [];
  withoutHeadInjectWarnings(warning, (kept) => shown.push(kept));
  return shown.length === 1;
};

describe('withoutHeadInjectWarnings', () => {
  test("drops Rolldown's warning about the directive Astro puts in every MDX file", () => {
    expect(passedOn({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/speeches/vi/x.mdx?astroPropagatedAssets" may not be preserved when bundling.' })).toBe(false);
  });

  test('shows every other warning, other directives included', () => {
    expect(passedOn({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.' })).toBe(true);
    expect(passedOn({ code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "use astro:head-inject"' })).toBe(true);
    expect(passedOn({ message: 'no code' })).toBe(true);
  });
});
