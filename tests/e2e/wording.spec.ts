/**
 * The wording as each built page renders it, in every language: dates written as the language
 * writes them (src/lib/dates.ts: "ngày 7 tháng 3 năm 2026", 07/3/2026 on cards), each text named
 * as what it is and its person labelled by what they did, other languages named in the page's own
 * language, and the tags after linked phrases explained. Expected values come from the content
 * files, the UI strings and the site's declaration; every built page is read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { formatDate } from '../../src/lib/dates';
import { labelOf, languageLabelIn, languageNameIn, languages, type Lang } from '../../src/lib/languages';
import { builtPages, pagesIn } from '../support/built-pages';
import { files } from '../support/citation-expectations';
import { ui } from '../support/offline';
import { expect, test } from './fixtures';

/** A speech's front matter, as its original file gives it. */
const speechFields = (id: string) =>
  files.find((file) => file.collection === 'speeches' && file.id === id)!.frontmatter as { format: string; speakers: string[]; date: string | Date };
const speechFormat = (id: string) => speechFields(id).format;
const speakersOf = (id: string) => speechFields(id).speakers;
const speechIds = [...new Set(files.filter((file) => file.collection === 'speeches').map((file) => file.id))];

/**
 * Every date a built page's interface writes: `<time>` elements, card lines and the printed
 * citation. Read from the page's HTML in dist/: the dates are written at build time, and parsing
 * every page is far quicker than opening each in the browser for it.
 */
function writtenDates(path: string): { time: { iso: string; text: string }[]; lines: string[] } {
  const { document } = new JSDOM(readFileSync(join('dist', path, 'index.html'), 'utf8')).window;
  const time = [...document.querySelectorAll('main time[datetime], .offline-notice time')].map((element) => ({
    iso: (element.getAttribute('datetime') ?? '').slice(0, 10),
    text: element.textContent?.trim() ?? '',
  }));
  const lines = [...document.querySelectorAll('main .card-meta, main .citation-line, main .timeline-kind')].map((element) => element.textContent ?? '');
  return { time, lines };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const all = builtPages();

for (const lang of languages) {
  test(`every ${lang} page writes its dates as ${lang} writes them`, () => {
    const pages = pagesIn(lang, all);
    expect(pages.length).toBeGreaterThan(10);
    let dates = 0;
    for (const path of pages) {
      const { time, lines } = writtenDates(path);
      for (const { iso, text } of time) {
        // A <time> holds a day's date, long in running text and metadata, short on a card.
        expect([formatDate(day(iso), lang, 'long'), formatDate(day(iso), lang, 'short')], `${path}: <time datetime="${iso}">`).toContain(text);
        dates++;
      }
      // Intl's vi-VN "7 tháng 3, 2026" and the US "March 7, 2026" are nobody's convention here.
      for (const line of [...lines, ...time.map((item) => item.text)]) {
        expect(line, path).not.toMatch(/\d tháng \d{1,2}, \d{4}/);
        expect(line, path).not.toMatch(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
      }
    }
    expect(dates, 'the pages write dates').toBeGreaterThan(0);
  });

  test(`a card gives its text's kind and the short date (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/speeches/`);
    for (const id of speechIds) {
      const { date } = speechFields(id);
      const card = page.locator('.card').filter({ has: page.locator(`a[href="/${lang}/speeches/${id}/"]`) });
      await expect(card.locator('.card-meta').first()).toHaveText(`${ui(lang, `format.${speechFormat(id)}`)} · ${formatDate(new Date(date), lang, 'short')}`);
    }
  });

  test(`each text is named as what it is, and its person by what they did (${lang})`, async ({ page }) => {
    for (const id of speechIds) {
      const format = speechFormat(id);
      await page.goto(`/${lang}/speeches/${id}/`);
      await expect(page.locator('article > header .eyebrow')).toHaveText(ui(lang, `format.${format}`));
      await expect(page.locator('article > header dl.meta dt').first()).toHaveText(ui(lang, `meta.speakers.${format}`));
    }
    // A person's page lists their own words apart from a publication's report of them.
    const people = [...new Set(speechIds.flatMap(speakersOf))];
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      await page.goto(`/${lang}/people/${person}/`);
      for (const id of speechIds.filter((speech) => speakersOf(speech).includes(person))) {
        const list = speechFormat(id) === 'speech-report' ? 'reports' : 'own-words';
        const heading = ui(lang, list === 'reports' ? 'person.reports' : 'person.speeches');
        const section = page.locator(`section[data-speech-list="${list}"]`);
        await expect(section.getByRole('heading', { level: 2 })).toHaveText(heading);
        await expect(section.locator(`a[href="/${lang}/speeches/${id}/"]`)).toHaveCount(1);
      }
    }
    expect(speechIds.some((id) => speechFormat(id) === 'speech-report'), 'the corpus has a report').toBe(true);
    // A reading list names each text's kind the same way.
    await page.goto(`/${lang}/reading-list/#items=${speechIds.map((id) => `speeches/${id}/p2`).join('+')}`);
    await expect(page.locator('.reading-item-type')).toHaveText(speechIds.map((id) => ui(lang, `format.${speechFormat(id)}`)));
  });

  test(`other languages are named in the page's own language (${lang})`, async ({ page }) => {
    const others = languages.filter((other) => other !== lang);
    await page.goto(`/${lang}/speeches/${speechIds[0]}/`);
    const group = page.getByRole('group', { name: ui(lang, 'parallel.title') });
    await expect(group).toBeVisible();
    const radios = await group.locator('label').allTextContents();
    for (const code of languages) expect(radios.map((text) => text.trim())).toContain(languageLabelIn(code, lang));
    const handouts = await page.locator('.handout-links a').allTextContents();
    for (const other of others) {
      // A language's name in itself ("English" on a Vietnamese page) is for the language switch only.
      if (labelOf(other) !== languageLabelIn(other, lang)) expect(radios.join(' '), other).not.toContain(labelOf(other));
      if (handouts.length > 0) expect(handouts.join(' ')).toContain(languageNameIn(other, lang));
    }
  });

  test(`the tags after linked phrases are explained where they appear (${lang})`, async ({ page }) => {
    for (const id of speechIds) {
      await page.goto(`/${lang}/speeches/${id}/`);
      const tags = await page.locator('.speech-body a.ref[data-ref-type]').evaluateAll((links) => links.map((link) => link.getAttribute('data-ref-type') ?? ''));
      const abbreviations = [...new Set(tags.map((tag) => /^(\D+)\d+$/u.exec(tag)?.[1]).filter((abbr): abbr is string => Boolean(abbr)))];
      if (abbreviations.length === 0) continue;
      const legend = page.locator('.ref-legend');
      await expect(legend).toBeVisible();
      for (const abbr of abbreviations) await expect(legend, `${id}: ${abbr}`).toContainText(`${abbr} –`);
    }
  });
}

test('the corpus has pages of every kind in every language to check', () => {
  const types = (lang: Lang) => new Set(pagesIn(lang, all).map((path) => path.split('/')[2]));
  for (const lang of languages) expect(types(lang).size).toBeGreaterThanOrEqual(8);
});
