import { describe, expect, test } from 'vitest';
import { assertSameKeys, t } from '../../src/i18n';
import en from '../../src/i18n/en.json';
import vi from '../../src/i18n/vi.json';

describe('UI strings', () => {
  test('both language files have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  test('a missing key is reported with the file and the key', () => {
    expect(() => assertSameKeys({ vi: { 'a.b': 'x', 'c.d': 'y' }, en: { 'a.b': 'x' } })).toThrow(
      'src/i18n/en.json: missing key "c.d"; add it with the en text.',
    );
  });

  test('placeholders are filled, unknown ones left visible', () => {
    expect(t('vi', 'para.label', { n: 7 })).toBe('Đoạn 7');
    expect(t('en', 'para.label', { n: 7 })).toBe('Paragraph 7');
    expect(t('en', 'para.label')).toBe('Paragraph {{n}}');
  });

  test('the same placeholders appear in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
});
