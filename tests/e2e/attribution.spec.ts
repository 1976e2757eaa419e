/**
 * Whose words a citation credits, and where it points: for the speaker's own words, a reported
 * speech, an interviewer's question and a reporter's narration, in both languages, copied on the
 * site and from the offline copy, in the printed reading list and on the printed page the handouts
 * are made from. And no page calls a relation stated unless a ¶ of the text carries it.
 */
import type { Page } from '@playwright/test';
import { languages, originalLang, type Lang } from '../../src/lib/languages';
import { citedTitle, files, responsible, titleFields } from '../support/citation-expectations';
import { builtDocument } from '../support/built-pages';
import { ui as t } from '../support/offline';
import { builtSiteUrl } from '../support/gates/site-url';
import { expect, test } from './offline-fixtures';

const speechFile = (lang: Lang, format: string) =>
  files.find((file) => file.collection === 'speeches' && file.lang === lang && (file.frontmatter as { format: string }).format === format)!;
const interviewId = speechFile('vi', 'interview').id;
const reportId = speechFile('vi', 'speech-report').id;
const siteUrl = builtSiteUrl();

interface Case {
  voice: string;
  speech: string;
  n: number;
  /** How the citation must start: the party responsible for the words. */
  startsWith: (lang: Lang) => string;
}

const cases: Case[] = [
  { voice: 'direct', speech: interviewId, n: 3, startsWith: () => 'Phan Thăng An, “' },
  { voice: 'question', speech: interviewId, n: 2, startsWith: (lang) => `${responsible(lang, 'question', interviewId, 'Phan Thăng An')}, “` },
  { voice: 'reported', speech: reportId, n: 3, startsWith: (lang) => `${responsible(lang, 'reported', reportId, 'Tô Lâm')}, [` },
  { voice: 'narration', speech: reportId, n: 2, startsWith: (lang) => `${responsible(lang, 'narration', reportId, 'Tô Lâm')}, [` },
];

/** The absolute address a citation of `n` must end with (a build without a site URL cites the served page). */
const addressOf = (lang: Lang, speech: string, n: number, served: string) => `${siteUrl ?? served}/${lang}/speeches/${speech}/#p${n}`;

async function copiedCitation(page: Page, n: number): Promise<string> {
  await page.locator(`#p${n} button[data-cite]`).click();
  const field = page.locator('dialog.cite-dialog textarea');
  await expect(field).toBeVisible();
  const text = await field.inputValue();
  await page.keyboard.press('Escape');
  return text;
}

for (const lang of languages) {
  test.describe(`attribution (${lang})`, () => {
    test('the copied citation of each voice names whoever answers for the words, and the absolute address', async ({ page, baseURL }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      for (const { speech, n, startsWith, voice } of cases) {
        await page.goto(`/${lang}/speeches/${speech}/`);
        const text = await copiedCitation(page, n);
        expect(text, voice).toMatch(new RegExp(`^${escape(startsWith(lang))}`));
        expect(text, voice).toMatch(new RegExp(` ${escape(addressOf(lang, speech, n, baseURL!))}$`));
        expect(text, voice).toContain(`, ${citedTitle(lang, speech)}, `);
      }
      // The report's title is the editors': never quoted as the source's own.
      await page.goto(`/${lang}/speeches/${reportId}/`);
      const title = (speechFile(lang, 'speech-report').frontmatter as { title: string }).title;
      expect(await copiedCitation(page, 7)).not.toContain(`“${title}”`);
    });

    test('questions, the lead and the reporter\'s words are labelled for sighted readers, on screen and in print', async ({ page }) => {
      await page.goto(`/${lang}/speeches/${interviewId}/`);
      await expect(page.locator('#p2 .para-voice')).toHaveText(`${t(lang, 'voice.question')}:`);
      await expect(page.locator('#p1 .para-voice')).toHaveText(`${t(lang, 'voice.lead')}:`);
      await expect(page.locator('#p3 .para-voice')).toHaveCount(0);
      await page.goto(`/${lang}/speeches/${reportId}/?view=both`);
      await expect(page.locator('#p2 .para-voice')).toHaveText(`${t(lang, 'voice.narration')}:`);
      await expect(page.locator(`#p2 + .para-twin .para-voice`)).toHaveText(`${t(lang, 'voice.narration')}:`);
      // Reported speech is the journalist's account of the speaker's words, and says so.
      const reported = cases.find((item) => item.voice === 'reported')!.n;
      await expect(page.locator(`#p${reported} .para-voice`)).toHaveText(`${t(lang, 'voice.reported')}:`);
      await expect(page.locator(`#p${reported} + .para-twin .para-voice`)).toHaveText(`${t(lang, 'voice.reported')}:`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#p2 .para-voice')).toBeVisible();
    });

    test('the printed reading list credits each passage to the right party with its absolute address', async ({ page, baseURL }) => {
      const items = cases.map(({ speech, n }) => `speeches/${speech}/p${n}`).join('+');
      await page.goto(`/${lang}/reading-list/#items=${items}`);
      const citations = page.locator('.reading-item-citation');
      await expect(citations).toHaveCount(cases.length);
      await page.emulateMedia({ media: 'print' });
      for (const [index, { speech, n, startsWith }] of cases.entries()) {
        await expect(citations.nth(index)).toBeVisible();
        await expect(citations.nth(index)).toHaveText(new RegExp(`^${escape(startsWith(lang))}.* ${escape(addressOf(lang, speech, n, baseURL!))}$`));
        await expect(citations.nth(index)).toContainText(`, ${citedTitle(lang, speech)}, `);
      }
      // Each passage says whose words it is as its page does, and is marked with its language.
      const labels: Record<string, string | undefined> = { direct: undefined, question: 'voice.question', reported: 'voice.reported', narration: 'voice.narration' };
      for (const [index, { voice }] of cases.entries()) {
        const item = page.locator('.reading-item').nth(index);
        const label = labels[voice];
        if (label) await expect(item.locator('.reading-item-voice')).toHaveText(`${t(lang, label)}:`);
        else await expect(item.locator('.reading-item-voice')).toHaveCount(0);
        await expect(item.locator('blockquote')).toHaveAttribute('lang', lang);
      }
    });

    test('the printed page the handouts are made from cites the report as the publication\'s, with its absolute address', async ({ page, baseURL }) => {
      await page.goto(`/${lang}/speeches/${reportId}/`);
      await page.emulateMedia({ media: 'print' });
      const line = page.locator('.citation-line');
      await expect(line).toBeVisible();
      await expect(line).toContainText(`${responsible(lang, 'reported', reportId, 'Tô Lâm')}, [`);
      await expect(line).toContainText(` ${(siteUrl ?? baseURL!)}/${lang}/speeches/${reportId}/`);
      await expect(line).toContainText(`, ${citedTitle(lang, reportId)}, `);
      // The interview's headline is the source's: printed as it gives it, in its own language.
      await page.goto(`/${lang}/speeches/${interviewId}/`);
      await expect(line).toContainText(`, ${citedTitle(lang, interviewId)}, `);
      const headline = line.locator(`span[lang="${originalLang}"]`);
      if (lang === originalLang) await expect(headline).toHaveCount(0);
      else await expect(headline).toHaveText(titleFields(originalLang, interviewId).title);
    });

    test("the provenance block gives the source's own title in its language, or says there is none, and labels the editors' words", async ({ page }) => {
      for (const speech of [interviewId, reportId]) {
        await page.goto(`/${lang}/speeches/${speech}/`);
        const block = page.locator('section.provenance');
        const source = titleFields(originalLang, speech);
        const shown = titleFields(lang, speech);
        if (source.titleIsEditorial) {
          await expect(block).toContainText(t(lang, 'meta.noOriginalTitle'));
          await expect(block.locator('[data-source-title]')).toHaveCount(0);
          await expect(block.locator('dt:has(+ [data-editors-title])')).toHaveText(t(lang, 'meta.editorsTitle'));
          await expect(block.locator('[data-editors-title]')).toHaveText(shown.title);
          await expect(page.locator('h1 + .editorial-label')).toHaveText(t(lang, 'meta.editorialTitle'));
        } else {
          const title = block.locator('[data-source-title]');
          await expect(title).toHaveText(source.title);
          await expect(title).toHaveAttribute('lang', originalLang);
          await expect(block.locator('dt:has(+ [data-source-title])')).toHaveText(t(lang, 'meta.originalTitle'));
          const translation = block.locator('[data-title-translation]');
          if (lang === originalLang) await expect(translation).toHaveCount(0);
          else {
            await expect(translation).toHaveText(shown.title);
            await expect(block.locator('dt:has(+ [data-title-translation])')).toHaveText(t(lang, 'meta.titleTranslation'));
          }
        }
      }
    });

    // Built with a site URL (as npm test builds), the copy cites the web address; without one it can
    // only cite the path within the library (tests/unit/citation.test.ts), and never a file: address.
    const offlineAddress = (speech: string, n: number) => (siteUrl ? addressOf(lang, speech, n, '') : `/${lang}/speeches/${speech}/#p${n}`);

    test('from the offline copy the citation and the reading list carry the web address, never a file: one', async ({ offlinePage, open }) => {
      await offlinePage.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      for (const { speech, n, startsWith } of cases) {
        await open(`${lang}/speeches/${speech}/index.html`);
        const text = await copiedCitation(offlinePage, n);
        expect(text).toMatch(new RegExp(`^${escape(startsWith(lang))}.* ${escape(offlineAddress(speech, n))}`));
        expect(text).toContain(`, ${citedTitle(lang, speech)}, `);
        expect(text).not.toContain('file:');
      }
      await open(`${lang}/reading-list/index.html#items=${cases.map(({ speech, n }) => `speeches/${speech}/p${n}`).join('+')}`);
      const citations = offlinePage.locator('.reading-item-citation');
      await expect(citations).toHaveCount(cases.length);
      for (const [index, { speech, n }] of cases.entries()) {
        await expect(citations.nth(index)).toHaveText(new RegExp(` ${escape(offlineAddress(speech, n))}`));
        await expect(citations.nth(index)).not.toContainText('file:');
      }
    });

    // Read from the built pages: which relations a page calls stated is written at build time.
    test('no page calls a relation stated unless a ¶ of that text carries it', () => {
      /** The ¶ `#pN` of a built page holds a <Ref> (an `a.ref` in its text) to the entry at `target`. */
      const refIn = (document: Document, hash: string, target: string) => document.querySelector(`${hash} .para-text a.ref[href^="${target}"]`) !== null;
      for (const speech of [interviewId, reportId]) {
        const path = `/${lang}/speeches/${speech}/`;
        const document = builtDocument(path);
        // Each item listed as stated links to the ¶ that states it, and that ¶ holds a <Ref> to it.
        for (const item of document.querySelectorAll('section[data-relation="stated"] li')) {
          const target = new URL(item.querySelector('a')!.getAttribute('href')!, `http://site${path}`).pathname;
          const anchors = [...item.querySelectorAll('a[href^="#p"]')].map((link) => link.getAttribute('href')!);
          expect(anchors.length).toBeGreaterThan(0);
          for (const anchor of anchors) expect(refIn(document, anchor, target), `${path}${anchor} → ${target}`).toBe(true);
        }
        // A ¶ that says it states an item holds a <Ref> to it.
        for (const line of document.querySelectorAll('.para-refs[data-relation="stated"]')) {
          for (const href of [...line.querySelectorAll('a')].map((link) => link.getAttribute('href')!)) {
            expect(line.parentElement!.querySelector(`.para-text a.ref[href^="${href}"]`), `${path}#${line.parentElement!.id} → ${href}`).not.toBeNull();
          }
        }
      }
      // The report states none of the orientations: all its links are the editors' reading, and said so.
      const report = builtDocument(`/${lang}/speeches/${reportId}/`);
      expect(report.querySelectorAll('section[data-relation="stated"]')).toHaveLength(0);
      expect(report.querySelector('section[data-relation="editorial"]')?.textContent).toContain(t(lang, 'speech.editorialNote'));
      // On the map, each ¶ given as stating an item holds a <Ref> to it; the breakthroughs' links are the editors'.
      const map = builtDocument(`/${lang}/map/`);
      const statedOnMap = [...map.querySelectorAll('figcaption li:has(> span[data-relation="stated"])')].map((item) => ({
        target: item.querySelector('a')!.getAttribute('href')!,
        paragraphs: [...item.querySelectorAll('span[data-relation="stated"] a')].map((link) => link.getAttribute('href')!),
      }));
      expect(statedOnMap.length).toBeGreaterThan(0);
      for (const { target, paragraphs } of statedOnMap) {
        for (const paragraph of paragraphs) {
          const url = new URL(paragraph, 'http://site');
          expect(refIn(builtDocument(url.pathname), url.hash, target), `${paragraph} → ${target}`).toBe(true);
        }
      }
      expect(map.querySelectorAll('figcaption li[data-relation="stated"]')).toHaveLength(0);
      expect(map.querySelector('figcaption li[data-relation="editorial"]')?.textContent).toContain(t(lang, 'relation.editorial'));
      // A breakthrough's link to orientations that no ¶ states is given as the editors'.
      const breakthrough = builtDocument(`/${lang}/breakthroughs/transport-urban-environment-infrastructure/`);
      expect([...breakthrough.querySelectorAll('h2, h3')].map((heading) => heading.textContent?.trim())).toContain(t(lang, 'breakthrough.serves'));
      expect(breakthrough.querySelectorAll('section[data-relation="stated"]')).toHaveLength(0);
    });

    test("editors' summaries are labelled as theirs in lists and reading lists", async ({ page }) => {
      await page.goto(`/${lang}/speeches/`);
      for (const card of await page.locator('.card-summary').all()) await expect(card).toContainText(`${t(lang, 'meta.summary')}:`);
      await page.goto(`/${lang}/reading-list/#items=speeches/${reportId}`);
      await expect(page.locator('.reading-item-summary')).toContainText(`${t(lang, 'meta.summary')}:`);
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
