import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { entryData } from '../../src/integrations/entry-data';
import { keepEntryData, takeEntryData } from '../../src/lib/entry-data-handover';

type BuildDone = (options: { dir: URL; pages: { pathname: string }[] }) => void;
const buildDone = entryData().hooks['astro:build:done'] as unknown as BuildDone;

describe('the entry-data integration at the end of a build', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(join(tmpdir(), 'entry-data-'));
    takeEntryData();
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  test('writes each handed-over data.js beside its page', () => {
    keepEntryData({ path: 'vi/speeches/a/data.js', script: 'vi a;\n' });
    keepEntryData({ path: 'en/glossary/b/data.js', script: 'en b;\n' });
    buildDone({ dir: pathToFileURL(`${outDir}/`), pages: [{ pathname: 'vi/speeches/a/' }, { pathname: 'en/glossary/b/' }, { pathname: 'vi/map/' }] });
    expect(readFileSync(join(outDir, 'vi/speeches/a/data.js'), 'utf8')).toBe('vi a;\n');
    expect(readFileSync(join(outDir, 'en/glossary/b/data.js'), 'utf8')).toBe('en b;\n');
    expect(takeEntryData().size).toBe(0);
  });

  test('fails, naming the page, when an entry page handed nothing over', () => {
    keepEntryData({ path: 'vi/speeches/a/data.js', script: 'vi a;\n' });
    expect(() =>
      buildDone({ dir: pathToFileURL(`${outDir}/`), pages: [{ pathname: 'vi/speeches/a/' }, { pathname: 'en/speeches/a/' }] }),
    ).toThrow(/1 entry page\(s\), e\.g\. en\/speeches\/a\//);
    expect(existsSync(join(outDir, 'vi/speeches/a/data.js'))).toBe(false);
  });
});
