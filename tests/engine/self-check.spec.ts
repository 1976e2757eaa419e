/**
 * Self-check pages on the fixture site: an entry's review questions, the editors' answer revealed
 * from the keyboard, the link to the ¶ that holds it (highlighted on arrival), and a language the
 * entry is not translated into. Every expected value is read from the fixture's files and the
 * engine site's UI strings.
 */
import { answerPlace } from '../../src/lib/self-check';
import { questionFingerprint } from '../../src/lib/translation-status';
import { engineUi, fixtureFiles, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const files = fixtureFiles();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;
const fileOf = (collection: string, lang: string, id: string) => files.find((file) => file.collection === collection && file.lang === lang && file.id === id);

interface Question {
  question: string;
  answer: string;
  at: string;
  source?: string;
}
const questionsIn = (file: { frontmatter: Record<string, unknown> }) => (file.frontmatter['selfCheck'] ?? []) as Question[];
// The fixture's entries with questions, by their original's file.
const withQuestions = files.filter((file) => file.lang === original && questionsIn(file).length > 0);

test('the fixture has questions on a speech and on an entry not translated into every language, and an outdated translated question', () => {
  expect(withQuestions.map((file) => file.collection)).toContain('speeches');
  const translated = files.filter((file) => file.lang !== original && questionsIn(file).length > 0);
  expect(translated.some((file) => questionsIn(file).some((question, index) => question.source !== undefined && question.source !== questionFingerprint(questionsIn(fileOf(file.collection, original, file.id)!)[index]!)))).toBe(true);
  expect(withQuestions.some((file) => codes.some((code) => !fileOf(file.collection, code, file.id)))).toBe(true);
});

for (const entry of withQuestions) {
  for (const lang of codes) {
    const published = fileOf(entry.collection, lang, entry.id) ?? entry;
    const untranslated = published.lang !== lang;
    test(`${lang}: ${entry.collection}/${entry.id}: the self-check, from the entry's page to the answer's ¶`, async ({ page }) => {
      const ui = (key: string) => engineUi(lang, key);
      await page.goto(`/${lang}/${entry.collection}/${entry.id}/`);
      await page.getByRole('link', { name: ui('selfCheck.link'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/${entry.collection}/${entry.id}/self-check/$`));
      // Not in the search index: its main carries no data-pagefind-body.
      await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body');
      const notice = page.locator('.untranslated-notice');
      await expect(notice).toHaveCount(untranslated ? 1 : 0);

      const questions = questionsIn(published);
      const items = page.locator('.self-check-item');
      await expect(items).toHaveCount(questions.length);
      for (const [index, question] of questions.entries()) {
        const item = items.nth(index);
        // A translated question recorded from an earlier text of the original's says so.
        const outdated = !untranslated && lang !== original && question.source !== undefined && question.source !== questionFingerprint(questionsIn(entry)[index]!);
        await expect(item.locator('.para-outdated')).toHaveCount(outdated ? 1 : 0);
        if (outdated) await expect(item.locator('.para-outdated a')).toHaveAttribute('href', new RegExp(`/${original}/${entry.collection}/${entry.id}/self-check/#q${index + 1}$`));
        await expect(item.locator('.self-check-question')).toHaveText(question.question);
        if (untranslated) await expect(item.locator('.self-check-question')).toHaveAttribute('lang', original);
        else await expect(item.locator('.self-check-question')).not.toHaveAttribute('lang');
        // A place to write the answer, labelled.
        await expect(item.getByRole('textbox')).toBeVisible();
        // The answer is hidden until the reader opens it, from the keyboard.
        const answer = item.getByText(question.answer, { exact: true });
        await expect(answer).toBeHidden();
        const reveal = item.getByText(ui('selfCheck.reveal'), { exact: true });
        await reveal.focus();
        await page.keyboard.press('Enter');
        await expect(answer).toBeVisible();
        await expect(item.locator('.self-check-answer strong')).toHaveText(`${ui('selfCheck.answer')}:`);
        const place = answerPlace(entry.collection, entry.id, question.at)!;
        await expect(item.locator('a[data-self-check-answer]')).toHaveAttribute('href', new RegExp(`/${lang}/${place.collection}/${place.id}/#p${place.paragraph}$`));
        await expect(item.locator('a[data-self-check-answer]')).toContainText(`¶${place.paragraph}`);
      }

      // The last answer's link lands on its ¶, which the page marks as the target.
      const last = answerPlace(entry.collection, entry.id, questions.at(-1)!.at)!;
      await items.last().locator('a[data-self-check-answer]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/${last.collection}/${last.id}/#p${last.paragraph}$`));
      const target = page.locator(`#p${last.paragraph}`);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    });
  }
}
