/**
 * The benchmark's synthetic speeches pass the content check beside the real corpus: a rule the
 * corpus generator does not follow would stop `npm run bench:site` at its first build, and nothing
 * else runs the generator.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticSpeeches } from '../../scripts/bench/corpus';
import { formatDiagnostic } from '../../scripts/check/diagnostic';
import { checkContentDir } from '../../scripts/check/index';

const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('forty synthetic speeches, of every format, pass the content check', () => {
  cpSync('content', join(root, 'content'), { recursive: true });
  writeSyntheticSpeeches(join(root, 'content'), 40);
  const errors = checkContentDir(root).filter((diagnostic) => diagnostic.severity === 'error');
  expect(errors.map(formatDiagnostic)).toEqual([]);
});
