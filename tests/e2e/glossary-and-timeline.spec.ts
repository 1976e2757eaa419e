import { readContentFiles } from '../../src/lib/content-files';
import { formatDate } from '../../src/lib/dates';
import { usesTerm } from '../../src/lib/glossary';
import { languages } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { expect, test } from './fixtures';

const { files } = readContentFiles(process.cwd());
const viSpeeches = files.filter((file) => file.collection === 'speeches' && file.lang === 'vi');
const terms = files.filter((file) => file.collection === 'glossary');

/** The paragraphs whose Vietnamese text uses a term, as `<speech-id>#p<n>`. */
function usesOf(id: string): string[] {
  const vi = terms.find((term) => term.lang === 'vi' && term.id === id)!;
  const forms = (vi.frontmatter as { matches: string[] }).matches;
  return viSpeeches.flatMap((speech) =>
    speechParagraphs(speech.body)
      .filter((paragraph) => usesTerm(paragraph.text, forms))
      .map((paragraph) => `${speech.id}#p${paragraph.n}`),
  );
}

for (const lang of languages) {
  test.describe(`glossary (${lang})`, () => {
    for (const term of terms.filter((file) => file.lang === lang)) {
      test(`${term.id}: both languages, an editorial explanation and every paragraph that uses it`, async ({ page }) => {
        await page.goto(`/${lang}/glossary/${term.id}/`);
        const other = lang === 'vi' ? 'en' : 'vi';
        const twin = terms.find((file) => file.lang === other && file.id === term.id)!;
        await expect(page.locator(`.term-twin [lang="${other}"]`)).toHaveText((twin.frontmatter as { title: string }).title);
        await expect(page.locator('main')).toContainText(lang === 'vi' ? 'ban biên tập' : 'editors');

        const expected = usesOf(term.id).map((use) => `/${lang}/speeches/${use.replace('#', '/#')}`).sort();
        expect(expected.length, 'every glossary term is used somewhere').toBeGreaterThan(0);
        const listed = await page.locator('.passage-list a.passage-ref').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
        expect(listed.sort()).toEqual(expected);
      });
    }
  });

  test(`a speech links a term to its glossary entry (${lang})`, async ({ page }) => {
    const [speechId, anchor] = usesOf('the-tran-long-dan')[0]!.split('#');
    await page.goto(`/${lang}/speeches/${speechId}/#${anchor}`);
    const link = page.locator(`#${anchor} a.term[href="/${lang}/glossary/the-tran-long-dan/"]`);
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/the-tran-long-dan/$`));
    await expect(page.locator('h1')).toBeVisible();
  });

  test(`the timeline lists every dated event and text in order, and no invented date (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/timeline/`);
    const dated = files
      .filter((file) => file.lang === lang && (file.collection === 'speeches' || file.collection === 'events'))
      .flatMap((file) => {
        const date = (file.frontmatter as { date?: string | Date }).date;
        return date ? [{ href: `/${lang}/${file.collection}/${file.id}/`, date: new Date(date) }] : [];
      });
    const items = page.locator('ol.timeline > li');
    await expect(items).toHaveCount(dated.length);
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', datetime: li.querySelector('time')?.getAttribute('datetime') ?? '' })),
    );
    const datetimes = shown.map((item) => item.datetime);
    expect([...datetimes].sort()).toEqual(datetimes);
    for (const item of dated) {
      expect(shown).toContainEqual({ href: item.href, datetime: item.date.toISOString().slice(0, 10) });
      await expect(page.locator(`ol.timeline a[href="${item.href}"]`).locator('xpath=..').locator('time')).toHaveText(formatDate(item.date, lang));
    }
    const undated = files.filter((file) => file.lang === lang && file.collection === 'events' && !(file.frontmatter as { date?: unknown }).date);
    for (const event of undated) {
      await expect(page.locator(`ol.timeline a[href="/${lang}/events/${event.id}/"]`)).toHaveCount(0);
      await expect(page.locator(`section a[href="/${lang}/events/${event.id}/"]`)).toHaveCount(1);
    }
  });
}
