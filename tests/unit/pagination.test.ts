import { expect, test } from 'vitest';
import { listPagePath, pageCount, pageLinks, pageOf, speechListPath } from '../../src/lib/pagination';

test('a list takes as many pages as its entries need, and one when it has none', () => {
  expect(pageCount(0, 30)).toBe(1);
  expect(pageCount(30, 30)).toBe(1);
  expect(pageCount(31, 30)).toBe(2);
});

test('each entry is on exactly one page, in order', () => {
  const entries = Array.from({ length: 7 }, (_, index) => index);
  const pages = Array.from({ length: pageCount(entries.length, 3) }, (_, index) => pageOf(entries, index + 1, 3));
  expect(pages).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
});

test('the first page keeps the list\'s address; the others go on under page/', () => {
  expect(listPagePath('vi', 'speeches', 1)).toBe('vi/speeches/');
  expect(listPagePath('vi', 'speeches', 2)).toBe('vi/speeches/page/2/');
});

test('the navigation names the first, the last and the pages around the current one, with gaps marked', () => {
  expect(pageLinks(1, 1)).toEqual([1]);
  expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
  expect(pageLinks(5, 10)).toEqual([1, undefined, 4, 5, 6, undefined, 10]);
  expect(pageLinks(10, 10)).toEqual([1, undefined, 9, 10]);
});

test('a person\'s or an event\'s list of texts starts on the entry\'s page and goes on under the list\'s name', () => {
  expect(speechListPath('vi', 'people', 'an', 'own-words', 1)).toBe('vi/people/an/');
  expect(speechListPath('en', 'events', 'visit', 'speeches', 2)).toBe('en/events/visit/speeches/2/');
});
