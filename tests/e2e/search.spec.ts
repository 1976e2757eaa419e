import { rmSync } from 'node:fs';
import { builtDocument, pagesIn } from '../support/built-pages';
import { buildFixtureIndex, serveFixtureIndex } from '../support/search-fixture';
import { ui } from '../support/offline';
import { openSearch, runQuery } from '../support/search';
import { expect, test } from './fixtures';

const speechPath = (lang: string, slug: string) => `/${lang}/speeches/${slug}/`;

test.describe('the search dialog', () => {
  // That every page has it is read from the built pages; that it loads nothing, on a page of each kind of layout.
  test('is on every page, and loads nothing until it opens', async ({ page }) => {
    const pages = [...pagesIn('vi'), ...pagesIn('en')];
    const without = pages.filter((path) => {
      const button = builtDocument(path).querySelector('header button.search-button[data-search-open]');
      return !button?.textContent?.includes(ui(path.split('/')[1]!, 'search.open'));
    });
    expect(pages.length).toBeGreaterThan(20);
    expect(without).toEqual([]);

    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of ['/vi/', '/en/speeches/to-lam-working-session-cao-bang/', '/vi/map/', '/en/reading-list/']) {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('button', { name: path.startsWith('/vi/') ? 'Tìm kiếm' : 'Search' })).toBeVisible();
    }
    expect(requested.filter((path) => path.includes('/pagefind/') || /search-ui/.test(path))).toEqual([]);

    await page.getByRole('button', { name: /Search|Tìm kiếm/ }).click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requested.some((path) => /\/_astro\/search-ui\.[\w-]+\.js$/.test(path))).toBe(true);
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`offers exactly the filter values the ${lang} index holds, without loading Pagefind's filter indexes`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`/${lang}/`);
      const choices = (name: string) =>
        page.locator(`select[data-search-filter="${name}"] option`).evaluateAll((options: HTMLOptionElement[]) => options.map((option) => option.value).filter(Boolean).sort());
      const offered = { type: await choices('type'), speaker: await choices('speaker') };

      await openSearch(page);
      await runQuery(page, lang === 'vi' ? 'phat trien' : 'development');
      expect(requested.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);

      const indexed = await page.evaluate(async () => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind = (await import(bundle)) as { filters(): Promise<Record<string, Record<string, number>>> };
        const counts = await pagefind.filters();
        return { type: Object.keys(counts['type'] ?? {}).sort(), speaker: Object.keys(counts['speaker'] ?? {}).sort() };
      });
      expect(indexed.type.length).toBeGreaterThan(5);
      expect(indexed.speaker.length).toBeGreaterThan(1);
      expect(offered).toEqual(indexed);
    });
  }

  test('indexes what each speech says, not the citation line printed under its heading', async ({ page }) => {
    for (const [lang, citeAs] of [['vi', 'Trích dẫn văn bản'], ['en', 'Cite as']] as const) {
      await page.goto(`/${lang}/`);
      const indexed = await page.evaluate(async () => {
        const bundle = '/pagefind/pagefind.js';
        type Found = { results: { data(): Promise<{ url: string; content: string }> }[] };
        const pagefind = (await import(bundle)) as { search(term: null, options: object): Promise<Found> };
        const { results } = await pagefind.search(null, { filters: { type: 'speech' } });
        return Promise.all(results.map((result) => result.data()));
      });
      expect(indexed.length).toBeGreaterThan(1);
      for (const speech of indexed) {
        expect(speech.content.length).toBeGreaterThan(1000);
        expect(speech.content).not.toContain(citeAs);
        expect(speech.content).not.toContain(speech.url);
      }
    }
  });

  test('opens with "/" and closes with Escape, giving focus back', async ({ page }) => {
    await page.goto('/vi/');
    const button = page.getByRole('button', { name: 'Tìm kiếm' });
    await button.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Tìm trong thư viện' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Từ khóa, có dấu hoặc không dấu' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Escape closes the dialog at once, also with a query typed, as its help text says', async ({ page }) => {
    await page.goto('/vi/');
    const button = page.getByRole('button', { name: 'Tìm kiếm' });
    await button.focus();
    await openSearch(page);
    await runQuery(page, 'đột phá');
    await expect(page.locator('#search-help')).toContainText('Esc');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('excerpts hold the texts\' words, never the pages\' labels and headings', async ({ page }) => {
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(`/${lang}/`);
      await openSearch(page);
      // Kinds and headings as each page shows them: the eyebrow ("Khâu đột phá · Hai là"), "Nguyên văn trong văn bản", "Giải thích".
      const kinds = await page.locator('select[data-search-filter="type"] option:not([value=""])').allTextContents();
      const formats = ['format.speech', 'format.interview', 'format.speech-report'].map((key) => ui(lang, key));
      const headings = ['directive.statedIn', 'glossary.explanation', 'glossary.uses'].map((key) => ui(lang, key));
      const queries = lang === 'vi' ? ['đột phá', 'khâu đột phá', 'Tô Lâm', 'GRDP', 'Đại hội XIV'] : ['breakthrough', 'To Lam', 'GRDP', '14th Party Congress'];
      for (const query of queries) {
        await runQuery(page, query);
        const excerpts = await page.locator('[data-search-results] .search-excerpt').allTextContents();
        expect(excerpts.length, query).toBeGreaterThan(0);
        for (const excerpt of excerpts) {
          for (const label of [...kinds, ...formats]) expect(excerpt, `${lang} “${query}”`).not.toMatch(new RegExp(`^(… )?${label}( ·|\\.)`));
          for (const heading of headings) expect(excerpt, `${lang} “${query}”`).not.toContain(heading);
        }
      }
      await page.keyboard.press('Escape');
    }
  });

  test('speaks English on the English site', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog', { name: 'Search the library' })).toBeVisible();
    const kinds = page.getByRole('combobox', { name: 'Kind of text' });
    await expect(kinds).toBeVisible();
    await expect.poll(() => kinds.locator('option').count()).toBeGreaterThan(6);
    // Every kind of page in the index has a label, none shows its raw filter value.
    expect(await kinds.locator('option').evaluateAll((options: HTMLOptionElement[]) => options.filter((o) => o.value && o.textContent === o.value).map((o) => o.value))).toEqual([]);
    const results = await runQuery(page, 'digital transformation');
    expect(results.length).toBeGreaterThan(0);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
    await runQuery(page, 'zzqxy');
    await expect(page.getByRole('status')).toHaveText('No results for “zzqxy”.');
  });

  test('highlights the matched words, with their diacritics, in the excerpts', async ({ page }) => {
    await page.goto('/vi/');
    await openSearch(page);
    await runQuery(page, 'dot pha');
    const marks = await page.locator('[data-search-results] mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((mark) => mark.toLowerCase().replace(/[^\p{L}]/gu, '')))).toEqual(new Set(['đột', 'phá']));
  });

  test('links speech results straight to the matching paragraph, which is marked on arrival', async ({ page }) => {
    await page.goto('/vi/');
    await openSearch(page);
    const results = await runQuery(page, 'the tran long dan');
    const speechLinks = results.flatMap((result) => [result.link, ...result.paragraphs]).filter((href) => href.includes('/speeches/'));
    expect(speechLinks.length).toBeGreaterThan(0);
    for (const href of speechLinks) expect(href).toMatch(/\/speeches\/[^/]+\/#p\d+$/);
    const target = `${speechPath('vi', 'to-lam-working-session-cao-bang')}#p9`;
    const rank = results.findIndex((result) => result.link === target);
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);

    // Down from the search field through the result links, then Enter.
    const links = page.locator('[data-search-results] a');
    const steps = await links.evaluateAll((anchors, href) => anchors.findIndex((a) => a.getAttribute('href') === href) + 1, target);
    for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowDown');
    await expect(links.nth(steps - 1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/vi\/speeches\/to-lam-working-session-cao-bang\/#p9$/);
    await expect(page.locator('.para:target')).toHaveAttribute('id', 'p9');
    await expect(page.locator('#p9')).toBeInViewport();
    await expect(page.locator('#p9')).toHaveCSS('background-color', /^rgb/);
  });

  test('every speech result in the English index links to a paragraph too', async ({ page }) => {
    await page.goto('/en/');
    await openSearch(page);
    for (const query of ['To Lam', 'border-gate economy', 'Dong Dang']) {
      const results = await runQuery(page, query);
      const speechLinks = results.flatMap((result) => [result.link, ...result.paragraphs]).filter((href) => href.includes('/speeches/'));
      expect(speechLinks.length, query).toBeGreaterThan(0);
      for (const href of speechLinks) expect(href, query).toMatch(/#p\d+$/);
    }
  });

  test('a result on the page being read closes the dialog and shows the paragraph', async ({ page }) => {
    const path = speechPath('vi', 'phan-thang-an-dynamic-cao-bang');
    await page.goto(path);
    await openSearch(page);
    await runQuery(page, 'thoat ngheo ben vung');
    await page.locator('a.search-result-link').first().click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${path}#p20$`));
    await expect(page.locator('.para:target')).toHaveAttribute('id', 'p20');
  });

  test('lists five results at a time; "More results" reads the next five and takes focus to them', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
    });
    await page.goto('/vi/');
    await openSearch(page);
    const first = await runQuery(page, 'cao bang');
    const total = Number((await page.getByRole('status').innerText()).match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(10);
    expect(first).toHaveLength(5);
    // Only the pages listed were read.
    await expect.poll(() => fragments.length).toBe(5);

    const links = page.locator('a.search-result-link');
    const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
    await more.click();
    await expect(links).toHaveCount(10);
    await expect(links.nth(5)).toBeFocused();
    expect(fragments).toHaveLength(10);

    for (let listed = 10; listed < total; ) {
      listed = Math.min(listed + 5, total);
      await more.click();
      await expect(links).toHaveCount(listed);
    }
    await expect(more).toBeHidden();
    const pages = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')?.replace(/#.*$/, '')));
    expect(new Set(pages).size).toBe(total);

    // A new search starts again at five, and one with nothing more to read has no button.
    await runQuery(page, 'cao bang');
    await expect(links).toHaveCount(5);
    await expect(more).toBeVisible();
    await runQuery(page, 'zzqxy');
    await expect(more).toBeHidden();
  });

  test('filters by kind of text and by speaker', async ({ page }) => {
    await page.goto('/vi/');
    await openSearch(page);
    await runQuery(page, 'phat trien');
    const where = page.locator('[data-search-results] .search-result-where');
    await expect.poll(() => where.count()).toBeGreaterThan(3);

    await page.getByRole('combobox', { name: 'Loại văn bản' }).selectOption({ label: 'Khâu đột phá' });
    await expect.poll(async () => (await where.allInnerTexts()).every((text) => text.startsWith('Khâu đột phá'))).toBe(true);
    expect(await where.count()).toBe(3);

    await page.getByRole('combobox', { name: 'Loại văn bản' }).selectOption({ label: 'Tất cả' });
    await page.getByRole('combobox', { name: 'Nhân vật' }).selectOption('Tô Lâm');
    await expect
      .poll(async () => page.locator('a.search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      .toEqual([expect.stringMatching(/^\/vi\/speeches\/to-lam-working-session-cao-bang\/#p\d+$/)]);

    // A filter with no query lists every page it selects.
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => page.locator('a.search-result-link').count()).toBe(1);
  });
});

/**
 * Pages built so that Pagefind's own ranking gets them wrong (it puts the page with "đốt phá" in its
 * title, and the page with the syllables scattered across its title, first): the site's ranking
 * must put them right.
 */
test.describe('ranking, on a fixture index', () => {
  let indexDir: string;

  test.beforeAll(async () => {
    indexDir = await buildFixtureIndex([
      { url: '/fixture/dot-pha/', title: 'Báo cáo của tỉnh', paragraphs: ['Tỉnh xác định khâu đột phá là hạ tầng.'] },
      {
        url: '/fixture/dot-pha-rung/',
        title: 'Đốt phá rừng đầu nguồn',
        paragraphs: ['Nạn đốt phá rừng làm nương rẫy. Đốt phá rừng là vi phạm.', 'Người dân được hỗ trợ trồng lại rừng.'],
      },
      { url: '/fixture/chuyen-doi-so/', title: 'Ghi chép', paragraphs: ['Huyện đẩy mạnh chuyển đổi số trong dịch vụ công.'] },
      {
        url: '/fixture/rai-rac/',
        title: 'Chuyển giao, đổi mới và số liệu',
        paragraphs: ['Chuyển giao công nghệ cần đổi mới cách làm.', 'Số liệu cho thấy chuyển biến; đổi thay về số lượng; chuyển hướng.'],
      },
    ]);
  });

  test.afterAll(() => rmSync(indexDir, { recursive: true, force: true }));

  test('an exact-tone match ranks above a folded one: đột phá is not đốt phá', async ({ page }) => {
    await serveFixtureIndex(page, indexDir);
    await page.goto('/vi/');
    await openSearch(page);
    expect((await runQuery(page, 'đột phá')).map((result) => result.link)[0]).toBe('/fixture/dot-pha/#p1');
    expect((await runQuery(page, 'đốt phá')).map((result) => result.link)[0]).toMatch(/^\/fixture\/dot-pha-rung\//);
    expect((await runQuery(page, 'dot pha')).map((result) => result.link.replace(/#.*/, '')).sort()).toEqual([
      '/fixture/dot-pha-rung/',
      '/fixture/dot-pha/',
    ]);
  });

  test('syllables standing together rank above the same syllables scattered', async ({ page }) => {
    await serveFixtureIndex(page, indexDir);
    await page.goto('/vi/');
    await openSearch(page);
    for (const query of ['chuyển đổi số', 'chuyen doi so']) {
      expect((await runQuery(page, query)).map((result) => result.link), query).toEqual([
        '/fixture/chuyen-doi-so/#p1',
        expect.stringMatching(/^\/fixture\/rai-rac\//),
      ]);
    }
  });
});
