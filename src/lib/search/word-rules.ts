/**
 * How a language's words behave, as search needs to know it. Declared per language in
 * site.config.ts (`wordsInflect`) and handed to the browser with the search dialog's strings, so
 * the search code names no language.
 */
export interface WordRules {
  /**
   * Whether a word changes form ("reform", "reforms"): then a shared stem matches and a plural
   * names a kind. Vietnamese writes unchanging syllables, matched whole, and one syllable alone
   * ("phá") names nothing.
   */
  inflects: boolean;
}
