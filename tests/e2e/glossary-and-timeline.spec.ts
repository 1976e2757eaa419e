import { readContentFiles } from '../../src/lib/content-files';
import { formatDate } from '../../src/lib/dates';
import { usesTerm } from '../../src/lib/glossary';
import { languages } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { builtDocument } from '../support/built-pages';
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
  // Read from the built pages: every term's page is written at build time.
  test(`every glossary term gives both languages, an editorial explanation and every paragraph that uses it (${lang})`, () => {
    const other = lang === 'vi' ? 'en' : 'vi';
    for (const term of terms.filter((file) => file.lang === lang)) {
      const document = builtDocument(`/${lang}/glossary/${term.id}/`);
      const twin = terms.find((file) => file.lang === other && file.id === term.id)!;
      expect(document.querySelector(`.term-twin [lang="${other}"]`)?.textContent?.trim(), term.id).toBe((twin.frontmatter as { title: string }).title);
      expect(document.querySelector('main')?.textContent, term.id).toContain(lang === 'vi' ? 'ban biên tập' : 'editors');

      const expected = usesOf(term.id).map((use) => `/${lang}/speeches/${use.replace('#', '/#')}`).sort();
      expect(expected.length, `${term.id}: every glossary term is used somewhere`).toBeGreaterThan(0);
      const listed = [...document.querySelectorAll('.passage-list a.passage-ref')].map((a) => a.getAttribute('href') ?? '');
      expect(listed.sort(), term.id).toEqual(expected);
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

  test(`the timeline lists every dated event and text in order, and no invented date (${lang})`, () => {
    const document = builtDocument(`/${lang}/timeline/`);
    const inLang = files.filter((file) => file.lang === lang);
    const dayOf = (file: (typeof files)[number]) => {
      const date = (file.frontmatter as { date?: string | Date }).date;
      return date ? new Date(date).toISOString().slice(0, 10) : undefined;
    };
    const hrefOf = (collection: string, id: string) => `/${lang}/${collection}/${id}/`;
    const datedEvents = inLang.filter((file) => file.collection === 'events' && dayOf(file));
    // A text an event names and dated that same day is one moment with it: listed under the event.
    const givenAt = new Map(
      inLang
        .filter((file) => file.collection === 'speeches')
        .flatMap((speech) => {
          const event = datedEvents.find((candidate) => ((candidate.frontmatter as { speeches?: string[] }).speeches ?? []).includes(speech.id) && dayOf(candidate) === dayOf(speech));
          return event ? [[hrefOf('speeches', speech.id), hrefOf('events', event.id)] as const] : [];
        }),
    );
    expect(givenAt.size, 'the corpus has a report given at a dated event').toBeGreaterThan(0);
    const dated = inLang
      .filter((file) => file.collection === 'speeches' || file.collection === 'events')
      .flatMap((file) => {
        const date = (file.frontmatter as { date?: string | Date }).date;
        return date ? [{ href: hrefOf(file.collection, file.id), date: new Date(date) }] : [];
      });
    const items = [...document.querySelectorAll('ol.timeline > li')];
    expect(items).toHaveLength(dated.length - givenAt.size);
    const shown = items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', datetime: li.querySelector('time')?.getAttribute('datetime') ?? '' }));
    const datetimes = shown.map((item) => item.datetime);
    expect([...datetimes].sort()).toEqual(datetimes);
    for (const item of dated) {
      const line = givenAt.get(item.href) ?? item.href;
      expect(shown).toContainEqual({ href: line, datetime: item.date.toISOString().slice(0, 10) });
      const li = items.find((candidate) => candidate.querySelector(`a[href="${item.href}"]`));
      expect(li?.querySelector('time')?.textContent?.trim(), item.href).toBe(formatDate(item.date, lang));
    }
    // No title is given twice: each line has one title, and a folded text is linked by its kind.
    const titles = items.flatMap((li) => [...li.querySelectorAll(':scope > a:first-of-type')].map((a) => a.textContent ?? ''));
    expect(new Set(titles).size).toBe(titles.length);
    for (const [text, event] of givenAt) {
      const li = items.find((candidate) => candidate.querySelector(`:scope > a[href="${event}"]`))!;
      expect(li.querySelectorAll(`.timeline-text a[href="${text}"]`), `${text} under ${event}`).toHaveLength(1);
    }
    const undated = files.filter((file) => file.lang === lang && file.collection === 'events' && !(file.frontmatter as { date?: unknown }).date);
    for (const event of undated) {
      expect(document.querySelectorAll(`ol.timeline a[href="/${lang}/events/${event.id}/"]`), event.id).toHaveLength(0);
      expect(document.querySelectorAll(`section a[href="/${lang}/events/${event.id}/"]`), event.id).toHaveLength(1);
    }
  });
}
