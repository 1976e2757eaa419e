import { describe, expect, test } from 'vitest';
import { fileOfSitePath, offlinePageHref, offlineUrl, OutsideSiteError, relativePath, rootOf } from '../../src/lib/offline/paths';

describe('the file a site path names', () => {
  test.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/vi/', 'vi/index.html'],
    ['vi/speeches/x/', 'vi/speeches/x/index.html'],
    ['/_astro/a.js', '_astro/a.js'],
    ['/handouts/x.vi.pdf', 'handouts/x.vi.pdf'],
  ])('%s → %s', (path, file) => {
    expect(fileOfSitePath(path)).toBe(file);
  });
});

describe('relative paths between files of the copy', () => {
  test.each([
    ['index.html', './'],
    ['vi/index.html', '../'],
    ['vi/speeches/x/index.html', '../../../'],
  ])('the root seen from %s is %s', (file, root) => {
    expect(rootOf(file)).toBe(root);
  });

  test.each([
    ['vi/speeches/x/index.html', '_astro/a.css', '../../../_astro/a.css'],
    ['vi/speeches/x/index.html', 'vi/speeches/x/index.html', 'index.html'],
    ['vi/speeches/x/index.html', 'en/speeches/x/data.js', '../../../en/speeches/x/data.js'],
    ['vi/speeches/x/index.html', 'vi/speeches/index.html', '../index.html'],
    ['vi/speeches/x/index.html', 'en/speeches/x/index.html', '../../../en/speeches/x/index.html'],
    ['index.html', 'vi/index.html', 'vi/index.html'],
    // A folder named like the file it holds is not mistaken for a shared folder.
    ['vi/index.html', 'vi', '../vi'],
  ])('from %s to %s: %s', (from, to, expected) => {
    expect(relativePath(from, to)).toBe(expected);
  });
});

describe('rewriting a URL of the built site for the copy', () => {
  const folders = new Set(['vi/speeches/x']);
  const isFolder = (file: string) => folders.has(file);

  test.each([
    ['/vi/speeches/x/', 'vi/index.html', '/', 'speeches/x/index.html'],
    ['/vi/speeches/x/#p7', 'vi/orientations/y/index.html', '/', '../../speeches/x/index.html#p7'],
    ['/en/reading-list/#items=speeches/x/p3', 'vi/reading-list/index.html', '/', '../../en/reading-list/index.html#items=speeches/x/p3'],
    ['/_astro/font.woff2', 'vi/index.html', '/', '../_astro/font.woff2'],
    ['/favicon.svg', 'index.html', '/', 'favicon.svg'],
    ['../y/', 'vi/speeches/x/index.html', '/', '../y/index.html'],
    ['/en/speeches/x/?view=both#p7', 'vi/speeches/x/index.html', '/', '../../../en/speeches/x/index.html?view=both#p7'],
    ['../', 'vi/speeches/x/index.html', '/', '../index.html'],
    ['/vi/speeches/x', 'vi/index.html', '/', 'speeches/x/index.html'],
    ['/vi/?q=1#top', 'vi/index.html', '/', 'index.html?q=1#top'],
    ['/cao-bang/vi/', 'en/index.html', '/cao-bang/', '../vi/index.html'],
    ['/cao-bang/_astro/a.js', 'vi/speeches/x/index.html', '/cao-bang/', '../../../_astro/a.js'],
  ])('%s in %s (base %s) → %s', (url, from, base, expected) => {
    expect(offlineUrl(url, from, base, isFolder)).toBe(expected);
  });

  test.each(['#p7', 'https://example.org/x', '//cdn.example.org/x.js', 'mailto:a@example.org', 'data:image/png;base64,AAAA', ''])(
    'leaves %s alone',
    (url) => {
      expect(offlineUrl(url, 'vi/index.html', '/')).toBeUndefined();
    },
  );

  test('refuses a path outside the base, which no file of the copy could answer', () => {
    expect(() => offlineUrl('/other/', 'vi/index.html', '/cao-bang/')).toThrow(OutsideSiteError);
  });
});

describe('a search result link from a page of the copy', () => {
  test.each([
    ['/vi/speeches/x/#p7', '../', '../vi/speeches/x/index.html#p7'],
    ['/vi/speeches/x/', '../../../', '../../../vi/speeches/x/index.html'],
    ['/en/glossary/y/#uses-heading', './', 'en/glossary/y/index.html#uses-heading'],
  ])('%s with root %s → %s', (url, root, expected) => {
    expect(offlinePageHref(url, root)).toBe(expected);
  });
});
