/**
 * The passages that cite an entry, in pages: an orientation cited by hundreds of speech paragraphs
 * shows the first `passagePageSize` of them (site.config.ts) on its own page and goes on at
 * `<lang>/<collection>/<id>/passages/2/` …, static pages that work in the offline copy as served.
 * Pure functions over paragraphs, so the pages and the content check's link rule count alike.
 */
import { usesTerm } from './glossary.ts';
import type { Lang } from './languages.ts';
import { pageCount, pageOf } from './pagination.ts';
import { entryAddressOf, parseReference } from './references.ts';
import { pagePath } from './urls.ts';
import type { Passage } from '../schemas/common.ts';

/** A speech as the passage lists read it: its slug and its numbered paragraphs. */
export interface CitingSpeech {
  slug: string;
  paragraphs: readonly { n: number; refs: readonly string[]; text: string }[];
}

/**
 * For every entry the speeches' `<Ref>`s point at (`collection/id`, any ¶ or part of it), the
 * paragraphs that do: one Passage per speech, in the speeches' order. One pass over every paragraph
 * serves every entry, as a large library's passage and map pages ask for hundreds of them.
 */
export function passagesByEntry(speeches: readonly CitingSpeech[]): Map<string, Passage[]> {
  const byEntry = new Map<string, Passage[]>();
  for (const speech of speeches) {
    for (const paragraph of speech.paragraphs) {
      for (const address of paragraph.refs) {
        const reference = parseReference(address);
        if (!reference) continue;
        const key = entryAddressOf(reference);
        const passages = byEntry.get(key) ?? [];
        const last = passages.at(-1);
        if (last?.speech !== speech.slug) passages.push({ speech: speech.slug, paragraphs: [paragraph.n] });
        else if (!last.paragraphs.includes(paragraph.n)) last.paragraphs.push(paragraph.n);
        byEntry.set(key, passages);
      }
    }
  }
  return byEntry;
}

/** `passages` without the paragraphs of `except` (the ¶ that states an orientation, shown above its list). */
export function passagesWithout(passages: readonly Passage[], except: Passage | undefined): Passage[] {
  if (!except) return [...passages];
  return passages.flatMap((passage) => {
    if (passage.speech !== except.speech) return [passage];
    const paragraphs = passage.paragraphs.filter((n) => !except.paragraphs.includes(n));
    return paragraphs.length > 0 ? [{ speech: passage.speech, paragraphs }] : [];
  });
}

/**
 * The paragraphs of `speeches` that use a glossary term (any of its `matches`, as whole words), one
 * Passage per speech in the speeches' order.
 */
export function passagesUsingTermIn(speeches: readonly CitingSpeech[], matches: readonly string[]): Passage[] {
  return speeches.flatMap((speech) => {
    const paragraphs = speech.paragraphs.filter((paragraph) => usesTerm(paragraph.text, matches)).map((paragraph) => paragraph.n);
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
