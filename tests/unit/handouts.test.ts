import { describe, expect, test } from 'vitest';
import { handoutPath, handoutReadySelector, handoutsEnabled, handoutSourcePage, handoutsOf } from '../../src/lib/handouts';

describe('PDF handouts', () => {
  test('one per language, then the original beside each translation, for 1, 2 and 3 languages', () => {
    expect(handoutsOf(['vi'], 'vi').map((handout) => handout.variant)).toEqual(['vi']);
    expect(handoutsOf(['vi', 'en'], 'vi').map((handout) => handout.variant)).toEqual(['vi', 'en', 'vi-en']);
    expect(handoutsOf(['vi', 'en', 'fr'], 'vi').map((handout) => handout.variant)).toEqual(['vi', 'en', 'fr', 'vi-en', 'vi-fr']);
    // A speech not yet translated into a language has no handout in it.
    expect(handoutsOf(['vi', 'fr'], 'vi').map((handout) => handout.variant)).toEqual(['vi', 'fr', 'vi-fr']);
  });

  test.each([
    ['vi', 'vi/speeches/x/', undefined],
    ['en', 'en/speeches/x/', undefined],
    ['fr', 'fr/speeches/x/', undefined],
    // A pair is the original's page in its parallel view, printed once the translation is in.
    ['vi-en', 'vi/speeches/x/?view=both&with=en', '.speech-body[data-view="both"] .para-twin[lang="en"]'],
    ['vi-fr', 'vi/speeches/x/?view=both&with=fr', '.speech-body[data-view="both"] .para-twin[lang="fr"]'],
  ] as const)('the %s handout is printed from %s', (variant, page, ready) => {
    const handout = handoutsOf(['vi', 'en', 'fr'], 'vi').find((candidate) => candidate.variant === variant)!;
    expect(handoutSourcePage('x', handout)).toBe(page);
    expect(handoutReadySelector(handout)).toBe(ready);
    expect(handoutPath('x', variant)).toBe(`handouts/x.${variant}.pdf`);
  });

  test('SITE_HANDOUTS=off turns them off', () => {
    expect(handoutsEnabled({ SITE_HANDOUTS: 'off' })).toBe(false);
    expect(handoutsEnabled({})).toBe(true);
  });
});
