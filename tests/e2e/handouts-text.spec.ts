/**
 * What the PDF handouts say, read from the PDFs the build printed (scripts/handouts/): per speech
 * and handout (each language and the bilingual one), the citation credits the right voice and
 * carries an absolute address, every ¶ of the text is there, the editors' labels the printed page
 * shows are there, and so is the source's own title. On paper: A4, ¶1 on the first page, related
 * texts as a list with their addresses instead of link cards, linked phrases without their screen
 * tags, and a voice label apart from the words it labels. Expected values come from the content
 * files, the built pages and the UI strings; the test only reads the PDFs, it prints nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { handoutPath, handoutSourcePage, handoutsOf, type Handout } from '../../src/lib/handouts';
import { languages, originalLang, type Lang } from '../../src/lib/languages';
import { citedTitle, files, responsible, speakerNames, titleFields, wholeVoiceOf } from '../support/citation-expectations';
import { builtSiteUrl } from '../support/gates/site-url';
import { ui as t } from '../support/offline';
import { pdfPages, pdfText, withoutSpace } from '../support/pdf-text';

const siteUrl = builtSiteUrl();
const speeches = files.filter((file) => file.collection === 'speeches' && file.lang === originalLang).map((file) => file.id);

/** The languages a speech is written in: each has its handout, and each translation one beside the original. */
const writtenIn = (id: string) => languages.filter((lang) => files.some((file) => file.collection === 'speeches' && file.lang === lang && file.id === id));
/** The languages whose text a handout holds. */
const textLangs = (handout: Handout) => [handout.lang, ...(handout.beside ? [handout.beside] : [])];

/** The ¶ numbers of a speech, from its file's `<Para n={…}>`. */
const paragraphNumbers = (lang: Lang, id: string) =>
  [...files.find((file) => file.collection === 'speeches' && file.lang === lang && file.id === id)!.body.matchAll(/<Para\s+n=\{(\d+)\}/g)].map((match) => Number(match[1]));

/** The built page a handout is printed from, to know which of the editors' sections it shows. */
const sourceHtml = (id: string, handout: Handout) => readFileSync(join('dist', handoutSourcePage(id, handout).replace(/\?.*$/, ''), 'index.html'), 'utf8');

test('the corpus has speeches to print', () => {
  expect(speeches.length).toBeGreaterThan(0);
});

for (const id of speeches) {
  for (const handout of handoutsOf(writtenIn(id), originalLang)) {
    const { variant } = handout;
    test(`${handoutPath(id, variant)}: citation, ¶, the editors' labels and the source's title`, async () => {
      const file = join('dist', handoutPath(id, variant));
      expect(existsSync(file), `${file} is missing (built with SITE_HANDOUTS=off or without Chromium?)`).toBe(true);
      const text = await pdfText(file);
      const flat = withoutSpace(text);
      const lang = handout.lang;
      const has = (phrase: string, what: string) => expect(flat, `${what}: ${phrase}`).toContain(withoutSpace(phrase));

      // The citation credits whoever answers for the text as a whole, with the source's title.
      const speakers = speakerNames(lang, id);
      has(`${t(lang, 'cite.whole')}: ${responsible(lang, wholeVoiceOf(id), id, speakers)}, ${citedTitle(lang, id)},`, 'citation');
      // Its address is absolute; without a site URL at build, the path is said to be the library's.
      const path = `/${lang}/speeches/${id}/`;
      if (siteUrl) {
        has(`${siteUrl}${path}`, 'canonical address');
        const paths = [...flat.matchAll(new RegExp(escape(path), 'g'))].map((match) => match.index);
        expect(paths.length).toBeGreaterThan(0);
        for (const index of paths) expect(flat.slice(0, index).endsWith(withoutSpace(siteUrl)), `a bare ${path} in ${file}`).toBe(true);
      } else {
        has(`${path} ${t(lang, 'cite.noSiteUrl')}`, 'library path, said to be one');
      }
      expect(text).not.toContain('file:');

      // Every ¶ of the text, once per language the handout holds.
      const numbers = paragraphNumbers(originalLang, id);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) {
        const printed = text.match(new RegExp(`¶${n}(?!\\d)`, 'g'))?.length ?? 0;
        expect(printed, `¶${n} in ${file}`).toBe(textLangs(handout).length);
      }

      // The editors' words are said to be theirs: the summary, and each section of relations the page shows.
      has(`${t(lang, 'meta.summary')}:`, "the summary's label");
      const html = sourceHtml(id, handout);
      if (html.includes('data-relation="editorial"><h2')) {
        has(t(lang, 'speech.editorial'), "the editors' relations");
        has(t(lang, 'speech.editorialNote'), "the editors' relations");
      }
      if (html.includes('data-relation="stated"><h2')) has(t(lang, 'speech.stated'), 'the stated relations');
      expect(html.includes('data-relation="editorial"><h2') || html.includes('data-relation="stated"><h2'), 'the page shows relations').toBe(true);

      // The source's own title, or that it has none and the editors' description, in the provenance block.
      const source = titleFields(originalLang, id);
      const shown = titleFields(lang, id);
      if (source.titleIsEditorial) {
        has(`${t(lang, 'meta.originalTitle')} ${t(lang, 'meta.noOriginalTitle')}`, 'no original title');
        has(`${t(lang, 'meta.editorsTitle')} ${shown.title}`, "the editors' description");
        has(t(lang, 'meta.editorialTitle'), "the editors' title, labelled");
      } else {
        has(`${t(lang, 'meta.originalTitle')} ${source.title}`, "the source's title");
        if (lang !== originalLang) has(`${t(lang, 'meta.titleTranslation')} ${shown.title}`, "the editors' translation of it");
      }
    });
  }
}

/** A4 in PostScript points (210 × 297 mm); Chromium rounds a page to whole CSS pixels, within a point. */
const a4 = { short: 595.28, long: 841.89 };
const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;

/** The related entries' links the printed page lists (its relation sections), with where they go. */
const relatedLinks = (html: string) =>
  [...html.matchAll(/<section[^>]*data-relation="[^"]*"[^>]*>[\s\S]*?<\/section>/g)].flatMap((section) =>
    [...section[0].matchAll(/<li class="card">[\s\S]*?<a href="([^"]+)">([^<]+)<\/a>[\s\S]*?<span class="print-address">([^<]+)<\/span>/g)].map((match) => ({ href: match[1]!, title: match[2]!, address: match[3]! })),
  );

for (const id of speeches) {
  for (const handout of handoutsOf(writtenIn(id), originalLang)) {
    const { variant } = handout;
    test(`${handoutPath(id, variant)}: on paper, A4, ¶1 on page 1, related texts listed with their addresses, no screen marks`, async () => {
      const file = join('dist', handoutPath(id, variant));
      expect(existsSync(file), `${file} is missing (built with SITE_HANDOUTS=off or without Chromium?)`).toBe(true);
      const pages = await pdfPages(file);
      const text = pages.map((page) => page.text).join('');
      const flat = withoutSpace(text);
      const lang = handout.lang;

      // A4, landscape for the bilingual handout (two columns), portrait otherwise.
      for (const [index, page] of pages.entries()) {
        const [width, height] = handout.beside ? [a4.long, a4.short] : [a4.short, a4.long];
        expect(near(page.width, width) && near(page.height, height), `page ${index + 1} of ${file} is ${page.width} × ${page.height} pt`).toBe(true);
      }

      // The text starts on the first page: the header leaves room for ¶1.
      const first = paragraphNumbers(originalLang, id)[0]!;
      expect(pages[0]!.text, `¶${first} on page 1 of ${file}`).toMatch(new RegExp(`¶${first}(?!\\d)`));

      // Each related text the page links is listed with its address (absolute when the site's is known).
      const related = relatedLinks(sourceHtml(id, handout));
      expect(related.length, 'the page lists related texts').toBeGreaterThan(0);
      for (const { href, title, address } of related) {
        expect(address).toBe(siteUrl ? `${siteUrl}${href}` : href);
        expect(flat, `${title} listed with ${address}`).toContain(withoutSpace(`${title}`));
        expect(flat, `${address} printed`).toContain(withoutSpace(address));
      }

      // Nothing that only works on screen: the handout links, the reading-list and parallel-text controls, the marks' legend.
      for (const key of ['handout.pdf', 'reading.addEntry', 'reading.open', 'parallel.title']) expect(flat, key).not.toContain(withoutSpace(t(lang, key)));
      expect(flat).not.toContain(withoutSpace(t(lang, 'ref.legend', { marks: '' }).slice(0, 12)));
      // Linked phrases print as the source's words alone: no "ĐH1"/"O1" tag after them.
      const tags = ['collection.orientations.abbr', 'collection.breakthroughs.abbr'].flatMap((key) => textLangs(handout).map((code) => escape(t(code, key))));
      expect(text).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])(${tags.join('|')})\\d+(?!\\p{N})`, 'u'));

      // A voice label is apart from the words it labels ("REPORTER'S WORDS: On…", never "WORDS:On…").
      const labels = ['voice.lead', 'voice.narration', 'voice.question', 'voice.note'].flatMap((key) => textLangs(handout).map((code) => t(lang, key).toLocaleUpperCase(code)));
      for (const label of labels) expect(text, label).not.toMatch(new RegExp(`${escape(label)}:[^\\s]`));
      const shown = labels.filter((label) => text.includes(`${label}:`));
      expect(shown.length, 'the handout shows voice labels').toBeGreaterThan(0);
    });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
