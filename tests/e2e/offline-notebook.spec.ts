/**
 * The notebook and the Word export in the offline copy, opened from disk (file://): ¶ selected on a
 * speech page are kept and listed on the notebook page, and both the selected ¶ and the notebook
 * export to a .docx that reads back; the notebook's file exports too. No module script, no fetch:
 * the dialog, the Word export and the file work are classic scripts loaded from the copy.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readContentFiles } from '../../src/lib/content-files';
import { languages, originalLang } from '../../src/lib/languages';
import { ui } from '../support/offline';
import { paragraphTexts } from '../support/parallel';
import { expect, test } from './offline-fixtures';

const { files } = readContentFiles(process.cwd());
const interview = files.find((file) => file.collection === 'speeches' && file.lang === originalLang && (file.frontmatter as { format: string }).format === 'interview')!;
const speech = `speeches/${interview.id}`;

async function selectParagraphs(page: Page, from: number, to: number): Promise<void> {
  await page.evaluate(([first, last]) => {
    const start = document.querySelector(`#p${first} .para-text`)!;
    const end = document.querySelector(`#p${last} .para-text`)!;
    window.getSelection()!.setBaseAndExtent(start, 0, end, end.childNodes.length);
  }, [from, to]);
}

async function docxText(download: Download): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
  expect(result.messages).toEqual([]);
  return result.value;
}

for (const lang of languages) {
  test(`from disk (${lang}), selected ¶ go to the notebook and to Word, and the notebook exports to Word and to a file`, async ({ offlinePage: page, open }) => {
    const texts = paragraphTexts(lang, interview.id);
    await open(`${lang}/${speech}/index.html`);
    await selectParagraphs(page, 4, 5);
    await page.getByRole('button', { name: ui(lang, 'notebook.openTools') }).click();
    const dialog = page.getByRole('dialog', { name: ui(lang, 'notebook.toolsTitle') });
    await expect(dialog.getByLabel(ui(lang, 'notebook.paragraphsLabel'))).toHaveValue('4–5');
    const [selected] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: ui(lang, 'notebook.exportWord') }).click()]);
    const selectedText = await docxText(selected);
    for (const n of [4, 5]) expect(selectedText).toContain(texts.get(n)!);
    await dialog.getByLabel(ui(lang, 'notebook.noteLabel')).fill('Ghi chú ngoại tuyến.');
    await dialog.getByRole('button', { name: ui(lang, 'notebook.save') }).click();
    await expect(dialog.getByRole('status')).toHaveText(ui(lang, 'notebook.saved', { what: ui(lang, 'notebook.paragraphList', { list: '4–5' }) }));
    await dialog.getByRole('link', { name: ui(lang, 'notebook.open') }).click();

    await expect(page).toHaveURL(new RegExp(`/${lang}/notebook/index\\.html$`));
    const item = page.locator('.notebook-item');
    await expect(item).toHaveCount(1);
    await expect(item.locator('blockquote').first()).toHaveText(texts.get(4)!);
    await expect(item.getByLabel(ui(lang, 'notebook.note'))).toHaveValue('Ghi chú ngoại tuyến.');
    await expect(item.getByRole('link', { name: ui(lang, 'notebook.paragraphList', { list: '4–5' }) })).toHaveAttribute('href', `../../${lang}/${speech}/index.html#p4`);
    await page.reload();
    await expect(item).toHaveCount(1);

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui(lang, 'notebook.exportWord') }).click()]);
    const wordText = await docxText(word);
    expect(wordText).toContain(texts.get(5)!);
    expect(wordText).toContain(`${ui(lang, 'notebook.note')}: Ghi chú ngoại tuyến.`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui(lang, 'notebook.exportFile') }).click()]);
    const saved = JSON.parse(await readFile((await file.path())!, 'utf8')) as { version: number; items: unknown[] };
    expect(saved).toMatchObject({ version: 1, items: [{ collection: 'speeches', id: interview.id, paragraphs: [4, 5], note: 'Ghi chú ngoại tuyến.' }] });
  });
}
