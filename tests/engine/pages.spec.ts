/**
 * Every page of the fixture site, in each of its languages (one of them with UI strings not yet
 * translated, and entries published there in the original): it was built, has one heading, its
 * language, every body marker written out, and no UI string with a placeholder left unfilled. Read
 * from the built HTML: the other engine specs open the pages of every type in the browser.
 */
import { basicProblems, builtDocument, builtPages } from '../support/built-pages';
import { engineDist, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const codes = fixtureSite().languages.map((language) => language.code);

// Listed when the tests are collected: the fixture site is built by then only if a build is left
// from an earlier run, so the list is read again inside the test, after the setup project built it.
test('every page of the fixture site in every language', () => {
  const pages = builtPages(engineDist).filter((path) => codes.includes(path.split('/')[1]!));
  for (const code of codes) expect(pages.filter((path) => path.startsWith(`/${code}/`)).length, `pages in ${code}`).toBeGreaterThan(5);
  const problems = pages.flatMap((path) => basicProblems(builtDocument(path, engineDist), path.split('/')[1]!).map((problem) => `${path}: ${problem}`));
  expect(problems).toEqual([]);
});
