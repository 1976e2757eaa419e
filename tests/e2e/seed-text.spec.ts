import { normalizeForComparison, seedBodyParagraphs, seedSpecs, sentences } from '../support/seed-body';
import { expect, test } from './fixtures';

for (const spec of seedSpecs) {
  test(`every body sentence of ${spec.file} appears verbatim on ${spec.page}`, async ({ page }) => {
    await page.goto(spec.page);
    const pageText = normalizeForComparison(await page.locator('main').innerText());
    const body = seedBodyParagraphs(spec);
    expect(body.length).toBeGreaterThan(5);
    const missing = body.flatMap(sentences).filter((sentence) => !pageText.includes(normalizeForComparison(sentence)));
    expect(missing).toEqual([]);
    if (spec.title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  });

  test(`${spec.file}: chrome and captions are not on ${spec.page}`, async ({ page }) => {
    await page.goto(spec.page);
    const bodyText = normalizeForComparison(await page.locator('.speech-body').innerText());
    for (const line of spec.notBody.filter((line) => line !== spec.title)) {
      expect(bodyText).not.toContain(normalizeForComparison(line));
    }
    expect(bodyText).not.toContain('Hotline');
    expect(bodyText).not.toContain('Bài liên quan');
    expect(bodyText).not.toContain('Tin bài có thể bạn quan tâm');
  });

  test(`${spec.page}: the English twin has a translation of every paragraph`, async ({ page }) => {
    await page.goto(spec.page);
    const viParagraphs = await page.locator('.para .para-text').allInnerTexts();
    await page.goto(spec.page.replace('/vi/', '/en/'));
    const enParagraphs = await page.locator('.para .para-text').allInnerTexts();
    expect(enParagraphs.length).toBe(viParagraphs.length);
    enParagraphs.forEach((text, index) => {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toBe(viParagraphs[index]);
    });
    // Proper names keep their diacritics in English.
    const english = await page.locator('main').innerText();
    expect(english).toMatch(/Cao Bằng/);
    expect(english).not.toMatch(/Cao Bang\b/);
  });
}
