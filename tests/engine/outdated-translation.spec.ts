/**
 * A translated ¶ translated from an earlier text of its original carries a notice: on its page, in
 * the parallel view and in print. The fixture's French speech records, on one ¶, the fingerprint of
 * an earlier original (and the right one on the others), as a translation left behind by an edit of
 * the original would; `npm run translations --json`, run in the engine copy, says which ¶ that is,
 * and every translated speech page marks exactly the ¶ it calls outdated.
 */
import { spawnSync } from 'node:child_process';
import { violationsOn } from '../support/axe';
import { builtDocument } from '../support/built-pages';
import { engineDist, engineSiteDir, engineUi, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

interface StatusReport {
  original: string;
  entries: { collection: string; id: string; lang: string; state: string; paragraphs: { n: number; state: string }[] }[];
}

let status: StatusReport | undefined;
/** The translation status of the fixture, as the engine copy's `npm run translations -- --json` reports it (read once). */
function fixtureStatus(): StatusReport {
  if (status) return status;
  const run = spawnSync(process.execPath, ['scripts/translations/cli.ts', '--json'], { cwd: engineSiteDir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run translations -- --json failed (exit ${run.status}):\n${run.stderr}`);
  return (status = JSON.parse(run.stdout) as StatusReport);
}

const original = fixtureSite().languages.find((language) => language.original)!.code;
const outdatedOf = (entry: StatusReport['entries'][number]) => entry.paragraphs.filter((paragraph) => paragraph.state === 'outdated').map((paragraph) => paragraph.n);

test('every translated speech page marks exactly the ¶ npm run translations calls outdated, and the fixture has one', () => {
  const speeches = fixtureStatus().entries.filter((entry) => entry.collection === 'speeches' && entry.state !== 'missing');
  expect(speeches.flatMap(outdatedOf)).toHaveLength(1);
  for (const entry of speeches) {
    const marked = [...builtDocument(`${entry.lang}/speeches/${entry.id}`, engineDist).querySelectorAll('.para[data-outdated]')].map((para) => para.id);
    expect(marked, `${entry.lang}/speeches/${entry.id}`).toEqual(outdatedOf(entry).map((n) => `p${n}`));
  }
});

test.describe('the outdated ¶', () => {
  // Read once the engine copy is built (the setup project builds it before this file runs).
  const outdated = () => {
    const entry = fixtureStatus().entries.find((candidate) => candidate.collection === 'speeches' && outdatedOf(candidate).length > 0)!;
    return { lang: entry.lang, id: entry.id, n: outdatedOf(entry)[0]! };
  };

  test('says so on its page, that ¶ alone, in words, with the way to the original ¶, on screen and in print', async ({ page }) => {
    const { lang, id, n } = outdated();
    await page.goto(`/${lang}/speeches/${id}/`);
    await expect(page.locator('.para-outdated')).toHaveCount(1);
    const notice = page.locator(`#p${n} .para-outdated`);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`${engineUi(lang, 'para.outdated')}: ${engineUi(lang, 'para.outdatedNote')}`);
    const link = notice.getByRole('link', { name: engineUi(lang, 'para.outdatedLink', { n: String(n) }) });
    await expect(link).toHaveAttribute('href', `/${original}/speeches/${id}/#p${n}`);
    await expect(link).toHaveAttribute('hreflang', original);
    expect(await violationsOn(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(notice).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${original}/speeches/${id}/#p${n}$`));
  });

  test("is marked in the original's parallel view with that language chosen, in the page's language, also in print", async ({ page }) => {
    const { lang, id, n } = outdated();
    await page.goto(`/${original}/speeches/${id}/?view=both&with=${lang}`);
    const twin = page.locator(`#p${n} + .para-twin`);
    await expect(twin).toHaveAttribute('lang', lang);
    await expect(twin.locator('.para-outdated')).toHaveText(`${engineUi(original, 'para.outdated')}: ${engineUi(original, 'para.outdatedNote')}`);
    await expect(twin.locator('.para-outdated')).toHaveAttribute('lang', original);
    await expect(page.locator('.para-outdated')).toHaveCount(1);
    // The original's own ¶ is not outdated.
    await expect(page.locator(`#p${n} > .para-outdated`)).toHaveCount(0);
    expect(await violationsOn(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(twin.locator('.para-outdated')).toBeVisible();
  });
});
