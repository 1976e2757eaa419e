/**
 * The self-check pages of the real texts: every question of every entry in every language is asked,
 * its answer linked to the existing ¶ that holds it (read from the built pages); an answer is
 * revealed from the keyboard behind a <details>, labelled as the editors', and its link lands on its
 * ¶ (the first question of one page of each kind in each language: every question and every page
 * of a kind is the same markup); the page prints the questions with room to answer. Expected values are read
 * from content/ (the questions) and src/i18n/ (the labels).
 */
import { readContentFiles } from '../../src/lib/content-files';
import { languages } from '../../src/lib/languages';
import { answerPlace } from '../../src/lib/self-check';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { builtDocument } from '../support/built-pages';
import { ui as t } from '../support/offline';
import { expect, test } from './fixtures';

interface Question {
  question: string;
  answer: string;
  at: string;
}

const { files } = readContentFiles(process.cwd());
const questionsIn = (file: (typeof files)[number]) => ((file.frontmatter as { selfCheck?: Question[] } | undefined)?.selfCheck ?? []);
const withQuestions = files.filter((file) => questionsIn(file).length > 0);
const paragraphNumbers = (lang: string, collection: string, id: string) => {
  const file = files.find((candidate) => candidate.lang === lang && candidate.collection === collection && candidate.id === id);
  return speechParagraphs(file?.body ?? '').map((paragraph) => paragraph.n);
};

test('both texts, and orientations and breakthroughs, carry questions in every language', () => {
  for (const lang of languages) {
    const collections = new Set(withQuestions.filter((file) => file.lang === lang).map((file) => file.collection));
    expect([...collections].sort()).toEqual(['breakthroughs', 'orientations', 'speeches']);
    expect(withQuestions.filter((file) => file.lang === lang && file.collection === 'speeches')).toHaveLength(2);
  }
});

for (const file of withQuestions) {
  const { lang, collection, id } = file;
  const path = `/${lang}/${collection}/${id}/self-check/`;
  const questions = questionsIn(file);
  const places = questions.map((question) => answerPlace(collection, id, question.at)!);

  // What the built HTML states, on every page: read, not opened (the test below opens one of each kind).
  test(`${path} is linked from its entry's page and asks every question, each answer linked to an existing ¶`, () => {
    for (const [index, place] of places.entries()) {
      expect(paragraphNumbers(lang, place.collection, place.id), `${questions[index]!.at} in ${file.path}`).toContain(place.paragraph);
    }
    const entryLinks = [...builtDocument(`/${lang}/${collection}/${id}/`).querySelectorAll('a')].filter((anchor) => anchor.textContent?.trim() === t(lang, 'selfCheck.link'));
    expect(entryLinks.map((anchor) => anchor.getAttribute('href'))).toEqual([expect.stringMatching(new RegExp(`${path}$`))]);
    const document = builtDocument(path);
    expect([...document.querySelectorAll('.self-check-question')].map((element) => element.textContent?.trim())).toEqual(questions.map((question) => question.question));
    // Each link's own ¶; that the ¶ is there on the built page is the link check's (quality-links.spec.ts).
    const links = [...document.querySelectorAll('a[data-self-check-answer]')].map((anchor) => new URL(anchor.getAttribute('href')!, `http://site${path}`));
    expect(links.map((url) => `${url.pathname}${url.hash}`)).toEqual(places.map((place) => `/${lang}/${place.collection}/${place.id}/#p${place.paragraph}`));
  });
}

// Every question and every page of a kind is the same markup: one page of each kind in each language
// is opened from its entry's link, and its first answer revealed from the keyboard and followed.
const firstOfEachKind = withQuestions.filter((file, index) => withQuestions.findIndex((other) => other.lang === file.lang && other.collection === file.collection) === index);

for (const file of firstOfEachKind) {
  const { lang, collection, id } = file;
  const path = `/${lang}/${collection}/${id}/self-check/`;
  const question = questionsIn(file)[0]!;
  const place = answerPlace(collection, id, question.at)!;

  test(`${path}, opened from its entry: the first answer is revealed from the keyboard, labelled the editors', and its link lands on its ¶`, async ({ page }) => {
    await page.goto(`/${lang}/${collection}/${id}/`);
    await page.getByRole('link', { name: t(lang, 'selfCheck.link'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    const item = page.locator('.self-check-item').first();
    await expect(item.locator('.self-check-question')).toHaveText(question.question);
    const answer = item.getByText(question.answer, { exact: true });
    await expect(answer).toBeHidden();
    // From the answer box, one Tab reaches the reveal; Enter opens it.
    await item.getByRole('textbox', { name: t(lang, 'selfCheck.yourAnswer', { n: '1' }) }).fill('…');
    await page.keyboard.press('Tab');
    await expect(item.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(answer).toBeVisible();
    await expect(item.locator('.self-check-answer strong')).toHaveText(`${t(lang, 'selfCheck.answer')}:`);
    await item.locator('a[data-self-check-answer]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${place.collection}/${place.id}/#p${place.paragraph}$`));
    const target = page.locator(`#p${place.paragraph}`);
    await expect(target).toBeInViewport();
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
  });
}

test('a self-check prints its questions with room to answer, and only the answers the reader opened', async ({ page }) => {
  const file = withQuestions.find((candidate) => candidate.collection === 'speeches')!;
  await page.goto(`/${file.lang}/speeches/${file.id}/self-check/`);
  await page.locator('.self-check-item').first().locator('summary').click();
  await page.emulateMedia({ media: 'print' });
  const [first, second] = [page.locator('.self-check-item').nth(0), page.locator('.self-check-item').nth(1)];
  await expect(first.locator('summary')).toBeHidden();
  await expect(first.getByText(questionsIn(file)[0]!.answer, { exact: true })).toBeVisible();
  await expect(second.getByText(questionsIn(file)[1]!.answer, { exact: true })).toBeHidden();
  await expect(second.getByRole('textbox')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
});
