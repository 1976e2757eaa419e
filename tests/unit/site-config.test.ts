import { describe, expect, test } from 'vitest';
import site from '../../site.config.ts';
import { shownStrings } from '../../src/i18n';
import { isUntranslated, markedUntranslated, untranslatedKeys } from '../../src/i18n/untranslated';
import { parseSite, siteProblems } from '../../src/lib/define-site';
import { languageEntry, withLanguage } from '../../scripts/new-language';

/** A valid declaration with three languages, which each case below breaks in one place. */
const valid = {
  name: { vi: 'Thư viện', en: 'Library' },
  tagline: { vi: 'Dòng giới thiệu', en: 'A tagline' },
  description: { vi: 'Mô tả.', en: 'A description.' },
  intro: { vi: 'Lời mở đầu.', en: 'An introduction.' },
  offlineName: 'library-offline',
  languages: [
    { code: 'vi', locale: 'vi-VN', label: 'Tiếng Việt', dir: 'ltr', original: true },
    { code: 'en', locale: 'en-GB', label: 'English', dir: 'ltr' },
    { code: 'ar', locale: 'ar', label: 'العربية', dir: 'rtl' },
  ],
} as const;

describe('site.config.ts', () => {
  test('this site\'s declaration is valid', () => {
    expect(siteProblems(site)).toEqual([]);
  });

  test('a valid declaration with 1 or 3 languages passes', () => {
    expect(siteProblems(valid)).toEqual([]);
    expect(siteProblems({ ...valid, name: { vi: 'x' }, tagline: { vi: 'x' }, description: { vi: 'x' }, intro: { vi: 'x' }, languages: [valid.languages[0]] })).toEqual([]);
    const one = { ...valid, name: { vi: 'x' }, tagline: { vi: 'x' }, description: { vi: 'x' }, intro: { vi: 'x' } };
    expect(parseSite({ ...one, languages: [{ code: 'vi', locale: 'vi-VN', label: 'Tiếng Việt', original: true }] }).languages[0]!.dir).toBe('ltr');
  });

  test.each([
    [{ ...valid, languages: valid.languages.map(({ code, locale, label, dir }) => ({ code, locale, label, dir })) }, 'site.config.ts: languages: no language is the original; add `original: true` to the language the texts are written in'],
    [{ ...valid, languages: valid.languages.map((language) => ({ ...language, original: true as const })) }, 'site.config.ts: languages: vi, en, ar are all marked `original: true`; keep it on one'],
    [{ ...valid, languages: [...valid.languages, valid.languages[1]] }, 'site.config.ts: languages[3].code: "en" is listed twice; each language once'],
    [{ ...valid, languages: [valid.languages[0], { ...valid.languages[1], dir: 'lr' }] }, 'site.config.ts: languages[1].dir: must be "ltr" (left to right) or "rtl" (right to left)'],
    [{ ...valid, languages: [valid.languages[0], { ...valid.languages[1], code: 'EN' }] }, 'site.config.ts: languages[1].code: must be a lowercase language code such as "vi", "en" or "pt-br" (it is the first segment of every URL)'],
    [{ ...valid, name: { en: 'Library' } }, 'site.config.ts: name: has no text for the original language "vi"; add vi: \'…\''],
    [{ ...valid, tagline: { ...valid.tagline, fr: 'x' } }, 'site.config.ts: tagline.fr: "fr" is not one of the site\'s languages (vi, en, ar); remove it or add the language'],
    [{ ...valid, offlineName: 'My Library' }, 'site.config.ts: offlineName: must be lowercase kebab-case ASCII such as "my-library-offline" (it names a file)'],
    [{ ...valid, languages: [{ ...valid.languages[0], dates: { long: 'ngày {day} tháng {m}' } }, valid.languages[1]] }, 'site.config.ts: languages[0].dates.long: uses {day}, which is not a date token; use {d}, {dd}, {m}, {mm}, {mo}, {yyyy}'],
    [{ ...valid, url: 'example.org' }, 'site.config.ts: url: must be an absolute address such as "https://example.org/"'],
  ])('names the file, the field and the fix: %#', (input, problem) => {
    expect(siteProblems(input)).toContain(problem);
    expect(() => parseSite(input)).toThrow(problem);
  });
});

describe('UI strings of a language not yet translated', () => {
  test('a copied file is marked untranslated, and shows the original strings until translated', () => {
    const original = { 'a.b': 'Xin chào', 'c.d': 'Đoạn {{n}}' };
    const copied = markedUntranslated(original);
    expect(Object.values(copied).every(isUntranslated)).toBe(true);
    expect(untranslatedKeys(copied)).toEqual(['a.b', 'c.d']);
    expect(shownStrings(copied, original)).toEqual(original);
    const halfDone = { ...copied, 'a.b': 'Bonjour' };
    expect(untranslatedKeys(halfDone)).toEqual(['c.d']);
    expect(shownStrings(halfDone, original)).toEqual({ 'a.b': 'Bonjour', 'c.d': 'Đoạn {{n}}' });
    // Marking twice marks once.
    expect(markedUntranslated(copied)).toEqual(copied);
  });
});

describe('npm run new -- language', () => {
  const config = `import { defineSite } from './src/lib/define-site.ts';

export default defineSite({
  name: { vi: 'Thư viện' },
  // languages: [ a comment with a bracket ]
  languages: [
    { code: 'vi', locale: 'vi-VN', label: 'Tiếng Việt [gốc]', dir: 'ltr', original: true },
    { code: 'en', locale: 'en-GB', label: 'English', dir: 'ltr' },
  ],
});
`;

  test('adds the language at the end of the list, as the file writes the others', () => {
    expect(withLanguage(config, languageEntry({ code: 'fr', label: 'Français', locale: 'fr-FR' }))).toBe(
      config.replace("label: 'English', dir: 'ltr' },\n", "label: 'English', dir: 'ltr' },\n    { code: 'fr', locale: 'fr-FR', label: 'Français', dir: 'ltr' },\n"),
    );
  });

  test('quotes a label as a string', () => {
    expect(withLanguage(config, languageEntry({ code: 'ga', label: "Gaeilge 'a'" }))).toContain("label: 'Gaeilge \\'a\\'', dir: 'ltr' },");
  });

  test('refuses a bad code, label or direction with the option to fix', () => {
    expect(() => languageEntry({ code: 'French', label: 'Français' })).toThrow('<code> must be a lowercase language code');
    expect(() => languageEntry({ code: 'fr', label: ' ' })).toThrow('--name must be the language\'s name in itself');
    expect(() => languageEntry({ code: 'fr', label: 'Français', dir: 'up' })).toThrow('--dir must be "ltr" (left to right) or "rtl" (right to left)');
    expect(() => withLanguage('export default {};', languageEntry({ code: 'fr', label: 'Français' }))).toThrow('site.config.ts has no `languages: [ … ]` list');
  });
});
