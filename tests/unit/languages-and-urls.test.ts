import { describe, expect, test } from 'vitest';
import { langOfUrl, languages, originalLang, parseContentPath, translationLangs } from '../../src/lib/languages';
import site from '../../site.config.ts';
import { pagePath, swapLang, withBase } from '../../src/lib/urls';

describe('languages', () => {
  test.each([
    ['speeches/vi/to-lam.mdx', { collection: 'speeches', lang: 'vi', id: 'to-lam' }],
    ['orientations/en/x-y.mdx', { collection: 'orientations', lang: 'en', id: 'x-y' }],
    ['speeches\\vi\\to-lam.mdx', { collection: 'speeches', lang: 'vi', id: 'to-lam' }],
  ])('reads collection, language and id from %s', (path, expected) => {
    expect(parseContentPath(path)).toEqual(expected);
  });

  test.each(['speeches/fr/x.mdx', 'speeches/x.mdx', 'speeches/vi/deep/x.mdx', 'speeches/vi/x.md'])(
    'gives no language for %s',
    (path) => {
      expect(parseContentPath(path)).toBeUndefined();
    },
  );

  test('the languages are the ones site.config.ts declares, the original one of them', () => {
    expect(languages).toEqual(site.languages.map((language) => language.code));
    expect(originalLang).toBe(site.languages.find((language) => language.original)!.code);
    expect(translationLangs).toEqual(languages.filter((code) => code !== originalLang));
  });

  test.each([
    ['/en/speeches/x/', '/', 'en'],
    ['/cao-bang/en/', '/cao-bang/', 'en'],
    ['/cao-bang/vi/speeches/', '/cao-bang/', 'vi'],
    ['/', '/', 'vi'],
    ['/404.html', '/', 'vi'],
  ])('page %s under base %s is in %s', (pathname, base, lang) => {
    expect(langOfUrl(pathname, base)).toBe(lang);
  });
});

describe('urls', () => {
  test('page paths are directories', () => {
    expect(pagePath('vi')).toBe('vi/');
    expect(pagePath('en', 'speeches')).toBe('en/speeches/');
    expect(pagePath('en', 'speeches', 'x')).toBe('en/speeches/x/');
  });

  test('paths join onto a root or a sub-path base', () => {
    expect(withBase('/', 'vi/')).toBe('/vi/');
    expect(withBase('/cao-bang/', '/vi/')).toBe('/cao-bang/vi/');
    expect(withBase('/cao-bang', 'vi/')).toBe('/cao-bang/vi/');
  });

  test('the twin path swaps only the language segment', () => {
    expect(swapLang('vi/speeches/vi-x/', 'en')).toBe('en/speeches/vi-x/');
    expect(swapLang('en/', 'vi')).toBe('vi/');
    expect(swapLang('vi/', 'vi')).toBe('vi/');
    expect(swapLang('/en/map/', 'vi')).toBe('vi/map/');
    // A path that does not start with a language is left as it is.
    expect(swapLang('handouts/x.pdf', 'en')).toBe('handouts/x.pdf');
  });
});
