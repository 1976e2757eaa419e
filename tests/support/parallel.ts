import { expect, type Locator, type Page } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content-files';
import { languageLabelIn, originalLang, translationLangs, type Lang } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { ui } from './offline';

/**
 * The parallel text of a speech page (src/scripts/parallel-text.ts), as the served and the offline
 * tests drive and measure it.
 */

/** The plain text of each ¶ of a speech in a language, by number: what its data.js carries. */
export function paragraphTexts(lang: Lang, id: string): Map<number, string> {
  const file = readContentFiles(process.cwd()).files.find((entry) => entry.collection === 'speeches' && entry.lang === lang && entry.id === id);
  if (!file) throw new Error(`no speech ${lang}/${id} in content/`);
  return new Map(speechParagraphs(file.body).map((paragraph) => [paragraph.n, paragraph.text]));
}

/**
 * The language a page's parallel text compares with by default: the original, or, on the
 * original's page, the first translation (components/ParallelSwitch.astro).
 */
export function comparedWith(lang: Lang): Lang {
  return lang === originalLang ? translationLangs[0]! : originalLang;
}

/** The compared language's ¶n, placed right after the page's ¶n. */
export function twinOf(page: Page, n: number): Locator {
  return page.locator(`#p${n} + .para-twin`);
}

/** The switch's radio button for a view: a language (named in the page's language), or both side by side. */
export function viewRadio(page: Page, lang: Lang, view: Lang | 'both'): Locator {
  return page.getByRole('group', { name: ui(lang, 'parallel.title') }).getByRole('radio', { name: view === 'both' ? ui(lang, 'parallel.both') : languageLabelIn(view, lang), exact: true });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Each listed ¶, its twin and the next original ¶, measured in the page in one pass (a pair's boxes
 * at the same moment, and one round trip for a whole text instead of three per ¶).
 */
async function pairBoxes(page: Page, numbers: readonly number[]): Promise<{ n: number; own: Box; twin: Box; next: Box | null }[]> {
  const measured = await page.evaluate((ns) => {
    const box = (element: Element | null) => {
      const rect = element?.getBoundingClientRect();
      return rect && (rect.width > 0 || rect.height > 0) ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    };
    return ns.map((n) => {
      const own = document.getElementById(`p${n}`);
      const twin = own?.nextElementSibling?.matches('.para-twin') ? own.nextElementSibling : null;
      return { n, own: box(own), twin: box(twin), next: box(document.getElementById(`p${n + 1}`)) };
    });
  }, [...numbers]);
  return measured.map(({ n, own, twin, next }) => {
    if (!own || !twin) throw new Error(`¶${n} or its twin is not shown`);
    return { n, own, twin, next };
  });
}

/** ¶n and its twin start on one line, the twin in the column to the right: for each ¶ listed. */
export async function expectSideBySide(page: Page, paragraphs: number | readonly number[]): Promise<void> {
  for (const { n, own, twin } of await pairBoxes(page, typeof paragraphs === 'number' ? [paragraphs] : paragraphs)) {
    expect(Math.abs(own.y - twin.y), `¶${n} pair starts on one line`).toBeLessThan(2);
    expect(twin.x, `twin ¶${n} is right of the original`).toBeGreaterThanOrEqual(own.x + own.width);
  }
}

/** ¶n, then its twin under it, then the next original under the twin (pairs, one column): for each ¶ listed. */
export async function expectStacked(page: Page, paragraphs: number | readonly number[]): Promise<void> {
  for (const { n, own, twin, next } of await pairBoxes(page, typeof paragraphs === 'number' ? [paragraphs] : paragraphs)) {
    expect(Math.abs(own.x - twin.x), `¶${n} pair is one column`).toBeLessThan(2);
    expect(twin.y, `twin ¶${n} is under the original`).toBeGreaterThanOrEqual(own.y + own.height);
    if (next) expect(next.y, `¶${n + 1} is under twin ¶${n}`).toBeGreaterThanOrEqual(twin.y + twin.height);
  }
}

/** The element is at the top of the window (where a #fragment scrolls it), not merely somewhere in it. */
export async function expectAtTop(element: Locator): Promise<void> {
  const top = await element.evaluate((node) => node.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(40);
}
