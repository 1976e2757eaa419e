import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildEngineSite } from '../support/engine-site';
import { treeDifferences } from '../support/gates/reproducible';

/**
 * Reproducibility gate: two builds of the same commit, in two copies of the project in two folders,
 * produce byte-identical dist/ folders. It builds the fixture site (three languages, every kind of
 * text, PDF handouts, the offline copy) twice, for a public address, so what depends on it
 * (canonical and alternate links, citations, the worksheet's QR code) is compared too: what could
 * make two builds differ (a time, a folder's path, an order) is the engine's, and the fixture builds
 * in half the time of the real texts.
 */
test('two builds of the same commit in two folders are byte-identical', () => {
  test.setTimeout(300_000);
  const copies = [mkdtempSync(join(tmpdir(), 'build-')), mkdtempSync(join(tmpdir(), 'rebuild-'))] as const;
  try {
    for (const copy of copies) buildEngineSite(copy, { siteUrl: 'https://library.example.org' });
    expect(treeDifferences(join(copies[0], 'dist'), join(copies[1], 'dist'))).toEqual([]);
  } finally {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  }
});

test('the comparison fails on two builds that differ by a stated build time', () => {
  expect(treeDifferences('tests/fixtures/gates/reproducible/first', 'tests/fixtures/gates/reproducible/second')).toEqual([
    'added vi/new/index.html',
    'differs vi/index.html',
    'missing en/index.html',
  ]);
});
