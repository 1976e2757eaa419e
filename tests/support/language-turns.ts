/**
 * Tests of what a feature does, rather than of the words it says, in one language each, the
 * languages taken in turn over a block's tests: every language is exercised by some of them, and
 * no behaviour that no language changes is tested twice. The words of every language are held
 * elsewhere (the wording, attribution and pages specs).
 *
 * In a block declared once per language, with the same tests in every language:
 * `const turn = languageTurns(languages)(test, lang)`, then `turn.test('…', async …)` for each
 * test: the n-th test declared is this language's when n mod the number of languages is its place.
 * The test is declared by the spec itself (the getter only chooses), so its file and line are the spec's.
 */
export function languageTurns(languages: readonly string[]): <Test>(test: Test, lang: string) => { readonly test: Test } {
  return <Test>(test: Test, lang: string) => {
    let declared = 0;
    const declaresNothing = (() => undefined) as Test;
    return {
      get test(): Test {
        const turn = languages[declared % languages.length];
        declared += 1;
        return turn === lang ? test : declaresNothing;
      },
    };
  };
}
