/**
 * The assignment on the reading list page (src/scripts/reading-list/assignment.ts), as the served
 * and the offline tests write it, read it back and scan its QR code.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { formatDate } from '../../src/lib/dates';
import { ui } from './offline';

/** An assignment as a teacher would write one, with Vietnamese marks and a line break. */
export const sampleAssignment = {
  title: 'Bài thu hoạch: Cao Bằng sau Đại hội XIV',
  instructions: 'Đọc ba đoạn dưới đây.\nGhi ý chính của từng đoạn.',
  questions: ['Khâu đột phá nào được nêu?', 'Vì sao “thế trận lòng dân” quan trọng?', 'Tỉnh cần làm gì trước hết?'],
  due: '2026-03-20',
};

/** The due date as the page's language writes it, from the site's declared patterns. */
export function dueText(lang: string, due = sampleAssignment.due): string {
  return ui(lang, 'assignment.due', {
    date: formatDate(new Date(`${due}T00:00:00Z`), lang),
  });
}

/**
 * Writes `sampleAssignment` on the list page through its editor, as a teacher would: the questions
 * typed out of order, then moved up, and a stray one removed, so reordering and removal are used.
 */
export async function writeAssignment(page: Page, lang: string): Promise<void> {
  // The fieldset's hidden legend says the same words; the summary is what a teacher presses.
  await page.locator('summary', { hasText: ui(lang, 'assignment.summary') }).click();
  await page.getByLabel(ui(lang, 'assignment.titleLabel'), { exact: true }).fill(sampleAssignment.title);
  await page.getByLabel(ui(lang, 'assignment.instructionsLabel'), { exact: true }).fill(sampleAssignment.instructions);
  await page.getByLabel(ui(lang, 'assignment.dueLabel'), { exact: true }).fill(sampleAssignment.due);
  const [first, second, third] = sampleAssignment.questions;
  const add = page.getByRole('button', {
    name: ui(lang, 'assignment.addQuestion'),
    exact: true,
  });
  const question = (n: number) =>
    page.getByLabel(ui(lang, 'assignment.questionLabel', { n: String(n) }), {
      exact: true,
    });
  for (const [n, text] of [second, first, 'xoá câu này', third].entries()) {
    await add.click();
    await expect(question(n + 1)).toBeFocused();
    await question(n + 1).fill(text!);
  }
  await page
    .getByRole('button', {
      name: `${ui(lang, 'reading.up')}: ${ui(lang, 'assignment.questionLabel', { n: '2' })}`,
    })
    .click();
  await page
    .getByRole('button', {
      name: `${ui(lang, 'reading.remove')}: ${ui(lang, 'assignment.questionLabel', { n: '3' })}`,
    })
    .click();
  await expect(question(3)).toHaveValue(third!);
}

/** Checks that the page shows `sampleAssignment` read-only, with the editor folded. */
export async function expectAssignmentShown(page: Page, lang: string): Promise<void> {
  const view = page.locator('[data-assignment-view]');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(sampleAssignment.title);
  await expect(view.locator('[data-assignment-due]')).toHaveText(dueText(lang));
  await expect(view.locator('[data-assignment-due] time')).toHaveAttribute('datetime', sampleAssignment.due);
  await expect(view.locator('[data-assignment-instructions]')).toHaveText(sampleAssignment.instructions);
  await expect(page.locator('[data-assignment-questions] .assignment-question-text')).toHaveText(sampleAssignment.questions);
  await expect(page.locator('[data-assignment-editor]')).not.toHaveAttribute('open');
}

/** The text of the QR code in `code` as it renders now (print media included), read back by jsQR from a screenshot. */
export async function decodeQr(page: Page, code: Locator): Promise<string | undefined> {
  const png = (await code.screenshot()).toString('base64');
  // The browser decodes its own PNG and hands back the pixels, base64 (a plain array would be slow to pass).
  const { pixels, width, height } = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let start = 0; start < data.length; start += 0x8000) binary += String.fromCharCode(...data.subarray(start, start + 0x8000));
    return { pixels: btoa(binary), width: bitmap.width, height: bitmap.height };
  }, png);
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height)?.data;
}
