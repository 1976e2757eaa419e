/**
 * The notebook and the Word export in Chromium, on the served site, the languages taken in turn: ¶ picked by
 * selecting text on a speech page, kept with a note across reloads, listed by text with their words
 * from data.js; the .docx of selected ¶ and of the notebook read back with mammoth; the notebook
 * file exported, cleared (after a confirmation) and imported again; a bad file said to be bad.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readContentFiles } from '../../src/lib/content-files';
import { languages, originalLang } from '../../src/lib/languages';
import { violationsOn } from '../support/axe';
import { builtSiteUrl } from '../support/gates/site-url';
import { ui } from '../support/offline';
import { paragraphTexts } from '../support/parallel';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const interview = files.find((file) => file.collection === 'speeches' && file.lang === originalLang && (file.frontmatter as { format: string }).format === 'interview')!;
const speech = `speeches/${interview.id}`;
const siteUrl = builtSiteUrl();
/** The interview's title as a language's file gives it. */
const titleIn = (lang: string) => (files.find((file) => file.collection === 'speeches' && file.lang === lang && file.id === interview.id)!.frontmatter as { title: string }).title;
const address = (lang: string, n: number) => (siteUrl ? `${siteUrl}/${lang}/${speech}/#p${n}` : `#p${n}`);

/** Selects the page's text from the start of ¶`from` to the end of ¶`to`, as a reader dragging across them. */
async function selectParagraphs(page: Page, from: number, to: number): Promise<void> {
  await page.evaluate(([first, last]) => {
    const start = document.querySelector(`#p${first} .para-text`)!;
    const end = document.querySelector(`#p${last} .para-text`)!;
    window.getSelection()!.setBaseAndExtent(start, 0, end, end.childNodes.length);
  }, [from, to]);
}

/** The text of a downloaded .docx, as HTML (Word's Title style as <h1 class="title">). */
async function docxHtml(download: Download): Promise<string> {
  const buffer = await readFile((await download.path())!);
  const result = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
  expect(result.messages).toEqual([]);
  return result.value;
}

/** What mammoth writes for a text: its HTML escapes. */
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  test.describe(`notebook (${lang})`, () => {
    const texts = paragraphTexts(lang, interview.id);
    const speechPath = `/${lang}/${speech}/`;
    const toolsButton = (page: Page) => page.getByRole('button', { name: ui(lang, 'notebook.openTools') });
    const dialog = (page: Page) => page.getByRole('dialog', { name: ui(lang, 'notebook.toolsTitle') });

    turn.test('¶ selected on a speech page are kept with a note, listed by text with their words, and stay through reloads', async ({ page }) => {
      await page.goto(speechPath);
      await selectParagraphs(page, 3, 5);
      await toolsButton(page).click();
      const field = dialog(page).getByLabel(ui(lang, 'notebook.paragraphsLabel'));
      await expect(field).toHaveValue('3–5');
      await expect(field).toBeFocused();
      await dialog(page).getByLabel(ui(lang, 'notebook.noteLabel')).fill('Đọc kỹ trước buổi sinh hoạt chi bộ.');
      await dialog(page).getByRole('button', { name: ui(lang, 'notebook.save') }).click();
      await expect(dialog(page).getByRole('status')).toHaveText(ui(lang, 'notebook.saved', { what: ui(lang, 'notebook.paragraphList', { list: '3–5' }) }));
      // A ¶ typed, and one that is not there: refused, saying which ¶ the text has.
      await field.fill('9, 999');
      await dialog(page).getByRole('button', { name: ui(lang, 'notebook.save') }).click();
      await expect(dialog(page).getByRole('alert')).toContainText('999');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await field.fill('9');
      await dialog(page).getByLabel(ui(lang, 'notebook.noteLabel')).fill('');
      await dialog(page).getByRole('button', { name: ui(lang, 'notebook.save') }).click();
      await expect(dialog(page).getByRole('status')).toHaveText(ui(lang, 'notebook.saved', { what: ui(lang, 'para.label', { n: '9' }) }));
      await dialog(page).getByRole('link', { name: ui(lang, 'notebook.open') }).click();

      await expect(page).toHaveURL(new RegExp(`/${lang}/notebook/$`));
      const text = page.locator('.notebook-text');
      await expect(text).toHaveCount(1);
      await expect(text.getByRole('heading', { level: 2 })).toHaveText(titleIn(lang));
      const items = text.locator('.notebook-item');
      await expect(items).toHaveCount(2);
      // Each ¶'s words come from the entry's data, as the page shows them; the note is the reader's, in a field of its own.
      const quotes = items.first().locator('blockquote');
      await expect(quotes).toHaveCount(3);
      for (const [index, n] of [3, 4, 5].entries()) await expect(quotes.nth(index)).toHaveText(texts.get(n)!);
      await expect(items.first().locator('.notebook-citation').first()).toContainText(address(lang, 3));
      const note = items.first().getByLabel(ui(lang, 'notebook.note'));
      await expect(note).toHaveValue('Đọc kỹ trước buổi sinh hoạt chi bộ.');
      await expect(items.first().getByRole('link', { name: ui(lang, 'notebook.paragraphList', { list: '3–5' }) })).toHaveJSProperty('href', new URL(`/${lang}/${speech}/#p3`, page.url()).href);
      await note.fill('Ghi chú đã sửa.');
      await page.reload();
      await expect(items).toHaveCount(2);
      await expect(items.first().getByLabel(ui(lang, 'notebook.note'))).toHaveValue('Ghi chú đã sửa.');
      expect(await violationsOn(page)).toEqual([]);

      await items.nth(1).getByRole('button', { name: ui(lang, 'notebook.remove') }).click();
      await expect(items).toHaveCount(1);
      await page.reload();
      await expect(items).toHaveCount(1);
    });

    turn.test('selected ¶ export to Word with the speech\'s title, speaker, source and each ¶\'s citation', async ({ page }) => {
      await page.goto(speechPath);
      const title = (await page.locator('article h1').textContent())!.trim();
      const publication = (await page.locator('.provenance dd').first().textContent())!.trim();
      await selectParagraphs(page, 6, 7);
      await toolsButton(page).click();
      await expect(dialog(page).getByLabel(ui(lang, 'notebook.paragraphsLabel'))).toHaveValue('6–7');
      const [download] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: ui(lang, 'notebook.exportWord') }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const text = await docxHtml(download);
      expect(text).toContain(`<h1 class="title">${html(title)}</h1>`);
      expect(text).toContain('Phan Thăng An');
      expect(text).toContain(html(publication));
      for (const n of [6, 7]) {
        expect(text).toContain(`<strong>${ui(lang, 'para.label', { n: String(n) })}. </strong>`);
        expect(text).toContain(html(texts.get(n)!));
        expect(text).toContain(address(lang, n));
      }
      expect(text).not.toContain(html(texts.get(8)!));
      // A translation's ¶ say they are the editors' translation, as the page does.
      expect(text.includes(ui(lang, 'reading.translation'))).toBe(lang !== originalLang);
    });

    turn.test('the notebook exports to a file that imports again, clears only after asking, and says what a bad file lacks', async ({ page }, testInfo) => {
      await page.goto(speechPath);
      await selectParagraphs(page, 2, 2);
      await toolsButton(page).click();
      await dialog(page).getByLabel(ui(lang, 'notebook.noteLabel')).fill('Ý chính.');
      await dialog(page).getByRole('button', { name: ui(lang, 'notebook.save') }).click();
      await expect(dialog(page).getByRole('status')).not.toBeEmpty();
      await page.goto(`/${lang}/notebook/`);
      const items = page.locator('.notebook-item');
      await expect(items).toHaveCount(1);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui(lang, 'notebook.exportFile') }).click()]);
      const file = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(file);
      const saved = JSON.parse(await readFile(file, 'utf8')) as { version: number; items: { collection: string; id: string; paragraphs: number[]; note: string }[] };
      expect(saved.version).toBe(1);
      expect(saved.items).toMatchObject([{ collection: 'speeches', id: interview.id, paragraphs: [2], note: 'Ý chính.' }]);

      // Dismissed, the notebook stays; accepted, it goes.
      page.once('dialog', (question) => {
        expect(question.type()).toBe('confirm');
        expect(question.message()).toBe(ui(lang, 'notebook.clearConfirm', { count: '1' }));
        void question.dismiss();
      });
      await page.getByRole('button', { name: ui(lang, 'notebook.clear') }).click();
      await expect(items).toHaveCount(1);
      page.once('dialog', (question) => void question.accept());
      await page.getByRole('button', { name: ui(lang, 'notebook.clear') }).click();
      await expect(items).toHaveCount(0);
      await expect(page.getByText(ui(lang, 'notebook.empty'))).toBeVisible();
      await page.reload();
      await expect(items).toHaveCount(0);

      // Another device: the file imports, merging; its note is back.
      await page.getByLabel(ui(lang, 'notebook.importLabel')).setInputFiles(file);
      await expect(items).toHaveCount(1);
      await expect(items.first().getByLabel(ui(lang, 'notebook.note'))).toHaveValue('Ý chính.');
      await expect(page.locator('[data-notebook-status]')).toHaveText(ui(lang, 'notebook.imported', { count: '1', file: download.suggestedFilename() }));

      // A file with one good bookmark, one on a text this library lacks and one that is not a bookmark at all.
      const mixed = { ...saved, items: [{ collection: 'speeches', id: interview.id, paragraphs: [4], note: '' }, { collection: 'speeches', id: 'not-in-library', paragraphs: [1] }, '<script>alert(1)</script>'] };
      await page.getByLabel(ui(lang, 'notebook.importLabel')).setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mixed)) });
      await expect(items).toHaveCount(2);
      await expect(page.locator('[data-notebook-problems] li')).toHaveText([ui(lang, 'notebook.importUnknown', { n: '2' }), ui(lang, 'notebook.importShape', { n: '3' })]);
      await page.getByLabel(ui(lang, 'notebook.importLabel')).setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html></html>') });
      await expect(page.locator('[data-notebook-problems] li')).toHaveText([ui(lang, 'notebook.importNotJson', { file: 'page.html' })]);
      await expect(items).toHaveCount(2);
    });

    turn.test('a whole text without numbered ¶ (an orientation) is kept whole, shown by the editors\' summary labelled as theirs', async ({ page }) => {
      await page.goto(`/${lang}/orientations/green-economic-restructuring/`);
      await toolsButton(page).click();
      await expect(dialog(page).getByLabel(ui(lang, 'notebook.paragraphsLabel'))).toHaveCount(0);
      await expect(dialog(page).getByLabel(ui(lang, 'notebook.noteLabel'))).toBeFocused();
      await dialog(page).getByRole('button', { name: ui(lang, 'notebook.save') }).click();
      await expect(dialog(page).getByRole('status')).toHaveText(ui(lang, 'notebook.saved', { what: ui(lang, 'notebook.wholeText') }));
      await page.goto(`/${lang}/notebook/`);
      const item = page.locator('.notebook-item');
      await expect(item).toHaveCount(1);
      await expect(item.locator('.notebook-summary strong')).toHaveText(`${ui(lang, 'meta.summary')}:`);
      await expect(item.getByRole('link', { name: ui(lang, 'notebook.wholeText') })).toHaveJSProperty('href', new URL(`/${lang}/orientations/green-economic-restructuring/`, page.url()).href);
    });

    turn.test('the notebook exports to Word: each text a heading, its ¶ with citations, the reader\'s note labelled as theirs', async ({ page }) => {
      await page.goto(speechPath);
      await selectParagraphs(page, 10, 10);
      await toolsButton(page).click();
      await dialog(page).getByLabel(ui(lang, 'notebook.noteLabel')).fill('Liên hệ với nghị quyết của chi bộ.');
      await dialog(page).getByRole('button', { name: ui(lang, 'notebook.save') }).click();
      await expect(dialog(page).getByRole('status')).not.toBeEmpty();
      await page.goto(`/${lang}/notebook/`);
      await expect(page.locator('.notebook-item')).toHaveCount(1);
      const heading = (await page.locator('.notebook-text h2').textContent())!.trim();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui(lang, 'notebook.exportWord') }).click()]);
      const text = await docxHtml(download);
      expect(text).toContain(`<h1 class="title">${html(ui(lang, 'notebook.title'))}</h1>`);
      expect(text).toContain(`<h1>${html(heading)}</h1>`);
      expect(text).toContain(html(texts.get(10)!));
      expect(text).toContain(address(lang, 10));
      expect(text).toContain(`<strong>${html(ui(lang, 'notebook.note'))}: </strong><em>Liên hệ với nghị quyết của chi bộ.</em>`);
    });
  });
}
