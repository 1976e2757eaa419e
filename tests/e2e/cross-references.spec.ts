import { readContentFiles } from '../../src/lib/content-files';
import { languages } from '../../src/lib/languages';
import { parseReference } from '../../src/lib/references';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { builtDocument } from '../support/built-pages';
import { expect, test } from './fixtures';

/**
 * What the content says refers to what, read from the MDX sources with the same parser the
 * checker uses; the built pages must show exactly these links.
 */
const { files } = readContentFiles(process.cwd());
const speeches = files.filter((file) => file.collection === 'speeches');
const directives = files.filter((file) => file.collection === 'orientations' || file.collection === 'breakthroughs');

function citingParagraphs(lang: string, collection: string, id: string): string[] {
  const statedIn = (directives.find((file) => file.lang === lang && file.collection === collection && file.id === id)?.frontmatter ?? {}) as {
    statedIn?: { speech: string; paragraphs: number[] };
  };
  return speeches
    .filter((speech) => speech.lang === lang)
    .flatMap((speech) =>
      speechParagraphs(speech.body)
        .filter((paragraph) => paragraph.refs.some((address) => {
          const reference = parseReference(address);
          return reference?.collection === collection && reference.id === id;
        }))
        // The paragraph that states the item is shown as its source text, not repeated in the list.
        .filter((paragraph) => !(statedIn.statedIn?.speech === speech.id && statedIn.statedIn.paragraphs.includes(paragraph.n)))
        .map((paragraph) => `/${lang}/speeches/${speech.id}/#p${paragraph.n}`),
    )
    .sort();
}

for (const lang of languages) {
  const own = directives.filter((file) => file.lang === lang);

  // Read from the built pages: every orientation's and breakthrough's list, every link's target ¶.
  test(`every orientation and breakthrough lists every passage that refers to it, each ¶ linked carrying the reference (${lang})`, () => {
    for (const directive of own) {
      const where = `${directive.collection}/${directive.id}`;
      const expected = citingParagraphs(lang, directive.collection, directive.id);
      expect(expected.length, `${where}: every orientation and breakthrough is cited by some passage`).toBeGreaterThan(0);
      const document = builtDocument(`/${lang}/${directive.collection}/${directive.id}/`);
      const hrefs = [...document.querySelectorAll('.passage-list a.passage-ref')].map((anchor) => anchor.getAttribute('href') ?? '').sort();
      expect(hrefs, where).toEqual(expected);
      // Each item shows the passage's opening words, in the page's language.
      expect([...document.querySelectorAll('.passage-list .passage-text')].every((text) => (text.textContent ?? '').trim() !== ''), where).toBe(true);
      for (const href of hrefs) {
        const [path, fragment] = href.split('#') as [string, string];
        const paragraph = builtDocument(path).getElementById(fragment);
        expect(paragraph?.querySelector(`a.ref[data-ref^="${directive.collection}/${directive.id}"]`), `${href} from ${where}`).not.toBeNull();
      }
    }
  });

  // One list of each kind is followed in the browser: its first passage opens in view.
  for (const directive of own.filter((file, index) => own.findIndex((other) => other.collection === file.collection) === index)) {
    test(`${directive.collection}/${directive.id}: a passage of its list opens at its ¶, the reference shown (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/${directive.collection}/${directive.id}/`);
      await page.locator('.passage-list a.passage-ref').first().click();
      const target = page.locator('.para:target');
      await expect(target).toBeInViewport();
      await expect(target.locator(`a.ref[data-ref^="${directive.collection}/${directive.id}"]`).first()).toBeVisible();
    });
  }

  test(`speech paragraphs show what they refer to (${lang})`, () => {
    for (const speech of speeches.filter((file) => file.lang === lang)) {
      const document = builtDocument(`/${lang}/speeches/${speech.id}/`);
      for (const paragraph of speechParagraphs(speech.body).filter((p) => p.refs.length > 0)) {
        const targets = [...new Set(paragraph.refs.map((address) => `/${lang}/${address.replace(/#.*$/, '')}/`))].sort();
        const shown = [...document.querySelectorAll(`#p${paragraph.n} .para-refs a`)].map((a) => a.getAttribute('href') ?? '');
        expect(shown.sort(), `¶${paragraph.n} of ${speech.id}`).toEqual(targets);
        // The inline link names its target's type for everyone, including screen readers.
        expect(document.querySelector(`#p${paragraph.n} a.ref`)?.getAttribute('aria-label'), `¶${paragraph.n} of ${speech.id}`).toMatch(/\(.+: .+\)$/);
      }
    }
  });

  test(`the relationship map links every speech, orientation and breakthrough (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/map/`);
    const expected = [...speeches, ...directives]
      .filter((file) => file.lang === lang)
      .map((file) => `/${lang}/${file.collection}/${file.id}/`)
      .sort();
    // Two drawings of one map, columns for a wide screen and bands for a phone: each holds every link.
    for (const variant of ['wide', 'narrow']) {
      const drawing = page.locator(`figure.relation-map svg.relation-map-${variant}`);
      await expect(drawing.locator('title')).not.toBeEmpty();
      await expect(drawing.locator('desc')).not.toBeEmpty();
      const hrefs = (await drawing.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))).sort();
      expect(hrefs, variant).toEqual(expected);
      expect(await drawing.locator('.relation-map-edges path').count(), variant).toBeGreaterThan(0);
    }
    const svg = page.locator('figure.relation-map svg.relation-map-wide');

    // The text alternative gives every cited paragraph as a link.
    const paragraphLinks = page.locator('figure.relation-map figcaption a[href*="#p"]');
    expect(await paragraphLinks.count()).toBeGreaterThan(0);

    // A node is keyboard-reachable and goes to its entry.
    const firstOrientation = svg.locator(`a[href^="/${lang}/orientations/"]`).first();
    const href = await firstOrientation.getAttribute('href');
    await firstOrientation.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
}
