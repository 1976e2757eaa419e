/**
 * Build data reaches the pages through one typed accessor (src/build/build-data.ts), never through
 * environment variables read in helpers (issue 19, item 6).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildData, buildDataVariables } from '../../src/build/build-data';
import { handoutsEnabled } from '../../src/lib/handouts';

describe('the build data', () => {
  test('from the variables npm run build sets, and what a build without them means', () => {
    expect(buildData({})).toStrictEqual({ checkedParagraphsFile: undefined, handouts: true, searchPagesFd: undefined });
    expect(
      buildData({ [buildDataVariables.checkedParagraphs]: '/tmp/x/paragraphs.json', [buildDataVariables.handouts]: 'off', [buildDataVariables.searchPages]: '3' }),
    ).toStrictEqual({
      checkedParagraphsFile: '/tmp/x/paragraphs.json',
      handouts: false,
      searchPagesFd: 3,
    });
    expect(() => buildData({ [buildDataVariables.searchPages]: 'three' })).toThrow('SITE_SEARCH_PAGES_FD must be a file descriptor\'s number, not "three".');
    // An empty variable names no file; any value but `off` keeps the handouts.
    expect(buildData({ [buildDataVariables.checkedParagraphs]: '', [buildDataVariables.handouts]: 'on' })).toEqual({ checkedParagraphsFile: undefined, handouts: true });
    expect(handoutsEnabled({ SITE_HANDOUTS: 'off' })).toBe(false);
  });
});

test('no module of src/ reads the environment but the build-data accessor', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|astro|mjs|js)$/.test(entry.name) ? [join(dir, entry.name)] : []));
  const reads = files('src').flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (/process\.env/.test(line) ? [`${relative('.', file).replaceAll('\\', '/')}:${index + 1}: ${line.trim()}`] : [])),
  );
  const allowed = (read: string) =>
    read.startsWith('src/build/build-data.ts:') ||
    // Not build data: the indexer sets Pagefind's own setting for the Pagefind process it starts.
    /^src\/lib\/search\/site-indexer\.ts:\d+: process\.env\['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'\] = /.test(read);
  expect(reads.filter((read) => !allowed(read))).toEqual([]);
  expect(reads.some((read) => read.startsWith('src/build/build-data.ts:'))).toBe(true);
});
