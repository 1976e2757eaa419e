/**
 * The passages that cite an entry, in pages: an orientation cited by hundreds of speech paragraphs
 * shows the first `passagePageSize` of them (site.config.ts) on its own page and goes on at
 * `<lang>/<collection>/<id>/passages/2/` …, static pages that work in the offline copy as served.
 * Pure functions over paragraphs, so the pages and the content check's link rule count alike.
 */
import { usesTerm } from './glossary.ts';
import type { Lang } from './languages.ts';
import { pageCount, pageOf } from './pagination.ts';
import { parseReference } from './references.ts';
import { pagePath } from './urls.ts';
import type { Passage } from '../schemas/common.ts';

/** A speech as the passage lists read it: its slug and its numbered paragraphs. */
export interface CitingSpeech {
  slug: string;
  paragraphs: readonly { n: number; refs: readonly string[]; text: string }[];
}

/** What makes a paragraph cite an entry: a `<Ref>` to it (any part), or the use of a glossary term. */
export type CitationTest = { refersTo: { collection: string; id: string } } | { usesTerm: readonly string[] };

/** True when a `<Ref to>` address points at the entry (any ¶ or part of it). */
function pointsAt(address: string, target: { collection: string; id: string }): boolean {
  const reference = parseReference(address);
  return reference?.collection === target.collection && reference.id === target.id;
}

/**
 * The paragraphs of `speeches` that cite an entry, one Passage per speech in the speeches' order;
 * `except` leaves out the passage shown above the list (the ¶ that states an orientation).
 */
export function citingPassagesIn(speeches: readonly CitingSpeech[], test: CitationTest, except?: Passage): Passage[] {
  const cites =
    'refersTo' in test
      ? (paragraph: CitingSpeech['paragraphs'][number]) => paragraph.refs.some((address) => pointsAt(address, test.refersTo))
      : (paragraph: CitingSpeech['paragraphs'][number]) => usesTerm(paragraph.text, test.usesTerm);
  return speeches.flatMap((speech) => {
    const paragraphs = speech.paragraphs
      .filter((paragraph) => cites(paragraph) && !(except?.speech === speech.slug && except.paragraphs.includes(paragraph.n)))
      .map((paragraph) => paragraph.n);
    return paragraphs.length > 0 ? [{ speech: speech.slug, paragraphs }] : [];
  });
}

/** How many paragraphs the passages hold, and in how many speeches. */
export function passageTotals(passages: readonly Passage[]): { paragraphs: number; speeches: number } {
  return { paragraphs: passages.reduce((sum, passage) => sum + passage.paragraphs.length, 0), speeches: passages.length };
}

/** How many pages the passages take, `size` paragraphs a page; one even when there are none. */
export function passagePageCount(passages: readonly Passage[], size: number): number {
  return pageCount(passageTotals(passages).paragraphs, size);
}

/**
 * The passages on page `number` (from 1), `size` paragraphs a page, still one Passage per speech: a
 * speech whose paragraphs run over a page break is on both pages, with its own paragraphs on each.
 */
export function passagePage(passages: readonly Passage[], number: number, size: number): Passage[] {
  const flat = passages.flatMap(({ speech, paragraphs }) => paragraphs.map((n) => ({ speech, n })));
  const page: Passage[] = [];
  for (const { speech, n } of pageOf(flat, number, size)) {
    const last = page.at(-1);
    if (last?.speech === speech) last.paragraphs.push(n);
    else page.push({ speech, paragraphs: [n] });
  }
  return page;
}

/**
 * Site-relative path of page `number` of an entry's citing passages, without the base: the first
 * page is the entry's own (`vi/orientations/x/`), the others `vi/orientations/x/passages/2/` ….
 */
export function passagePagePath(lang: Lang, collection: string, id: string, number: number): string {
  return number <= 1 ? pagePath(lang, collection, id) : `${pagePath(lang, collection, id)}passages/${number}/`;
}
