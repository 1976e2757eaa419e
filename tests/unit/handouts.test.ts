import { describe, expect, test } from 'vitest';
import { handoutPath, handoutReadySelector, handoutSourcePage, handoutsEnabled } from '../../src/lib/handouts';

describe('PDF handouts', () => {
  test.each([
    ['vi', 'vi/speeches/x/', undefined],
    ['en', 'en/speeches/x/', undefined],
    // The bilingual one is the Vietnamese page in its parallel view, printed once the English is in.
    ['vi-en', 'vi/speeches/x/?view=both', '.speech-body[data-view="both"] .para-twin'],
  ] as const)('the %s handout is printed from %s', (variant, page, ready) => {
    expect(handoutSourcePage('x', variant)).toBe(page);
    expect(handoutReadySelector(variant)).toBe(ready);
    expect(handoutPath('x', variant)).toBe(`handouts/x.${variant}.pdf`);
  });

  test('SITE_HANDOUTS=off turns them off', () => {
    expect(handoutsEnabled({ SITE_HANDOUTS: 'off' })).toBe(false);
    expect(handoutsEnabled({})).toBe(true);
  });
});
