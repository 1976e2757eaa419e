/**
 * `npm run import` as an editor runs it, in a scratch folder: it writes the draft and prints the
 * report and the check's requests; it never overwrites an entry without --force; a file it cannot
 * read gets one clear line and a non-zero exit, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { originalLang } from '../../src/lib/languages';
import { documentText, fixtureDocuments } from '../support/document-import-fixtures';
import { seedLayouts, seedText } from '../support/import-fixtures';

const project = process.cwd();
let scratch: string;

function runImport(...args: string[]) {
  const result = spawnSync(join(project, 'node_modules/.bin/tsx'), [join(project, 'scripts/import/cli.ts'), ...args], { cwd: scratch, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'import-cli-'));
  mkdirSync(join(scratch, 'content'));
  writeFileSync(join(scratch, 'seed.txt'), seedText(seedLayouts[0]!.spec));
  writeFileSync(join(scratch, 'broken.docx'), 'PK\u0003\u0004 not really');
  writeFileSync(join(scratch, 'document.txt'), documentText(fixtureDocuments[0]!));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each run starts Node and tsx; on a busy machine that takes seconds, so the tests get room.
describe('npm run import', { timeout: 60_000 }, () => {
  const draft = () => join(scratch, `content/speeches/${originalLang}/seed-import.mdx`);

  test('writes the draft, reports what it kept, dropped and left to decide, and what the check says', () => {
    const { code, stdout } = runImport('seed.txt', '--id', 'seed-import');
    expect(code).toBe(0);
    expect(existsSync(draft())).toBe(true);
    expect(stdout).toContain(`→ content/speeches/${originalLang}/seed-import.mdx`);
    expect(stdout).toContain('Kept 21 paragraphs, format `interview` (3 questions found)');
    expect(stdout).toContain('masthead clock');
    expect(stdout).toContain('list of related articles');
    expect(stdout).toContain('npm run new -- orientation');
    expect(stdout).toContain('missing field `summary`');
  });

  test('never overwrites an entry without --force', () => {
    writeFileSync(draft(), 'edited by an editor');
    const refused = runImport('seed.txt', '--id', 'seed-import');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists; choose another id with --id, or replace it with --force; nothing was written');
    expect(readFileSync(draft(), 'utf8')).toBe('edited by an editor');
    expect(runImport('seed.txt', '--id', 'seed-import', '--force').code).toBe(0);
    expect(readFileSync(draft(), 'utf8')).toContain('<Para n={1}');
  });

  test('a file it cannot read: one line saying why, exit 1, nothing written', () => {
    const { code, stderr, stdout } = runImport('broken.docx', '--id', 'broken');
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^✗ broken\.docx: the Word file cannot be read \(.+\): it may be damaged; open it in Word and save it again as \.docx$/);
    expect(stdout).toBe('');
    expect(existsSync(join(scratch, `content/speeches/${originalLang}/broken.mdx`))).toBe(false);
  });

  test('--kind resolution: the draft in the resolutions collection, the report with its parts and the frame it dropped', () => {
    const { code, stdout } = runImport('document.txt', '--kind', 'resolution', '--id', 'document-import');
    expect(code).toBe(0);
    expect(existsSync(join(scratch, `content/resolutions/${originalLang}/document-import.mdx`))).toBe(true);
    expect(stdout).toMatch(/^Kept \d+ parts, structure `party`/m);
    expect(stdout).toContain('the distribution list (Nơi nhận)');
    expect(stdout).toContain('[pending-decision]');
    expect(runImport('document.txt', '--kind', 'resolution', '--id', 'other', '--speaker', 'someone').stderr.trim()).toBe('✗ document.txt: --format and --speaker describe a text of numbered paragraphs (a speech); a resolution takes neither');
  });

  test('a missing file and a wrong --format', () => {
    expect(runImport('nowhere.txt').stderr.trim()).toBe('✗ nowhere.txt: cannot read the file (ENOENT); check the path');
    expect(runImport('seed.txt', '--format', 'speach').stderr.trim()).toBe('✗ seed.txt: --format is `speach`; use one of speech, interview, speech-report');
  });
});
