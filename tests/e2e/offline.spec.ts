/**
 * The offline copy, as a reader gets it: the ZIP linked from the served site, unpacked into a
 * folder and opened from disk (file://) in Chromium, with no server and no network. Every test
 * fails on a console error, a failed request, a request outside the copy, a fetch, a worker or a
 * module script (tests/support/offline.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { JSDOM } from 'jsdom';
import { visit } from 'unist-util-visit';
import { labelOf } from '../../src/lib/languages';
import { offlineZipPath } from '../../src/lib/offline/name';
import { formatSize } from '../../src/lib/offline/format';
import { cspProblems } from '../support/gates/csp';
import { builtSiteUrl } from '../support/gates/site-url';
import { onePagePerType } from '../support/built-pages';
import { filesIn } from '../support/gates/files';
import { htmlValidateProblems } from '../support/gates/html';
import { builtZip, fileInCopy, fileUrl, sitePathOf, ui as t } from '../support/offline';
import { hitRank, openSearch, runQuery, type ShownResult } from '../support/search';
import { expect, test } from './offline-fixtures';

const speech = 'speeches/to-lam-working-session-cao-bang';

test('every served page links the ZIP from its footer, with its size', async ({ page, request }) => {
  const bytes = statSync(builtZip).size;
  const wrong: string[] = [];
  for (const file of filesIn('dist').filter((path) => !/^dist\/(index|404)\.html$/.test(path))) {
    let lang: 'vi' | 'en' = 'vi';
    let link: Element | undefined;
    let size = '';
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      if (node.tagName === 'html') lang = node.properties['lang'] === 'en' ? 'en' : 'vi';
      if (node.tagName === 'a' && node.properties['href'] === `/${offlineZipPath}`) link = node;
      if (node.properties['dataOfflineSize'] !== undefined) size = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    });
    if (!link) wrong.push(`${file}: no link to the ZIP`);
    if (size !== t(lang, 'footer.offlineSize', { size: formatSize(bytes, lang) })) wrong.push(`${file}: size "${size}"`);
  }
  expect(wrong).toEqual([]);

  await page.goto('/en/');
  const link = page.getByRole('contentinfo').getByRole('link', { name: t('en', 'footer.offlineDownload') });
  await expect(link).toHaveAttribute('href', `/${offlineZipPath}`);
  const zip = await request.get((await link.getAttribute('href'))!);
  expect(zip.status()).toBe(200);
  expect((await zip.body()).byteLength).toBe(bytes);
});

test('every page of the copy keeps a strict script policy and is valid HTML', async ({ offlineRoot }) => {
  test.setTimeout(120_000);
  const pages = filesIn(offlineRoot);
  expect(pages.length).toBeGreaterThan(60);
  expect(pages.flatMap((file) => cspProblems(readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`))).toEqual([]);
  expect(await htmlValidateProblems(pages)).toEqual([]);
});

/** A page of the copy parsed as the browser would read it from disk, before any script runs. */
function parsedFile(root: string, file: string): Document {
  return new JSDOM(readFileSync(join(root, file), 'utf8'), { url: fileUrl(root, file) }).window.document;
}

// Every page's links and resources are read from its file (the copy is written at build time);
// the browser opens one page of each type in each language, for what only it can tell.
test('every page links by relative paths to files of the copy, its resources are there, and every page is reached from the home pages', ({ offlineRoot }) => {
  const queue = ['vi/index.html', 'en/index.html'];
  const visited = new Set<string>();
  const wrong: string[] = [];
  const fragments: { from: string; file: string; id: string }[] = [];
  // The ids each page defines, for checking #fragments: every page a fragment names is crawled too.
  const ids = new Map<string, Set<string>>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (visited.has(file)) continue;
    visited.add(file);
    const document = parsedFile(offlineRoot, file);
    ids.set(file, new Set([...document.querySelectorAll('[id]')].map((element) => element.id)));
    const notice = document.querySelector('[data-offline-notice] time')?.getAttribute('datetime') ?? '';
    if (!/^\d{4}-\d\d-\d\dT/.test(notice)) wrong.push(`${file}: no offline notice with the build time`);
    for (const element of document.querySelectorAll('[src], link[href]')) {
      const raw = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
      if (raw.startsWith('/')) wrong.push(`${file}: absolute path ${raw}`);
      else if (!/^(https?|data):/.test(raw)) {
        const resource = fileInCopy(offlineRoot, new URL(raw, document.baseURI).href)?.split('#')[0];
        if (resource === undefined || !statSync(join(offlineRoot, resource), { throwIfNoEntry: false })?.isFile()) wrong.push(`${file}: ${raw} is not a file of the copy`);
      }
    }
    // SVG links (the map) have no string href: resolve the attribute.
    for (const anchor of document.querySelectorAll('a[href]')) {
      const raw = anchor.getAttribute('href') ?? '';
      if (raw.startsWith('#') || /^(https?|mailto):/.test(raw)) continue;
      const target = fileInCopy(offlineRoot, new URL(raw, document.baseURI).href);
      if (raw.startsWith('/') || target === undefined) {
        wrong.push(`${file}: link ${raw} leaves the copy`);
        continue;
      }
      const [path = '', id] = target.split('#');
      if (!/\.(html|pdf)$/.test(path)) wrong.push(`${file}: link ${raw} does not name a file`);
      else if (!statSync(join(offlineRoot, path), { throwIfNoEntry: false })?.isFile()) wrong.push(`${file}: link ${raw} goes to a missing file`);
      else if (path.endsWith('.html')) {
        queue.push(path);
        if (id) fragments.push({ from: file, file: path, id: decodeURIComponent(id) });
      }
    }
  }
  for (const { from, file, id } of fragments) {
    if (!ids.get(file)?.has(id)) wrong.push(`${from}: link to ${file}#${id}, which has no such id`);
  }
  expect([...new Set(wrong)]).toEqual([]);

  const pages = filesIn(offlineRoot).map((path) => fileInCopy(offlineRoot, `file://${path}`)!);
  const unreached = pages.filter((path) => path.endsWith('.html') && !visited.has(path) && path !== 'index.html' && path !== '404.html');
  expect(unreached, 'pages of the copy no link leads to').toEqual([]);
  expect(visited.size).toBeGreaterThan(60);
});

test('a page of every type opens from disk with its styles, fonts and images', async ({ offlinePage: page, offlineRoot }) => {
  test.setTimeout(120_000);
  // The root chooses Vietnamese with a meta refresh, which works from disk too.
  await page.goto(fileUrl(offlineRoot, 'index.html'));
  await page.waitForURL(/\/vi\/index\.html$/);

  const wrong: string[] = [];
  const files = onePagePerType().map(({ path }) => `${path.slice(1)}index.html`);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    await page.goto(fileUrl(offlineRoot, file));
    const seen = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        fonts: [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replaceAll('"', '')),
        bodyMargin: getComputedStyle(document.body).marginTop,
        brokenImages: [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.src),
      };
    });
    if (seen.bodyMargin !== '0px') wrong.push(`${file}: the site's stylesheet is not applied`);
    if (!seen.fonts.includes('Be Vietnam Pro')) wrong.push(`${file}: the site's font did not load`);
    if (seen.brokenImages.length > 0) wrong.push(`${file}: images not loaded: ${seen.brokenImages.join(', ')}`);
  }
  expect(wrong).toEqual([]);
});

test('a reader clicks through page types in both languages', async ({ offlinePage: page, open }) => {
  await open('vi/index.html');
  const nav = page.getByRole('navigation', { name: t('vi', 'nav.label') });
  await nav.getByRole('link', { name: t('vi', 'collection.speeches.title') }).click();
  await expect(page).toHaveURL(/\/vi\/speeches\/index\.html$/);
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/vi\/speeches\/[^/]+\/index\.html$/);
  await page.getByRole('radio', { name: t('vi', 'parallel.both'), exact: true }).check();
  await expect(page).toHaveURL(/\/vi\/speeches\/[^/]+\/index\.html\?view=both$/);
  await expect(page.locator('.para-twin[lang="en"]').first()).toBeVisible();
  // The language switch keeps the view: the English page opens with the Vietnamese beside it.
  await page.getByRole('list', { name: t('vi', 'lang.label') }).getByRole('link', { name: labelOf('en'), exact: true }).click();
  await expect(page).toHaveURL(/\/en\/speeches\/[^/]+\/index\.html\?view=both$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.para-twin[lang="vi"]').first()).toBeVisible();
  for (const key of ['collection.orientations.title', 'collection.glossary.title', 'nav.map', 'nav.timeline', 'nav.reading-list'] as const) {
    await page.getByRole('navigation', { name: t('en', 'nav.label') }).getByRole('link', { name: t('en', key) }).click();
    await expect(page).toHaveURL(/\/en\/[a-z-]+\/index\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('the language switch lands on the twin page and keeps the paragraph', async ({ offlinePage: page, open }) => {
  await open(`vi/${speech}/index.html#p7`);
  await expect(page.locator('#p7')).toBeInViewport();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/en/${speech}/index\\.html#p7$`));
  await expect(page.locator('.para:target')).toHaveAttribute('id', 'p7');
  await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/${speech}/index\\.html#p7$`));
});

test('search works from disk, with and without diacritics, and opens the paragraph', async ({ offlinePage: page, open, offlineRoot }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(fileInCopy(offlineRoot, request.url()) ?? request.url()));
  await open('vi/index.html');
  await openSearch(page);
  const asSitePaths = (results: ShownResult[]) =>
    results.map((result) => ({
      link: sitePathOf(fileInCopy(offlineRoot, new URL(result.link, page.url()).href) ?? result.link),
      paragraphs: result.paragraphs.map((href) => sitePathOf(fileInCopy(offlineRoot, new URL(href, page.url()).href) ?? href)),
    }));

  const accented = asSitePaths(await runQuery(page, 'chuyển đổi số'));
  const unaccented = asSitePaths(await runQuery(page, 'chuyen doi so'));
  expect(accented.length).toBeGreaterThan(0);
  expect(unaccented.slice(0, 3).map((result) => result.link.split('#')[0])).toEqual(accented.slice(0, 3).map((result) => result.link.split('#')[0]));
  // Đ has no decomposition: "dong dang" finds Đồng Đăng through the search's own d/đ readings.
  const dongDang = asSitePaths(await runQuery(page, 'dong dang'));
  expect(hitRank(dongDang, ['/vi/speeches/phan-thang-an-dynamic-cao-bang/#p5', '/vi/speeches/phan-thang-an-dynamic-cao-bang/#p15'])).toBeLessThanOrEqual(3);

  // The queries loaded only the fragments they needed, each a classic script of the copy.
  const fragmentScripts = requested.filter((file) => /^pagefind\/fragment\/.*\.pf_fragment\.js$/.test(file));
  const allFragments = readdirSync(join(offlineRoot, 'pagefind/fragment')).length;
  expect(fragmentScripts.length).toBeGreaterThan(0);
  expect(fragmentScripts.length).toBeLessThan(allFragments);

  const link = page.locator('[data-search-results] a.search-result-link[href*="#p"]').first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\.\.\/vi\/speeches\/[^/]+\/index\.html#p\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/^\.\.\//, '/').replaceAll('.', '\\.')}$`));
  await expect(page.locator('.para:target')).toHaveAttribute('id', href.split('#')[1]!);
  await expect(page.locator('.para:target')).toBeInViewport();

  await open('en/index.html');
  await openSearch(page);
  expect((await runQuery(page, 'digital transformation')).length).toBeGreaterThan(0);
  expect((await runQuery(page, 'Dong Dang')).length).toBeGreaterThan(0);
});

test('reading lists and citations work from disk', async ({ offlinePage: page, open }) => {
  // Where the browser will not copy, the citation opens selected for Ctrl+C: the address it cites.
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await open(`vi/reading-list/index.html#items=${speech}/p3`);
  const item = page.locator('.reading-item a').first();
  await expect(item).toHaveAttribute('href', `../../vi/${speech}/index.html#p3`);
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/vi/${speech}/index\\.html#p3$`));

  await page.locator('#p3 button[data-cite]').click();
  const dialog = page.getByRole('dialog', { name: t('vi', 'cite.dialogTitle') });
  await expect(dialog).toBeVisible();
  // The passage's web address (the build's site URL), or the library path said to be one: never this computer's file.
  const siteUrl = builtSiteUrl();
  const address = siteUrl ? `${siteUrl}/vi/${speech}/#p3` : `/vi/${speech}/#p3 ${t('vi', 'cite.noSiteUrl')}`;
  await expect(dialog.getByRole('textbox')).toHaveValue(new RegExp(` ${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(dialog.getByRole('textbox')).not.toHaveValue(/file:/);
});
