import { describe, expect, test } from 'vitest';
import {
  answersFor,
  fileUrl,
  librarySaveHeader,
  formatBytes,
  libraryCacheName,
  libraryGlobs,
  parseLibraryCacheName,
  planSave,
  servedVersion,
  type LibraryManifest,
  type SavedRecord,
} from '../../src/lib/offline-library/library';

const manifest = (version: string, files: [string, string, number][]): LibraryManifest => ({
  lang: 'vi',
  version,
  bytes: files.reduce((sum, [, , size]) => sum + size, 0),
  files: files.map(([url, revision, size]) => ({ url, revision, size })),
});
const saved = (version: string, files: [string, string, number][], savedAt = 1): SavedRecord => ({ ...manifest(version, files), savedAt });

describe('the library caches', () => {
  test('are named per build and language, and read back; other caches are not libraries', () => {
    expect(parseLibraryCacheName(libraryCacheName('vi', 'ab12'))).toEqual({ lang: 'vi', version: 'ab12' });
    expect(parseLibraryCacheName(libraryCacheName('zh-Hant', '00ff'))).toEqual({ lang: 'zh-Hant', version: '00ff' });
    expect(parseLibraryCacheName('pages-read')).toBeUndefined();
    expect(parseLibraryCacheName('library-not-hex-vi')).toBeUndefined();
  });

  test('serve one build only: the one made whole last', () => {
    expect(servedVersion([saved('aa', [], 10), saved('bb', [], 20), saved('aa', [], 12)])).toBe('bb');
    expect(servedVersion([])).toBeUndefined();
  });
});

describe('planSave', () => {
  const next = manifest('bb', [
    ['/vi/', 'r1', 100],
    ['/vi/a/', 'r2-new', 200],
    ['/pagefind/pagefind-entry.json', 'r3', 50],
    ['/vi/b/', 'r4', 400],
  ]);

  test('downloads everything the first time', () => {
    const plan = planSave(next, new Set(), []);
    expect(plan.files.map((file) => file.from)).toEqual(['network', 'network', 'network', 'network']);
    expect(plan.downloadBytes).toBe(next.bytes);
  });

  test('copies what a saved library holds unchanged, and downloads only what changed', () => {
    const old = saved('aa', [
      ['/vi/', 'r1', 100],
      ['/vi/a/', 'r2-old', 200],
      ['/pagefind/pagefind-entry.json', 'r3', 50],
    ]);
    const plan = planSave(next, new Set(), [{ cacheName: 'library-aa-vi', record: old }]);
    expect(plan.files.map((file) => [file.url, file.from])).toEqual([
      ['/vi/', 'saved'],
      ['/vi/a/', 'network'],
      ['/pagefind/pagefind-entry.json', 'saved'],
      ['/vi/b/', 'network'],
    ]);
    expect(plan.downloadBytes).toBe(600);
  });

  test('goes on where an interrupted download stopped', () => {
    const plan = planSave(next, new Set(['/vi/', '/vi/a/']), []);
    expect(plan.files.map((file) => file.url)).toEqual(['/pagefind/pagefind-entry.json', '/vi/b/']);
    expect(plan.downloadBytes).toBe(450);
  });

  test('never copies a file whose revision is unknown', () => {
    const unknown = manifest('bb', [['/vi/', null as unknown as string, 100]]);
    const old = saved('aa', [['/vi/', null as unknown as string, 100]]);
    expect(planSave(unknown, new Set(), [{ cacheName: 'library-aa-vi', record: old }]).files[0]!.from).toBe('network');
  });
});

describe('the files of a language', () => {
  test('are its pages and the search indexes it is given, with the shared files, but not another language\'s pages or the handouts', () => {
    const globs = libraryGlobs('en', [{ lang: 'en', wasm: 'en' }]);
    expect(globs).toContain('en/**/index.html');
    expect(globs).toContain('pagefind/fragment/en_*');
    expect(globs).toContain('pagefind/wasm.en.pagefind');
    expect(globs).toContain('_tools/*.js'); // the Word export and the assignment tools, loaded on first use
    expect(globs).toContain('_known/en/*.js'); // the entry list's shards, which the reading list and the notebook look entries up in
    expect(globs.filter((glob) => /(^|[/.])vi[/_.]/.test(glob))).toEqual([]);
    expect(globs.some((glob) => glob.includes('pdf') || glob.includes('offline/'))).toBe(false);
  });

  test('hold the other languages\' search indexes its search looks in, but not their pages', () => {
    const globs = libraryGlobs('en', [{ lang: 'en', wasm: 'en' }, { lang: 'vi', wasm: 'unknown' }, { lang: 'fr', wasm: 'fr' }]);
    for (const glob of ['pagefind/pagefind.vi_*.pf_meta', 'pagefind/wasm.unknown.pagefind', 'pagefind/index/vi_*', 'pagefind/fragment/vi_*', 'pagefind/filter/vi_*', 'pagefind/wasm.fr.pagefind']) {
      expect(globs).toContain(glob);
    }
    expect(globs.filter((glob) => glob.startsWith('vi/') || glob.startsWith('fr/'))).toEqual([]);
    // Two languages with one WebAssembly (both without a stemmer) list it once.
    expect(libraryGlobs('vi', [{ lang: 'vi', wasm: 'unknown' }, { lang: 'ko', wasm: 'unknown' }]).filter((glob) => glob.includes('wasm.')).length).toBe(1);
  });

  test('are addressed as the pages link them, under the base', () => {
    expect(fileUrl('/', 'vi/speeches/x/index.html')).toBe('/vi/speeches/x/');
    expect(fileUrl('/cao-bang/', 'index.html')).toBe('/cao-bang/');
    expect(fileUrl('/cao-bang', 'pagefind/pagefind.js')).toBe('/cao-bang/pagefind/pagefind.js');
  });
});

describe('formatBytes', () => {
  test('says kB under a megabyte and MB above, in the reader\'s locale', () => {
    expect(formatBytes(840_000, 'en-GB')).toBe('840 kB');
    expect(formatBytes(1_550_000, 'en-GB')).toBe('1.6 MB');
    expect(formatBytes(1_550_000, 'vi-VN')).toBe('1,6 MB');
    expect(formatBytes(12, 'en-GB')).toBe('1 kB');
  });
});

describe('the service worker answers', () => {
  const request = (url: string, method = 'GET', headers: string[] = []) => ({ url, method, headers: new Set(headers) });
  const origin = 'https://example.org';

  test('for the site\'s own pages and files under its base path', () => {
    expect(answersFor(request('https://example.org/cao-bang/vi/speeches/x/?view=both'), origin, '/cao-bang/')).toBe(true);
    expect(answersFor(request('https://example.org/cao-bang/pagefind/pagefind.js'), origin, '/cao-bang/')).toBe(true);
  });

  test.each([
    ['another origin', request('https://cdn.example.net/cao-bang/vi/'), '/cao-bang/'],
    ['the same origin outside the base path', request('https://example.org/other-site/vi/'), '/cao-bang/'],
    ['a request that is not a GET', request('https://example.org/vi/', 'POST'), '/'],
    ['the library\'s lists', request('https://example.org/offline-library/vi.json'), '/'],
    ['a download of a library being saved', request('https://example.org/vi/', 'GET', [librarySaveHeader]), '/'],
  ])('never for %s', (_what, asked, base) => {
    expect(answersFor(asked, origin, base)).toBe(false);
  });
});
