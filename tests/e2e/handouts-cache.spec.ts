/**
 * PDF handouts are reused from the last build when their page has not changed
 * (scripts/handouts/render.ts), and printed again when it has. Runs the printer on a copy of the
 * built site, with its own cache.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { renderHandouts } from '../../scripts/handouts/render';

test('an unchanged handout is reused, with no browser started; a speech whose page changed is printed again', async () => {
  test.setTimeout(120_000);
  // The printer shares this module's Chromium: count the browsers it starts.
  let launches = 0;
  const launch = chromium.launch.bind(chromium);
  chromium.launch = (options) => {
    launches += 1;
    return launch(options);
  };
  const root = mkdtempSync(join(tmpdir(), 'handouts-cache-'));
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1769558400';
  try {
    cpSync('content', join(root, 'content'), { recursive: true });
    const site = join(root, 'site');
    cpSync('dist', site, { recursive: true });
    const printed = (handouts: { reused: boolean; path: string }[]) => handouts.filter((handout) => !handout.reused).map((handout) => handout.path.slice(site.length + 1));

    const first = await renderHandouts(root, site);
    expect(first.length).toBeGreaterThan(0);
    expect(printed(first)).toHaveLength(first.length);
    expect(launches).toBe(1);

    expect(printed(await renderHandouts(root, site))).toEqual([]);
    expect(launches).toBe(1);

    const speech = first[0]!.speech;
    appendFileSync(join(site, 'vi', 'speeches', speech, 'index.html'), '\n');
    expect(printed(await renderHandouts(root, site))).toEqual([`handouts/${speech}.vi-en.pdf`, `handouts/${speech}.vi.pdf`]);
  } finally {
    chromium.launch = launch;
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
    rmSync(root, { recursive: true, force: true });
  }
});
