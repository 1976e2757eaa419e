import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildEngineSite, engineDist } from '../support/engine-site';
import { treeDifferences } from '../support/gates/reproducible';

/**
 * Reproducibility gate: a second build of the same commit, in a copy of the project in another
 * folder, produces a dist/ byte-identical to the one under test. It builds the fixture site (three
 * languages, every kind of text, PDF handouts, the offline copy) a second time beside the engine
 * tests' own: what could make two builds differ (a time, a folder's path, an order) is the engine's,
 * and the fixture builds in half the time of the real texts.
 */
test('a second build of the same commit in another folder is byte-identical', () => {
  test.setTimeout(300_000);
  const copy = mkdtempSync(join(tmpdir(), 'rebuild-'));
  try {
    buildEngineSite(copy);
    expect(treeDifferences(engineDist, join(copy, 'dist'))).toEqual([]);
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
