import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { entryData } from '../../src/integrations/entry-data';
import { closeEntryData, keepEntryData } from '../../src/build/entry-data-handover';

type Hook = (options: Record<string, unknown>) => void | Promise<void>;
const hooksOf = () => entryData().hooks as unknown as Record<'astro:config:setup' | 'astro:config:done' | 'astro:build:done', Hook>;

describe('the entry-data integration in a build', () => {
  let outDir: string;
  let hooks: ReturnType<typeof hooksOf>;
  const pages = (...pathnames: string[]) => ({ pages: pathnames.map((pathname) => ({ pathname })) });

  beforeEach(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'entry-data-'));
    await closeEntryData();
    hooks = hooksOf();
    hooks['astro:config:setup']({ command: 'build', injectRoute: () => undefined });
    hooks['astro:config:done']({ config: { outDir: pathToFileURL(`${outDir}/`) } });
  });
  afterEach(async () => {
    await closeEntryData();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('each page writes its data.js beside it as it renders; the finished build waits for them and checks them', async () => {
    keepEntryData({ path: 'vi/speeches/a/data.js', script: 'vi a;\n' });
    keepEntryData({ path: 'en/glossary/b/data.js', script: 'en b;\n' });
    await expect(hooks['astro:build:done'](pages('vi/speeches/a/', 'en/glossary/b/', 'vi/map/'))).resolves.toBeUndefined();
    expect(readFileSync(join(outDir, 'vi/speeches/a/data.js'), 'utf8')).toBe('vi a;\n');
    expect(readFileSync(join(outDir, 'en/glossary/b/data.js'), 'utf8')).toBe('en b;\n');
  });

  test('fails the build when a file could not be written', async () => {
    writeFileSync(join(outDir, 'vi'), 'a file where a folder should be');
    keepEntryData({ path: 'vi/speeches/a/data.js', script: 'vi a;\n' });
    await expect(hooks['astro:build:done'](pages('vi/speeches/a/'))).rejects.toThrow(/vi/);
  });

  test('fails, naming the page, when an entry page handed nothing over', async () => {
    keepEntryData({ path: 'vi/speeches/a/data.js', script: 'vi a;\n' });
    await expect(hooks['astro:build:done'](pages('vi/speeches/a/', 'en/speeches/a/'))).rejects.toThrow(/1 entry page\(s\), e\.g\. en\/speeches\/a\//);
  });

  test('refuses a file handed over outside a build', async () => {
    await closeEntryData();
    expect(() => keepEntryData({ path: 'vi/speeches/a/data.js', script: 'x' })).toThrow(/outside a build/);
    expect(existsSync(join(outDir, 'vi'))).toBe(false);
  });
});
