import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject } from '../../scripts/lib/project-copy';
import { treeDifferences } from '../support/gates/reproducible';
import { builtSiteUrl } from '../support/gates/site-url';

/**
 * Reproducibility gate: a second `npm run build` of the same commit, in a copy of the project in
 * another folder, produces a dist/ byte-identical to the one under test.
 */
test('a second build of the same commit in another folder is byte-identical', async () => {
  test.setTimeout(300_000);
  const copy = mkdtempSync(join(tmpdir(), 'rebuild-'));
  try {
    copyProject(copy, { git: true });
    const env = { ...process.env };
    for (const name of ['SITE_BASE', 'SITE_URL', 'SOURCE_DATE_EPOCH']) delete env[name];
    // Built for the same SITE_URL as dist/ (`npm test` passes the test server's origin).
    const site = builtSiteUrl();
    const build = spawnSync('npm', ['run', 'build', ...(site ? ['--', `--site=${site}`] : [])], { cwd: copy, env, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(treeDifferences('dist', join(copy, 'dist'))).toEqual([]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the comparison fails on two builds that differ by a stated build time', () => {
  expect(treeDifferences('tests/fixtures/gates/reproducible/first', 'tests/fixtures/gates/reproducible/second')).toEqual([
    'added vi/new/index.html',
    'differs vi/index.html',
    'missing en/index.html',
  ]);
});
