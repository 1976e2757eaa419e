/**
 * Assignments in the offline copy, opened from disk (file://: no module script, no fetch): written
 * on the list page, carried by the link alone into another browser, and printed with a QR code of
 * the site's web address (a phone cannot open a path on this computer); hostile parts left out.
 */
import { readContentFiles } from '../../src/lib/content-files';
import { languages, originalLang } from '../../src/lib/languages';
import { decodeQr, expectAssignmentShown, writeAssignment } from '../support/assignment';
import { builtSiteUrl } from '../support/gates/site-url';
import { ui, watchOfflinePage } from '../support/offline';
import { languageTurns } from '../support/language-turns';
import { expect, test } from './offline-fixtures';

/** What these tests hold is the same in every language: each runs in one, the languages taken in turn. */
const takeTurns = languageTurns(languages);

const { files } = readContentFiles(process.cwd());
const interview = files.find(
  (file) => file.collection === 'speeches' && file.lang === originalLang && (file.frontmatter as { format: string }).format === 'interview',
)!;
const orientation = files.find((file) => file.collection === 'orientations' && file.lang === originalLang)!;
const listed = `speeches/${interview.id}/p2+speeches/${interview.id}/p9+orientations/${orientation.id}`;
const siteUrl = builtSiteUrl();

for (const lang of languages) {
  const turn = takeTurns(test, lang);
  test.describe(`offline assignments (${lang})`, () => {
    // A printer's dots, not a screen's pixels, for the QR code's screenshot.
    test.use({ deviceScaleFactor: 3 });

    turn.test('an assignment written from disk travels in its link to another browser, and prints a QR code of its web address', async ({
      offlinePage: page,
      open,
      offlineRoot,
      browser,
    }) => {
      await open(`${lang}/reading-list/index.html#items=${listed}`);
      await expect(page.locator('.reading-items > li')).toHaveCount(3);
      await writeAssignment(page, lang);
      await expect(page).toHaveURL(new RegExp(`/${lang}/reading-list/index\\.html#items=${listed.replaceAll('+', '\\+')}&assignment=1\\.[A-Za-z0-9_-]+$`));
      const link = await page.getByLabel(ui(lang, 'reading.linkLabel'), { exact: true }).inputValue();
      const hash = new URL(link).hash;

      const other = await browser.newContext();
      const theirs = await other.newPage();
      const problems = await watchOfflinePage(theirs, offlineRoot);
      await theirs.goto(link);
      await expectAssignmentShown(theirs, lang);
      await expect(theirs.locator('.reading-items > li')).toHaveCount(3);
      await theirs.emulateMedia({ media: 'print' });
      const code = theirs.locator('[data-assignment-qr-code]');
      if (siteUrl) {
        expect(await decodeQr(theirs, code)).toBe(`${siteUrl}/${lang}/reading-list/${hash}`);
      } else {
        await expect(theirs.locator('[data-assignment-qr] figcaption')).toHaveText(ui(lang, 'assignment.qrNoAddress'));
      }
      expect(problems, problems.join('\n')).toEqual([]);
      await other.close();
    });

    turn.test('an unreadable assignment part from disk is left out with a notice and the list still shows', async ({ offlinePage: page, open }) => {
      await open(`${lang}/reading-list/index.html#items=${listed}&assignment=1.%E0%A4%A`);
      await expect(page.locator('[data-assignment-notice]')).toHaveText(ui(lang, 'assignment.skippedUnreadable'));
      await expect(page.locator('.reading-items > li')).toHaveCount(3);
      await expect(page.locator('[data-assignment-view]')).toBeHidden();
    });
  });
}
