/**
 * The reading and teaching tools in the offline copy, opened from disk, the languages taken in turn:
 * parallel text, citations, reading lists, print, PDF handouts, glossary and timeline.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/content-files';
import { handoutPath, handoutsOf } from '../../src/lib/handouts';
import { languages, originalLang } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { builtSiteUrl } from '../support/gates/site-url';
import { ui as t } from '../support/offline';
import { expectAtTop, expectSideBySide, expectStacked, paragraphTexts, twinOf, viewRadio } from '../support/parallel';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './offline-fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const interview = files.find((file) => file.collection === 'speeches' && file.lang === 'vi' && (file.frontmatter as { format: string }).format === 'interview')!;
const speech = `speeches/${interview.id}`;
const paragraphCount = speechParagraphs(interview.body).length;
const siteUrl = builtSiteUrl();
/** How a citation from disk gives a passage: its web address, or the library path said to be one when built without a site URL. */
const citedAddress = (lang: string, n: number) =>
  siteUrl ? `${siteUrl}/${lang}/${speech}/#p${n}` : `/${lang}/${speech}/#p${n} ${t(lang, 'cite.noSiteUrl')}`;

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  const other = lang === 'vi' ? 'en' : 'vi';

  test.describe(`offline reading tools (${lang})`, () => {
    turn.test('the parallel text works from disk: both side by side, the twin alone, the view in the address through a reload', async ({ offlinePage: page, open }) => {
      const twinText = paragraphTexts(other, interview.id);
      await open(`${lang}/${speech}/index.html`);
      await viewRadio(page, lang, 'both').check();
      await expect(page).toHaveURL(new RegExp(`/${lang}/${speech}/index\\.html\\?view=both$`));
      await expect(twinOf(page, 7)).toHaveAttribute('lang', other);
      await expect(twinOf(page, 7).locator('.para-text')).toHaveText(twinText.get(7)!);
      await expectSideBySide(page, [1, Math.ceil(paragraphCount / 2), paragraphCount]);
      await viewRadio(page, lang, other).check();
      await expect(page).toHaveURL(new RegExp(`/${lang}/${speech}/index\\.html\\?view=${other}$`));
      await expect(page.locator('#p7')).toBeHidden();
      await expect(twinOf(page, 7)).toBeVisible();
      await page.reload();
      await expect(viewRadio(page, lang, other)).toBeChecked();
      await expect(page.locator('#p7')).toBeHidden();
      await expect(twinOf(page, 7)).toBeVisible();
    });

    turn.test('a link to ?view=both#p7 opened from disk shows both at ¶7, stacks on a phone, and the twin ¶ number opens the twin file at ¶7', async ({ offlinePage: page, open }) => {
      await open(`${lang}/${speech}/index.html?view=both#p7`);
      await expect(twinOf(page, 7)).toBeVisible();
      await expect(viewRadio(page, lang, 'both')).toBeChecked();
      await expectSideBySide(page, 7);
      await expectAtTop(page.locator('#p7'));
      await page.setViewportSize({ width: 390, height: 844 });
      await expectStacked(page, 7);
      const number = twinOf(page, 7).locator('.para-number');
      await expect(number).toHaveAttribute('href', `../../../${other}/${speech}/index.html#p7`);
      await number.click();
      await expect(page).toHaveURL(new RegExp(`/${other}/${speech}/index\\.html#p7$`));
      await expect(page.locator('.para:target')).toHaveAttribute('id', 'p7');
    });

    turn.test('a three-passage reading list built from disk keeps its items in the address and prints cleanly', async ({ offlinePage: page, open }) => {
      await open(`${lang}/${speech}/index.html`);
      for (const n of [2, 5, 9]) {
        await page.locator(`#p${n}`).getByRole('button', { name: new RegExp(`^\\${t(lang, 'reading.addParagraph')}`) }).click();
      }
      await page.getByRole('link', { name: t(lang, 'reading.open') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/reading-list/index\\.html#items=${speech}/p2\\+${speech}/p5\\+${speech}/p9$`));
      const items = page.locator('.reading-items > li');
      await expect(items).toHaveCount(3);
      // The web address of the passage (the build's site URL), not a path on this computer.
      await expect(page.locator('.reading-item-citation').first()).toContainText(citedAddress(lang, 2));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.reading-tools')).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(items.first()).toBeVisible();
    });

    turn.test('the citation from disk names the web address of the passage, for manual copy', async ({ offlinePage: page, open }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await open(`${lang}/${speech}/index.html`);
      await page.locator('#p7 button[data-cite]').click();
      const field = page.getByRole('dialog', { name: t(lang, 'cite.dialogTitle') }).getByRole('textbox');
      await expect(field).toHaveValue(new RegExp(`^Phan Thăng An, .*${t(lang, 'para.label', { n: '7' })}\\. ${citedAddress(lang, 7).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });

    turn.test('the PDF handouts are in the copy and linked from each speech', async ({ offlinePage: page, open, offlineRoot }) => {
      await open(`${lang}/${speech}/index.html`);
      for (const { variant } of handoutsOf(languages, originalLang)) {
        const link = page.locator(`.handout-links a[href$="${handoutPath(interview.id, variant)}"]`);
        await expect(link).toHaveCount(1);
        const href = (await link.getAttribute('href'))!;
        expect(href).toMatch(/^(\.\.\/)+handouts\//);
        expect(existsSync(join(offlineRoot, handoutPath(interview.id, variant)))).toBe(true);
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.citation-line')).toBeVisible();
      await expect(page.locator('#p7 .para-number')).toBeVisible();
    });

    turn.test('the glossary lists where "thế trận lòng dân" is used, and the speech links back to it', async ({ offlinePage: page, open }) => {
      await open(`${lang}/glossary/the-tran-long-dan/index.html`);
      const passage = page.locator('.passage-list a.passage-ref').first();
      await expect(passage).toHaveAttribute('href', /index\.html#p\d+$/);
      await passage.click();
      const target = page.locator('.para:target');
      await expect(target).toBeInViewport();
      await target.locator('a.term').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/the-tran-long-dan/index\\.html$`));
    });

    turn.test('the timeline opens its entries from disk', async ({ offlinePage: page, open }) => {
      await open(`${lang}/timeline/index.html`);
      const first = page.locator('ol.timeline a').first();
      await expect(page.locator('ol.timeline time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d$/);
      await first.click();
      await expect(page).toHaveURL(/\/index\.html$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

for (const lang of languages) {
  test(`the self-check works from disk (${lang}): its link, the editors' answer revealed from the keyboard, and the answer's ¶`, async ({ offlinePage: page, open }) => {
    const file = files.find((candidate) => candidate.collection === 'speeches' && candidate.lang === lang && candidate.id === interview.id)!;
    const [question] = (file.frontmatter as { selfCheck: { question: string; answer: string; at: string }[] }).selfCheck;
    const n = Number(/^p(\d+)$/.exec(question!.at)![1]);
    await open(`${lang}/${speech}/index.html`);
    await page.getByRole('link', { name: t(lang, 'selfCheck.link'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${speech}/self-check/index\\.html$`));
    const item = page.locator('.self-check-item').first();
    await expect(item.locator('.self-check-question')).toHaveText(question!.question);
    await item.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(item.getByText(question!.answer, { exact: true })).toBeVisible();
    await item.locator('a[data-self-check-answer]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${speech}/index\\.html#p${n}$`));
    expect(await page.locator(`#p${n}`).evaluate((element) => element.matches(':target'))).toBe(true);
  });
}
