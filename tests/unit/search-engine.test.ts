/**
 * What the search asks Pagefind for, and when (src/scripts/search/engine.ts), with a Pagefind that
 * answers from a table and notes every question: a query with a common word is asked by its pairs
 * first, and by its words apart only when the reader goes past the pages with them side by side.
 */
import { describe, expect, test } from 'vitest';
import { pairKey } from '../../src/lib/search/common-words';
import { searchSite } from '../../src/scripts/search/engine';
import type { Pagefind, PagefindResult } from '../../src/scripts/search/load-pagefind';

const words = { inflects: false };

/** A page whose text is `text`, at `/vi/<id>/`. */
const pageHit = (id: string, text: string, score = 1): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: `/vi/${id}/`, content: text, anchors: [], meta: { title: id } }),
});

/** Answers each term from `answers` (none: no page) and notes the terms asked. */
function tablePagefind(answers: Record<string, PagefindResult[]>, commonWords: string[]): Pagefind & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    commonWords: new Set(commonWords),
    search: async (term) => {
      asked.push(String(term));
      return { results: answers[String(term)] ?? [] };
    },
  };
}

const together = Array.from({ length: 7 }, (_, n) => pageHit(`together-${n}`, 'phát triển kinh tế cửa khẩu của tỉnh'));
const apart = Array.from({ length: 4 }, (_, n) => pageHit(`apart-${n}`, 'kinh tế của tỉnh và cửa khẩu biên giới'));
const pairs = [pairKey('kinh', 'te'), pairKey('te', 'cua'), pairKey('cua', 'khau')].join(' ');

describe('searchSite with common words', () => {
  test('finds the pages with the words side by side by their pairs, and says that is what it counts', async () => {
    const pagefind = tablePagefind({ [pairs]: together, 'kinh tế cửa khẩu': [...together, ...apart] }, ['kinh', 'te', 'cua']);
    const outcome = await searchSite(pagefind, 'kinh tế cửa khẩu', {}, words);
    expect(pagefind.asked).toEqual([pairs]);
    expect(outcome.pages.map((page) => page.best.url)).toEqual(together.slice(0, 5).map((hit) => `/vi/${hit.id}/`));
    expect(outcome.total).toBe(together.length);
    expect(outcome.together).toBe(true);
    expect(outcome.unread()).toBeGreaterThan(0);
  });

  test('asks for the words apart once the reader goes past the pages with them side by side', async () => {
    const pagefind = tablePagefind({ [pairs]: together, 'kinh tế cửa khẩu': [...together, ...apart] }, ['kinh', 'te', 'cua']);
    const outcome = await searchSite(pagefind, 'kinh tế cửa khẩu', {}, words);
    const more = await outcome.readMore();
    expect(pagefind.asked).toEqual([pairs, 'kinh tế cửa khẩu']);
    // The last two side by side, then the first with the words apart; each page once.
    expect(more.map((page) => page.best.url)).toEqual([...together.slice(5), ...apart.slice(0, 3)].map((hit) => `/vi/${hit.id}/`));
    expect(outcome.total).toBe(together.length + apart.length);
    expect(outcome.together).toBe(false);
    expect((await outcome.readMore()).map((page) => page.best.url)).toEqual([`/vi/${apart[3]!.id}/`]);
    expect(outcome.unread()).toBe(0);
  });

  test('asks for the words apart at once when the pages side by side do not fill a screen', async () => {
    const pagefind = tablePagefind({ [pairs]: together.slice(0, 2), 'kinh tế cửa khẩu': [...together.slice(0, 2), ...apart] }, ['kinh', 'te', 'cua']);
    const outcome = await searchSite(pagefind, 'kinh tế cửa khẩu', {}, words);
    expect(pagefind.asked).toEqual([pairs, 'kinh tế cửa khẩu']);
    expect(outcome.pages.map((page) => page.best.url).slice(0, 2)).toEqual(together.slice(0, 2).map((hit) => `/vi/${hit.id}/`));
    expect(outcome.total).toBe(2 + apart.length);
    expect(outcome.together).toBe(false);
  });

  test('with no common word, asks Pagefind for the words and for them as a phrase, as before', async () => {
    const pagefind = tablePagefind({ 'kinh tế cửa khẩu': [...together, ...apart], '"kinh tế cửa khẩu"': together }, []);
    const outcome = await searchSite(pagefind, 'kinh tế cửa khẩu', {}, words);
    expect(pagefind.asked.sort()).toEqual(['"kinh tế cửa khẩu"', 'kinh tế cửa khẩu']);
    expect(outcome.total).toBe(together.length + apart.length);
    expect(outcome.together).toBe(false);
  });

  test('two neighbours no pair holds: the words and the phrase are asked for, as without common words', async () => {
    const pagefind = tablePagefind({ 'phên giậu của bản': together, '"phên giậu của bản"': together.slice(0, 1) }, ['cua']);
    const outcome = await searchSite(pagefind, 'phên giậu của bản', {}, words);
    expect(pagefind.asked.sort()).toEqual(['"phên giậu của bản"', 'phên giậu của bản']);
    expect(outcome.together).toBe(false);
  });

  test('a typed ~ is not a way into the pairs', async () => {
    const pagefind = tablePagefind({ 'kinh': together }, ['kinh']);
    await searchSite(pagefind, '~kinh', {}, words);
    expect(pagefind.asked).toEqual(['kinh']);
  });

  test('one common word alone is searched as it is', async () => {
    const pagefind = tablePagefind({ 'của': together }, ['cua']);
    const outcome = await searchSite(pagefind, 'của', {}, words);
    expect(pagefind.asked).toEqual(['của']);
    expect(outcome.together).toBe(false);
  });
});
