import { readContentFiles } from '../../src/lib/content-files';
import { handoutPath, handoutVariants } from '../../src/lib/handouts';
import { languages } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { expect, test } from './fixtures';

const { files } = readContentFiles(process.cwd());
const speeches = files.filter((file) => file.collection === 'speeches' && file.lang === 'vi');
const interview = speeches.find((file) => (file.frontmatter as { format: string }).format === 'interview')!;
const paragraphCount = speechParagraphs(interview.body).length;
const labels = {
  vi: { cite: 'Trích dẫn', add: '+ Danh sách đọc', addEntry: '+ Thêm cả văn bản vào danh sách đọc', paragraph: 'Đoạn 7', publication: 'Tạp chí Dân chủ và Pháp luật' },
  en: { cite: 'Cite', add: '+ Reading list', addEntry: '+ Add the whole text to the reading list', paragraph: 'Paragraph 7', publication: 'Tạp chí Dân chủ và Pháp luật' },
};

for (const lang of languages) {
  const speechPath = `/${lang}/speeches/${interview.id}/`;

  test.describe(`reading tools (${lang})`, () => {
    test('the parallel view aligns every ¶ pair, toggles languages and stacks on a phone', async ({ page }) => {
      await page.goto(`${speechPath}parallel/`);
      const other = lang === 'vi' ? 'en' : 'vi';
      const own = (n: number) => page.locator(`#p${n}`);
      const twin = (n: number) => page.locator(`#${other}-p${n}`);
      for (let n = 1; n <= paragraphCount; n++) {
        const [a, b] = [await own(n).boundingBox(), await twin(n).boundingBox()];
        expect(Math.abs(a!.y - b!.y), `¶${n} pair starts on one line`).toBeLessThan(2);
        expect(a!.x).not.toBe(b!.x);
      }
      await page.getByLabel(lang === 'vi' ? 'Tiếng Việt' : 'Vietnamese', { exact: true }).check();
      await expect(page.locator('#' + (lang === 'vi' ? 'en-p1' : 'p1'))).toBeHidden();
      await page.getByLabel(lang === 'vi' ? 'Cả hai' : 'Both', { exact: true }).check();
      await expect(twin(1)).toBeVisible();

      await page.setViewportSize({ width: 390, height: 800 });
      const [vi1, en1, vi2] = [await page.locator('.para--vi[data-para="1"]').boundingBox(), await page.locator('.para--en[data-para="1"]').boundingBox(), await page.locator('.para--vi[data-para="2"]').boundingBox()];
      expect(en1!.y).toBeGreaterThan(vi1!.y);
      expect(vi2!.y).toBeGreaterThan(en1!.y);
    });

    test('copy citation puts speaker, title, date, source, ¶ and address on the clipboard', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      await page.goto(speechPath);
      await page.locator('#p7').getByRole('button', { name: new RegExp(`^${labels[lang].cite}`) }).click();
      await expect(page.locator('[data-cite-status]')).not.toBeEmpty();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const title = (files.find((f) => f.collection === 'speeches' && f.lang === lang && f.id === interview.id)!.frontmatter as { title: string }).title;
      expect(copied).toContain('Phan Thăng An');
      expect(copied).toContain(`“${title}”`);
      expect(copied).toContain(labels[lang].publication);
      expect(copied).toContain('2026');
      expect(copied).toContain(labels[lang].paragraph);
      expect(copied).toMatch(new RegExp(`${speechPath.replaceAll('/', '\\/')}#p7$`));
    });

    test('without a clipboard the citation opens selected for manual copy, by keyboard', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(speechPath);
      await page.locator('#p7').getByRole('button', { name: new RegExp(`^${labels[lang].cite}`) }).focus();
      await page.keyboard.press('Enter');
      const field = page.locator('dialog.cite-dialog textarea');
      await expect(field).toBeFocused();
      await expect(field).toHaveValue(new RegExp(`${labels[lang].paragraph}\\. .*#p7$`));
      expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog.cite-dialog')).toBeHidden();
    });

    test('a three-passage reading list is shareable by its link and prints as a handout', async ({ page, browser, baseURL }) => {
      await page.goto(speechPath);
      for (const n of [3, 7, 14]) await page.locator(`#p${n}`).getByRole('button', { name: new RegExp(`^\\${labels[lang].add}`) }).click();
      await page.goto(`/${lang}/orientations/green-economic-restructuring/`);
      await page.getByRole('button', { name: labels[lang].addEntry }).click();
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
      await expect(theirs.locator('.reading-items > li').nth(1)).toContainText(labels[lang].paragraph);
      await expect(theirs.locator('.reading-item-citation').first()).toContainText('Phan Thăng An');
      await theirs.emulateMedia({ media: 'print' });
      await expect(theirs.locator('.reading-tools')).toBeHidden();
      await expect(theirs.locator('.reading-item-tools').first()).toBeHidden();
      await expect(theirs.locator('.site-header')).toBeHidden();
      await expect(theirs.locator('.reading-item-citation').first()).toBeVisible();
      await other.close();
    });

    test('the print stylesheet keeps ¶ numbers, source and citation and drops the chrome', async ({ page }) => {
      await page.goto(speechPath);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.locator('#p7 .para-number')).toBeVisible();
      await expect(page.locator('#p7 .para-tools')).toBeHidden();
      await expect(page.locator('dl.meta')).toContainText(labels[lang].publication);
      await expect(page.locator('.citation-line')).toBeVisible();
      await expect(page.locator('.citation-line')).toContainText('Phan Thăng An');
    });

    test('every speech links its PDF handouts, and they are real PDFs', async ({ page, request }) => {
      for (const speech of speeches) {
        await page.goto(`/${lang}/speeches/${speech.id}/`);
        for (const variant of handoutVariants) {
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
