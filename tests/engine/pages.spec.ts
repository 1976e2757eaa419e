/**
 * Every page of the fixture site, in each of its languages (one of them with UI strings not yet
 * translated, and entries published there in the original): it was built, has one heading, its
 * language, every body marker written out, and no UI string with a placeholder left unfilled. Read
 * from the built HTML: the other engine specs open the pages of every type in the browser.
 */
import { builtDocument, builtPages } from '../support/built-pages';
import { engineDist, fixtureSite } from '../support/engine-site';
import { unfilledPlaceholdersIn } from '../support/placeholders';
import { expect, test } from './fixtures';

const codes = fixtureSite().languages.map((language) => language.code);

// Listed when the tests are collected: the fixture site is built by then only if a build is left
// from an earlier run, so the list is read again inside the test, after the setup project built it.
test('every page of the fixture site in every language', () => {
  const pages = builtPages(engineDist).filter((path) => codes.includes(path.split('/')[1]!));
  for (const code of codes) expect(pages.filter((path) => path.startsWith(`/${code}/`)).length, `pages in ${code}`).toBeGreaterThan(5);
  const problems = pages.flatMap((path) => {
    const document = builtDocument(path, engineDist);
    const found: string[] = [];
    if (document.documentElement.getAttribute('lang') !== path.split('/')[1]) found.push(`html lang is "${document.documentElement.getAttribute('lang')}"`);
    const headings = [...document.querySelectorAll('h1')];
    if (headings.length !== 1 || (headings[0]!.textContent ?? '').trim() === '') found.push(`${headings.length} h1, or an empty one`);
    if (document.querySelectorAll('speech-para, entry-ref, document-part').length > 0) found.push('a body marker left unrendered');
    for (const text of unfilledPlaceholdersIn(document)) found.push(`a UI string with a {{placeholder}} left unfilled: "${text}"`);
    return found.map((problem) => `${path}: ${problem}`);
  });
  expect(problems).toEqual([]);
});
