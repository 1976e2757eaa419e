/**
 * Assignments on the reading list page, served: written by a teacher, carried by the link alone,
 * shown read-only to a student, printed as a worksheet with a QR code that scans back to the
 * address, in one language or both side by side per ¶; hostile assignment parts are left out with
 * a notice. Any console error or uncaught exception fails a test (./fixtures.ts).
 */
import { readFile } from 'node:fs/promises';
import { deflateSync, strToU8 } from 'fflate';
import mammoth from 'mammoth';
import { readContentFiles } from '../../src/lib/content-files';
import { languages, originalLang } from '../../src/lib/languages';
import { decodeQr, dueText, expectAssignmentShown, sampleAssignment, writeAssignment } from '../support/assignment';
import { violationsOn } from '../support/axe';
import { builtSiteUrl } from '../support/gates/site-url';
import { ui } from '../support/offline';
import { comparedWith, paragraphTexts } from '../support/parallel';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const interview = files.find(
  (file) => file.collection === 'speeches' && file.lang === originalLang && (file.frontmatter as { format: string }).format === 'interview',
)!;
const orientation = files.find((file) => file.collection === 'orientations' && file.lang === originalLang)!;
const listed = `speeches/${interview.id}/p3+speeches/${interview.id}/p7+orientations/${orientation.id}`;

/** A version-1 assignment part made from any JSON text, as a hostile address could carry it. */
const payload = (json: string, version = '1') => `${version}.${Buffer.from(deflateSync(strToU8(json))).toString('base64url')}`;

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  const listPath = `/${lang}/reading-list/`;

  test.describe(`assignments (${lang})`, () => {
    turn.test('an assignment written on the list travels in its link: a fresh browser shows the same title, instructions, questions, due date and items', async ({
      page,
      browser,
      baseURL,
    }) => {
      await page.goto(`${listPath}#items=${listed}`);
      await expect(page.locator('.reading-items > li')).toHaveCount(3);
      // A reader who only keeps a list sees the assignment folded.
      await expect(page.locator('[data-assignment-editor]')).not.toHaveAttribute('open');
      await writeAssignment(page, lang);
      await expect(page).toHaveURL(new RegExp(`#items=${listed.replaceAll('+', '\\+')}&assignment=1\\.[A-Za-z0-9_-]+$`));
      const link = await page.getByLabel(ui(lang, 'reading.linkLabel'), { exact: true }).inputValue();
      expect(link).toBe(page.url());

      const other = await browser.newContext({ baseURL: baseURL! });
      const theirs = await other.newPage();
      await theirs.goto(link);
      await expectAssignmentShown(theirs, lang);
      await expect(theirs.locator('.reading-items > li')).toHaveCount(3);
      await expect(theirs.locator('.reading-items > li').nth(1)).toContainText(ui(lang, 'para.label', { n: '7' }));
      // Editing is still there, filled with what the link carries.
      await theirs.locator('summary', { hasText: ui(lang, 'assignment.summary') }).click();
      await expect(theirs.getByLabel(ui(lang, 'assignment.titleLabel'), { exact: true })).toHaveValue(sampleAssignment.title);
      await expect(theirs.getByLabel(ui(lang, 'assignment.dueLabel'), { exact: true })).toHaveValue(sampleAssignment.due);
      await expect(theirs.locator('[data-assignment-question-fields] textarea')).toHaveCount(3);
      await other.close();
    });

    test.describe('on paper', () => {
      // A printer's dots, not a screen's pixels: at 96 dpi a 45 mm code has under two pixels a module.
      test.use({ deviceScaleFactor: 3 });

      turn.test('printed, an assignment is a worksheet: title, due date, instructions, cited passages, questions with ruled room, and a QR code of its address', async ({
        page,
      }) => {
        await page.goto(`${listPath}#items=${listed}`);
        await writeAssignment(page, lang);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.reading-tools')).toBeHidden();
        await expect(page.locator('[data-assignment-editor]')).toBeHidden();
        await expect(page.locator('[data-assignment-view] h2')).toHaveText(sampleAssignment.title);
        await expect(page.locator('[data-assignment-due]')).toHaveText(dueText(lang));
        await expect(page.locator('.reading-item-citation')).toHaveCount(2);
        await expect(page.locator('.reading-item-citation').first()).toBeVisible();
        await expect(page.locator('.reading-item-citation').first()).toContainText(ui(lang, 'para.label', { n: '3' }).toLowerCase().split(' ')[0]!, {
          ignoreCase: true,
        });
        const questions = page.locator('[data-assignment-questions] .assignment-question');
        await expect(questions).toHaveCount(3);
        for (const [index, question] of sampleAssignment.questions.entries()) {
          await expect(questions.nth(index).locator('.assignment-question-text')).toHaveText(question);
          await expect(questions.nth(index).locator('.assignment-answer-line')).toHaveCount(6);
          await expect(questions.nth(index).locator('.assignment-answer-line').first()).toBeVisible();
        }
        const code = page.locator('[data-assignment-qr-code]');
        await expect(code.locator('svg')).toBeVisible();
        const address = `${builtSiteUrl() ?? new URL(page.url()).origin}${listPath}${new URL(page.url()).hash}`;
        expect(await decodeQr(page, code)).toBe(address);
        // On paper the QR code is printed at 45 mm, large enough for a phone's camera.
        expect((await code.boundingBox())!.width).toBeGreaterThan(150);
      });
    });

    turn.test("a list prints in both languages side by side per ¶, each column in its language, a translation labelled the editors'", async ({ page }) => {
      const twin = comparedWith(lang);
      await page.goto(`${listPath}#items=${listed}`);
      await page
        .getByRole('radio', {
          name: ui(lang, 'reading.bothLanguages', { language: '' }).trim(),
          exact: false,
        })
        .check();
      const pairs = page.locator('.reading-item-pair');
      await expect(pairs).toHaveCount(2);
      for (const [index, n] of [3, 7].entries()) {
        const columns = pairs.nth(index).locator('.reading-item-column');
        await expect(columns).toHaveCount(2);
        await expect(columns.nth(0)).toHaveAttribute('lang', lang);
        await expect(columns.nth(1)).toHaveAttribute('lang', twin);
        await expect(columns.nth(0).locator('blockquote')).toHaveText(paragraphTexts(lang, interview.id).get(n)!);
        await expect(columns.nth(1).locator('blockquote')).toHaveText(paragraphTexts(twin, interview.id).get(n)!);
        const translated = lang === originalLang ? columns.nth(1) : columns.nth(0);
        await expect(translated.locator('.reading-item-translation')).toHaveText(ui(lang, 'reading.translation'));
        await expect(columns.nth(lang === originalLang ? 0 : 1).locator('.reading-item-translation')).toHaveCount(0);
      }
      await page.emulateMedia({ media: 'print' });
      const [left, right] = await Promise.all([0, 1].map((column) => pairs.first().locator('.reading-item-column').nth(column).boundingBox()));
      expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
      expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
    });

    turn.test('exported to Word, an assignment reads back with its title, due date, instructions, passages, citations and questions', async ({ page }) => {
      await page.goto(`${listPath}#items=${listed}`);
      await writeAssignment(page, lang);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: ui(lang, 'notebook.exportWord'), exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const result = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
      expect(result.messages).toEqual([]);
      const text = result.value;
      const order = [
        sampleAssignment.title,
        dueText(lang).split(': ')[1]!,
        sampleAssignment.instructions.split('\n')[0]!,
        paragraphTexts(lang, interview.id).get(3)!.slice(0, 60),
        paragraphTexts(lang, interview.id).get(7)!.slice(0, 60),
        ...sampleAssignment.questions,
      ];
      const positions = order.map((part) => text.indexOf(part));
      expect(
        positions.every((position) => position >= 0),
        JSON.stringify({ order, positions }),
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      await expect(page.locator('[data-reading-announce]')).toHaveText(ui(lang, 'notebook.exported', { file: download.suggestedFilename() }));
    });

    test.describe("before the list's lookup settles", () => {
      // A page.route sees the page's own requests only with no service worker answering them.
      test.use({ serviceWorkers: 'block' });

      turn.test('Word pressed before the lookup settles waits for it, and exports the passages', async ({ page }) => {
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/_known/**', async (route) => {
          await held;
          await route.continue();
        });
        const asked = page.waitForRequest('**/_known/**');
        await page.goto(`${listPath}#items=${listed}`, { waitUntil: 'domcontentloaded' });
        await asked;
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: ui(lang, 'notebook.exportWord'), exact: true }).click();
        // The tools are loaded and the export pressed while the shard is still held.
        await page.waitForFunction(() => Boolean((window as { readingListTools?: unknown }).readingListTools));
        release();
        const result = await mammoth.extractRawText({ buffer: await readFile((await (await download).path())!) });
        expect(result.value).toContain(paragraphTexts(lang, interview.id).get(3)!.slice(0, 60));
        expect(result.value).toContain(paragraphTexts(lang, interview.id).get(7)!.slice(0, 60));
      });
    });

    turn.test("a list opened with no address brings this device's assignment back, however late the tools are opened", async ({ page }) => {
      const title = 'Bài tập về nhà';
      await page.goto(`/${lang}/`);
      await page.evaluate(
        ([items, part]) => {
          localStorage.setItem('reading-list', `#items=${items}`);
          localStorage.setItem('reading-list-assignment', part!);
        },
        [listed, payload(JSON.stringify({ t: title }))],
      );
      await page.goto(listPath);
      // The list is shown from this device's scratch list, and written into the address, before the tools are opened.
      await expect(page.locator('.reading-items > li .reading-item-title a')).toHaveCount(3);
      await expect(page).toHaveURL(/#items=/);
      await page.locator('summary', { hasText: ui(lang, 'assignment.summary') }).click();
      await expect(page.getByLabel(ui(lang, 'assignment.titleLabel'), { exact: true })).toHaveValue(title);
      await expect(page).toHaveURL(new RegExp(`#items=${listed.replaceAll('+', '\\+')}&assignment=1\\.[A-Za-z0-9_-]+$`));
    });

    turn.test('hostile assignment parts are left out with a notice, the items kept, and nothing in them runs', async ({ page }) => {
      const notice = page.locator('[data-assignment-notice]');
      const cases: [string, string][] = [
        ['1.@@@@', ui(lang, 'assignment.skippedUnreadable')],
        [payload('{"t":"unclosed'), ui(lang, 'assignment.skippedUnreadable')],
        [payload(JSON.stringify({ t: 'x'.repeat(3_000_000) })), ui(lang, 'assignment.skippedUnreadable')],
        [`1.${'A'.repeat(20_000)}`, ui(lang, 'assignment.skippedTooLong')],
        [payload('{"t":"x"}', '9'), ui(lang, 'assignment.skippedVersion', { version: '9' })],
      ];
      for (const [part, message] of cases) {
        await page.goto('about:blank');
        await page.goto(`${listPath}#items=${listed}&assignment=${part}`);
        await expect(notice).toHaveText(message);
        await expect(page.locator('.reading-items > li')).toHaveCount(3);
        await expect(page.locator('[data-assignment-view]')).toBeHidden();
      }
      // A field of the wrong shape is left out alone; markup in a good one stays text.
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      const markup = '<img src=x onerror=alert(1)>';
      await page.goto('about:blank');
      await page.goto(`${listPath}#items=${listed}&assignment=${payload(JSON.stringify({ t: markup, q: ['Một?', 7], d: 'tomorrow' }))}`);
      await expect(notice).toHaveText(
        ui(lang, 'assignment.skippedFields', {
          fields: [ui(lang, 'assignment.questionsLegend'), ui(lang, 'assignment.dueLabel')].join(', '),
        }),
      );
      await expect(page.locator('[data-assignment-view] h2')).toHaveText(markup);
      await expect(page.locator('[data-assignment-view] img, [data-assignment-questions] img')).toHaveCount(0);
      await expect(page.locator('[data-assignment-questions] .assignment-question-text')).toHaveText(['Một?']);
      expect(dialogs).toBe(0);
    });

    turn.test('the list page with the assignment open and filled has no WCAG 2.2 A/AA violations', async ({ page }) => {
      await page.goto(`${listPath}#items=${listed}`);
      await writeAssignment(page, lang);
      await expect(page.locator('[data-assignment-editor]')).toHaveAttribute('open');
      expect(await violationsOn(page)).toEqual([]);
    });
  });
}
