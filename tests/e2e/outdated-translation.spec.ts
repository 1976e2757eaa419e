/**
 * A translated ¶ translated from an earlier text of its original carries a notice: on its page, in
 * the parallel view and in print. The corpus has no such ¶, and its texts are not to be touched, so
 * the site is built (`npm run build`, without handouts) in a copy of the project whose English
 * interview has one ¶'s fingerprint changed, as if its Vietnamese original had been edited since.
 * And the real build marks exactly the ¶ `npm run translations` calls outdated (today none).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy';
import { readContentDir } from '../../scripts/check/index';
import { languages, originalLang } from '../../src/lib/languages';
import { translationStatus } from '../../src/lib/translation-status';
import { violationsOn } from '../support/axe';
import { files } from '../support/citation-expectations';
import { ui as t } from '../support/offline';
import { serveFolder, type StaticServer } from '../support/static-server';
import { expect, test } from './fixtures';

const translated = languages.find((lang) => lang !== originalLang)!;
const interview = files.find((file) => file.collection === 'speeches' && file.lang === translated && (file.frontmatter as { format: string }).format === 'interview')!;
// The ¶ to make outdated: the first whose fingerprint is recorded.
const stamp = /<Para n=\{(\d+)\}[^>]*\ssource="([0-9a-f]{8})"/.exec(interview.body)!;
const n = Number(stamp[1]);
const otherFingerprint = stamp[2] === '00000000' ? '11111111' : '00000000';
const port = Number(process.env.E2E_PORT ?? 4321) + 2;
const origin = `http://127.0.0.1:${port}`;
let copy: string;
let server: StaticServer;

test.describe('a copy with one outdated ¶', () => {
  test.describe.configure({ mode: 'default' });
  test.use({ baseURL: origin });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    copy = mkdtempSync(join(tmpdir(), 'outdated-'));
    copyProject(copy, { git: true });
    const file = join(copy, interview.path);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(stamp[0], stamp[0].replace(`source="${stamp[2]}"`, `source="${otherFingerprint}"`)));
    const build = spawnSync('npm', ['run', 'build'], { cwd: copy, env: { ...process.env, SITE_HANDOUTS: 'off' }, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    server = await serveFolder(join(copy, 'dist'), '/', port);
  });

  test.afterAll(async () => {
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('the translation says so on that ¶ alone, in words, with the way to the original ¶, on screen and in print', async ({ page }) => {
    await page.goto(`/${translated}/speeches/${interview.id}/`);
    const notices = page.locator('.para-outdated');
    await expect(notices).toHaveCount(1);
    const notice = page.locator(`#p${n} .para-outdated`);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`${t(translated, 'para.outdated')}: ${t(translated, 'para.outdatedNote')}`);
    const link = notice.getByRole('link', { name: t(translated, 'para.outdatedLink', { n: String(n) }) });
    await expect(link).toHaveAttribute('href', `/${originalLang}/speeches/${interview.id}/#p${n}`);
    await expect(link).toHaveAttribute('hreflang', originalLang);
    await expect(page.locator(`#p${n}`)).toHaveAttribute('data-outdated', '');
    expect(await violationsOn(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(notice).toBeVisible();
    // Following it leads to the original ¶.
    await page.emulateMedia({ media: 'screen' });
    await link.click();
    await expect(page).toHaveURL(`${origin}/${originalLang}/speeches/${interview.id}/#p${n}`);
  });

  test("the original's parallel view marks the translation's ¶ too, in the page's language, also in print", async ({ page }) => {
    await page.goto(`/${originalLang}/speeches/${interview.id}/?view=both`);
    const twin = page.locator(`#p${n} + .para-twin`);
    await expect(twin).toBeVisible();
    await expect(twin.locator('.para-outdated')).toHaveText(`${t(originalLang, 'para.outdated')}: ${t(originalLang, 'para.outdatedNote')}`);
    await expect(twin.locator('.para-outdated')).toHaveAttribute('lang', originalLang);
    await expect(page.locator('.para-outdated')).toHaveCount(1);
    // The original's own ¶ is not outdated.
    await expect(page.locator(`#p${n} > .para-outdated`)).toHaveCount(0);
    expect(await violationsOn(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(twin.locator('.para-outdated')).toBeVisible();
  });
});

test('the real build marks exactly the ¶ npm run translations calls outdated', async ({ page }) => {
  const statuses = translationStatus(readContentDir(process.cwd()).entries, originalLang, languages);
  for (const status of statuses.filter((entry) => entry.collection === 'speeches' && entry.state !== 'missing')) {
    const outdated = status.paragraphs.filter((paragraph) => paragraph.state === 'outdated').map((paragraph) => `p${paragraph.n}`);
    await page.goto(`/${status.lang}/speeches/${status.id}/`);
    expect(await page.locator('.para[data-outdated]').evaluateAll((paras) => paras.map((para) => para.id))).toEqual(outdated);
  }
});
