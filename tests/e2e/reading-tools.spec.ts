import { readContentFiles } from '../../src/lib/content-files';
import { handoutPath, handoutsOf } from '../../src/lib/handouts';
import { ui } from '../support/offline';
import { languages, originalLang } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { comparedWith, expectAtTop, expectSideBySide, expectStacked, paragraphTexts, twinOf, viewRadio } from '../support/parallel';
import { languageTurns } from '../support/language-turns';
import { entriesInTwoShards } from '../support/known-shards';
import { expect, test } from './fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const speeches = files.filter((file) => file.collection === 'speeches' && file.lang === 'vi');
const interview = speeches.find((file) => (file.frontmatter as { format: string }).format === 'interview')!;
const paragraphCount = speechParagraphs(interview.body).length;
const labels: Record<string, { cite: string; add: string; addEntry: string; paragraph: string; publication: string }> = {
  vi: { cite: 'Trích dẫn', add: '+ Danh sách đọc', addEntry: '+ Thêm cả văn bản vào danh sách đọc', paragraph: 'Đoạn 7', publication: 'Tạp chí Dân chủ và Pháp luật' },
  en: { cite: 'Cite', add: '+ Reading list', addEntry: '+ Add the whole text to the reading list', paragraph: 'Paragraph 7', publication: 'Tạp chí Dân chủ và Pháp luật' },
};

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  const speechPath = `/${lang}/speeches/${interview.id}/`;

  test.describe(`reading tools (${lang})`, () => {
    const twin = comparedWith(lang);

    turn.test('"both" places each twin ¶ beside its original, the twin alone hides the originals, and the address keeps the view', async ({ page }) => {
      await page.goto(speechPath);
      const twinText = paragraphTexts(twin, interview.id);
      await viewRadio(page, lang, 'both').check();
      await expect(page).toHaveURL(new RegExp(`${speechPath}\\?view=both$`));
      await expect(twinOf(page, 7)).toHaveAttribute('lang', twin);
      await expect(twinOf(page, 7).locator('.para-text')).toHaveText(twinText.get(7)!);
      await expect(twinOf(page, 7).locator('.para-number')).toHaveAttribute('href', `../../../${twin}/speeches/${interview.id}/#p7`);
      await expect(page.locator('.para-twin')).toHaveCount(paragraphCount);
      await expectSideBySide(page, Array.from({ length: paragraphCount }, (_, index) => index + 1));
      // A speaker's label is bold in the twin as in the original.
      const labelled = speechParagraphs(files.find((file) => file.collection === 'speeches' && file.lang === twin && file.id === interview.id)!.body).filter((paragraph) => paragraph.label);
      expect(labelled.length).toBeGreaterThan(0);
      for (const { n, label } of labelled) await expect(twinOf(page, n).locator('.para-text strong')).toHaveText(label!);

      await viewRadio(page, lang, twin).check();
      await expect(page).toHaveURL(new RegExp(`${speechPath}\\?view=${twin}$`));
      await expect(page.locator('#p7')).toBeHidden();
      await expect(twinOf(page, 7)).toBeVisible();

      await viewRadio(page, lang, lang).check();
      await expect(page).toHaveURL(new RegExp(`${speechPath}$`));
      await expect(page.locator('#p7')).toBeVisible();
      await expect(twinOf(page, 7)).toBeHidden();
    });

    turn.test('a link to ?view=both#p7 opens both at ¶7, a reload keeps them, and the twin ¶ number opens ¶7 of the twin page', async ({ page }) => {
      await page.goto(`${speechPath}?view=both#p7`);
      await expect(twinOf(page, 7)).toBeVisible();
      await expect(viewRadio(page, lang, 'both')).toBeChecked();
      await expectSideBySide(page, 7);
      await expectAtTop(page.locator('#p7'));

      await page.reload();
      await expect(twinOf(page, 7)).toBeVisible();
      await expect(viewRadio(page, lang, 'both')).toBeChecked();
      await expect(page).toHaveURL(new RegExp(`${speechPath}\\?view=both#p7$`));

      await twinOf(page, 7).locator('.para-number').click();
      await expect(page).toHaveURL(new RegExp(`/${twin}/speeches/${interview.id}/#p7$`));
      await expect(page.locator('.para:target')).toHaveAttribute('id', 'p7');
    });

    turn.test('a link to the twin alone at ¶7 (?view=<twin>#p7) opens with the twin ¶7 at the top', async ({ page }) => {
      await page.goto(`${speechPath}?view=${twin}#p7`);
      await expect(twinOf(page, 7)).toBeVisible();
      await expect(page.locator('#p7')).toBeHidden();
      await expectAtTop(twinOf(page, 7));
    });

    turn.test('on a phone the pairs stack, each original then its twin', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${speechPath}?view=both`);
      await expect(twinOf(page, 1)).toBeVisible();
      await expectStacked(page, Array.from({ length: paragraphCount }, (_, index) => index + 1));
    });

    turn.test('"both" prints both columns, even on a narrow page, and not the switch', async ({ page }) => {
      await page.setViewportSize({ width: 600, height: 900 });
      await page.goto(`${speechPath}?view=both`);
      await expect(twinOf(page, 7)).toBeVisible();
      await expectStacked(page, 7);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.parallel-switch')).toBeHidden();
      await expectSideBySide(page, 7);
    });

    turn.test('without JavaScript the switch stays hidden and the page reads as usual', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${speechPath}?view=both`);
      await expect(page.locator('#p7')).toBeVisible();
      await expect(page.locator('fieldset.parallel-switch')).toBeHidden();
      await expect(page.locator('.para-twin')).toHaveCount(0);
      await context.close();
    });

    turn.test('copy citation puts speaker, title, date, source, ¶ and address on the clipboard', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      await page.goto(speechPath);
      await page.locator('#p7').getByRole('button', { name: new RegExp(`^${labels[lang]!.cite}`) }).click();
      await expect(page.locator('[data-cite-status]')).not.toBeEmpty();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const title = (files.find((f) => f.collection === 'speeches' && f.lang === lang && f.id === interview.id)!.frontmatter as { title: string }).title;
      expect(copied).toContain('Phan Thăng An');
      expect(copied).toContain(`“${title}”`);
      expect(copied).toContain(labels[lang]!.publication);
      expect(copied).toContain('2026');
      expect(copied).toContain(labels[lang]!.paragraph);
      expect(copied).toMatch(new RegExp(`${speechPath.replaceAll('/', '\\/')}#p7$`));
    });

    turn.test('without a clipboard the citation opens selected for manual copy, by keyboard', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(speechPath);
      await page.locator('#p7').getByRole('button', { name: new RegExp(`^${labels[lang]!.cite}`) }).focus();
      await page.keyboard.press('Enter');
      const field = page.locator('dialog.cite-dialog textarea');
      await expect(field).toBeFocused();
      await expect(field).toHaveValue(new RegExp(`${labels[lang]!.paragraph}\\. .*#p7$`));
      expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog.cite-dialog')).toBeHidden();
    });

    turn.test('a three-passage reading list is shareable by its link and prints as a handout', async ({ page, browser, baseURL }) => {
      await page.goto(speechPath);
      for (const n of [3, 7, 14]) await page.locator(`#p${n}`).getByRole('button', { name: new RegExp(`^\\${labels[lang]!.add}`) }).click();
      await page.goto(`/${lang}/orientations/green-economic-restructuring/`);
      await page.getByRole('button', { name: labels[lang]!.addEntry }).click();
      await page.goto(`/${lang}/reading-list/`);
      const items = page.locator('.reading-items > li');
      await expect(items).toHaveCount(4);
      await expect(page).toHaveURL(new RegExp(`#items=speeches/${interview.id}/p3\\+speeches/${interview.id}/p7\\+speeches/${interview.id}/p14\\+orientations/green-economic-restructuring$`));
      await items.nth(3).getByRole('button', { name: new RegExp(`^${lang === 'vi' ? 'Bỏ' : 'Remove'}`) }).click();
      await expect(items).toHaveCount(3);
      const link = page.url();

      // Someone else opens the link: no shared storage, the address alone carries the list.
      const other = await browser.newContext({ baseURL: baseURL! });
      const theirs = await other.newPage();
      await theirs.goto(link);
      await expect(theirs.locator('.reading-items > li')).toHaveCount(3);
      await expect(theirs.locator('.reading-items > li').nth(1)).toContainText(labels[lang]!.paragraph);
      await expect(theirs.locator('.reading-item-citation').first()).toContainText('Phan Thăng An');
      await theirs.emulateMedia({ media: 'print' });
      await expect(theirs.locator('.reading-tools')).toBeHidden();
      await expect(theirs.locator('.reading-item-tools').first()).toBeHidden();
      await expect(theirs.locator('.site-header')).toBeHidden();
      await expect(theirs.locator('.reading-item-citation').first()).toBeVisible();
      await other.close();
    });

    turn.test('clearing the list can be undone, and each quoted translation is labelled as the editors\'', async ({ page }) => {
      const listed = `speeches/${interview.id}/p3+speeches/${interview.id}/p7+orientations/green-economic-restructuring`;
      await page.goto(`/${lang}/reading-list/#items=${listed}`);
      const items = page.locator('.reading-items > li');
      await expect(items).toHaveCount(3);
      // A quoted ¶ is labelled the editors' translation exactly where the list is in a translation.
      const quoted = page.locator('.reading-item-text');
      await expect(quoted).toHaveCount(2);
      await expect(page.locator('.reading-item-translation')).toHaveCount(lang === originalLang ? 0 : 2);
      if (lang !== originalLang) {
        await expect(page.locator('.reading-item-translation').first()).toHaveText(ui(lang, 'reading.translation'));
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.reading-item-translation').first()).toBeVisible();
        await page.emulateMedia({ media: 'screen' });
      }

      await page.getByRole('button', { name: ui(lang, 'reading.clear'), exact: true }).click();
      await expect(items).toHaveCount(0);
      await expect(page.locator('[data-reading-cleared]')).toContainText(ui(lang, 'reading.cleared', { count: '3' }));
      const undo = page.getByRole('button', { name: ui(lang, 'reading.undo'), exact: true });
      await expect(undo).toBeFocused();
      await undo.click();
      await expect(items).toHaveCount(3);
      await expect(page).toHaveURL(new RegExp(`#items=${listed.replaceAll('+', '\\+')}$`));
      await expect(undo).toBeHidden();
    });

    test.describe('with its requests held', () => {
      // A page.route sees the page's own requests only with no service worker answering them.
      test.use({ serviceWorkers: 'block' });

      turn.test('while a newly opened address is looked up, an edit of the list still shown neither writes it over the address nor replaces the new list', async ({ page }) => {
        const [first, second] = entriesInTwoShards(files, lang);
        await page.goto(`/${lang}/reading-list/#items=${first.key}/p2+${first.key}/p5`);
        const items = page.locator('.reading-items > li');
        await expect(items.locator('.reading-item-title a')).toHaveCount(2);
        // The new address's shard is held until the edits are made.
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(`**/${second.shardPath}`, async (route) => {
          await held;
          await route.continue();
        });
        const asked = page.waitForRequest(`**/${second.shardPath}`);
        await page.evaluate((hash) => (window.location.hash = hash), `#items=${second.key}/p3`);
        await asked;
        await items.first().getByRole('button', { name: new RegExp(`^${ui(lang, 'reading.remove')}:`) }).click();
        await page.getByRole('button', { name: ui(lang, 'reading.clear'), exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`#items=${second.key}/p3$`));
        release();
        await expect(items).toHaveCount(1);
        await expect(items.locator('.reading-item-title a')).not.toHaveText('');
        await expect(items).toContainText(ui(lang, 'para.label', { n: '3' }));
        await expect(page).toHaveURL(new RegExp(`#items=${second.key}/p3$`));
      });

      turn.test('a render of the old list that ends after a newly opened address is shown does not replace it', async ({ page }) => {
        const [first, second] = entriesInTwoShards(files, lang);
        // The first list's data.js is held until the second list is shown.
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        const firstData = `**/${lang}/${first.key}/data.js`;
        await page.route(firstData, async (route) => {
          await held;
          await route.continue();
        });
        const asked = page.waitForRequest(firstData);
        await page.goto(`/${lang}/reading-list/#items=${first.key}/p2`, { waitUntil: 'domcontentloaded' });
        await asked;
        await page.evaluate((hash) => (window.location.hash = hash), `#items=${second.key}/p3`);
        const items = page.locator('.reading-items > li');
        await expect(items.locator('.reading-item-title a')).toHaveCount(1);
        const arrived = page.waitForResponse(firstData);
        release();
        await arrived;
        // Room for the old render to finish: it must leave the new list as it is.
        await page.waitForTimeout(500);
        await expect(items).toHaveCount(1);
        await expect(items).not.toContainText(ui(lang, 'reading.missing'));
        await expect(items).toContainText(ui(lang, 'para.label', { n: '3' }));
        await expect(page).toHaveURL(new RegExp(`#items=${second.key}/p3$`));
      });
    });

    turn.test('the print stylesheet keeps ¶ numbers, source and citation and drops the chrome', async ({ page }) => {
      await page.goto(speechPath);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.locator('#p7 .para-number')).toBeVisible();
      await expect(page.locator('#p7 .para-tools')).toBeHidden();
      await expect(page.locator('.provenance dl.meta')).toContainText(labels[lang]!.publication);
      await expect(page.locator('.citation-line')).toBeVisible();
      await expect(page.locator('.citation-line')).toContainText('Phan Thăng An');
      // A linked phrase prints as the source's words alone: no underline, no "ĐH1" tag after it.
      const linked = page.locator('.speech-body a.ref').first();
      await expect(linked).toHaveCSS('text-decoration-line', 'none');
      expect(await linked.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
      await expect(page.locator('.ref-legend')).toBeHidden();
    });

    turn.test('every speech links its PDF handouts, and they are real PDFs', async ({ page, request }) => {
      for (const speech of speeches) {
        await page.goto(`/${lang}/speeches/${speech.id}/`);
        for (const { variant } of handoutsOf(languages, originalLang)) {
          const link = page.locator(`.handout-links a[href="/${handoutPath(speech.id, variant)}"]`);
          await expect(link).toHaveCount(1);
          const response = await request.get(`/${handoutPath(speech.id, variant)}`);
          expect(response.status()).toBe(200);
          const body = await response.body();
          expect(body.subarray(0, 5).toString()).toBe('%PDF-');
          expect(body.length).toBeGreaterThan(20_000);
        }
      }
    });
  });
}
