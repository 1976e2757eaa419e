import { expect, test } from '@playwright/test';
import { filesIn } from '../support/gates/files';
import { htmlValidateProblems, nuCheckerErrors } from '../support/gates/html';

/** The HTML gate: every built page, in both languages, is valid HTML by two independent checkers. */
const pages = filesIn('dist');
const broken = 'tests/fixtures/gates/html/broken.html';

test('the site has pages of every type to check', () => {
  expect(pages.length).toBeGreaterThan(20);
  expect(pages).toEqual(expect.arrayContaining(['dist/index.html', 'dist/404.html', 'dist/vi/index.html', 'dist/en/index.html']));
});

// Time-outs are ceilings for a hang: the Nu checker starts a Java VM, slow on a busy machine.
test('the W3C Nu HTML Checker reports no error on any built page', async () => {
  test.setTimeout(300_000);
  expect(await nuCheckerErrors(pages)).toEqual([]);
});

test('html-validate reports nothing on any built page', async () => {
  test.setTimeout(300_000);
  expect(await htmlValidateProblems(pages)).toEqual([]);
});

test.describe('on a deliberately broken page', () => {
  test('the Nu HTML Checker fails it', async () => {
    test.setTimeout(180_000);
    const errors = await nuCheckerErrors([broken]);
    expect(errors).toEqual([
      `${broken}:10:54  No “p” element in scope but a “p” end tag seen.  [vnu]`,
      `${broken}:12:7  Duplicate ID “p1”.  [vnu]`,
      expect.stringMatching(/:13:7 {2}An “img” element must have an “alt” attribute/),
      `${broken}:14:15  The element “a” with the attribute “href” must not appear as a descendant of the “button” element.  [vnu]`,
    ]);
  });

  test('html-validate fails it', async () => {
    const rules = (await htmlValidateProblems([broken])).map((problem) => problem.replace(/^.*\[html-validate\/(.+)\]$/, '$1'));
    expect(rules).toEqual(
      expect.arrayContaining(['no-implicit-close', 'close-order', 'no-dup-id', 'wcag/h37', 'element-permitted-content']),
    );
  });
});
