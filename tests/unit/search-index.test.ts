import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { descendantsOf } from '../../scripts/lib/process-tree';
import { indexingPrerenderer, outputPathOf } from '../../src/integrations/search-index';
import { startIndexerThread, type IndexerThread } from '../../src/build/indexer-thread';
import { indexedCopy } from '../../src/lib/search/index-html';
import { startSiteIndexer } from '../../src/lib/search/site-indexer';

const pageOf = (lang: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main${searchable ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;
/** What the indexer thread hands Pagefind of a searched page. */
const copyOf = (html: string) => indexedCopy(html)!;

describe('outputPathOf', () => {
  test('is the file Astro writes for a page address, without the base', () => {
    expect(outputPathOf('http://localhost/vi/speeches/a/', '/')).toBe('vi/speeches/a/index.html');
    expect(outputPathOf('http://localhost/cao-bang/en/glossary/b/', '/cao-bang')).toBe('en/glossary/b/index.html');
    expect(outputPathOf('http://localhost/cao-bang/en/glossary/b/', '/cao-bang/')).toBe('en/glossary/b/index.html');
    expect(outputPathOf('http://localhost/cao-bang/', '/cao-bang/')).toBe('index.html');
    expect(outputPathOf('http://localhost/404.html', '/')).toBe('404.html');
    expect(outputPathOf('http://localhost/vi/glossary/kh%C3%A2u/', '/')).toBe('vi/glossary/khâu/index.html');
  });
});

describe('indexingPrerenderer', () => {
  const handedOver: [string, string][] = [];
  const recorder: Pick<IndexerThread, 'add'> = {
    add: (path, bytes) => void handedOver.push([path, new TextDecoder().decode(bytes)]),
  };
  const astroPrerenderer = (response: () => Response, withMetadata = false): AstroPrerenderer => ({
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async () => (withMetadata ? { response: response(), metadata: { tag: 'kept' } as never } : response()),
  });
  const render = (prerenderer: AstroPrerenderer, url: string) =>
    prerenderer.render(new Request(url), { routeData: {} as never });
  const bodyOf = async (rendered: Awaited<ReturnType<AstroPrerenderer['render']>>) =>
    (rendered instanceof Response ? rendered : rendered.response).text();

  beforeEach(() => (handedOver.length = 0));

  test('hands each HTML page to the indexer and passes the same bytes on to be written', async () => {
    const html = pageOf('vi', '<p>Cao Bằng</p>');
    const inner = astroPrerenderer(() => new Response(html, { status: 200, headers: { 'content-type': 'text/html' } }));
    const rendered = await render(indexingPrerenderer(inner, recorder, '/base/'), 'http://x/base/vi/speeches/a/');
    expect(await bodyOf(rendered)).toBe(html);
    expect((rendered as Response).status).toBe(200);
    expect(handedOver).toEqual([['vi/speeches/a/index.html', html]]);
  });

  test('keeps the metadata Astro collects for an incremental build', async () => {
    const inner = astroPrerenderer(() => new Response(pageOf('en', 'x'), { headers: { 'content-type': 'text/html' } }), true);
    const rendered = await render(indexingPrerenderer(inner, recorder, '/'), 'http://x/en/a/');
    expect(rendered).toMatchObject({ metadata: { tag: 'kept' } });
    expect(await bodyOf(rendered)).toBe(pageOf('en', 'x'));
  });

  test('hands pages over in the order Astro asked for them, though they finish out of order', async () => {
    // The first page finishes last, the second fails, the third is not HTML.
    const finish: Record<string, () => void> = {};
    const inner: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => [],
      render: async (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/vi/b/') throw new Error('b failed');
        if (path === '/vi/c/data.js') return new Response('x', { headers: { 'content-type': 'text/javascript' } });
        if (path === '/vi/a/') await new Promise<void>((resolve) => (finish['a'] = resolve));
        return new Response(pageOf('vi', path), { headers: { 'content-type': 'text/html' } });
      },
    };
    const prerenderer = indexingPrerenderer(inner, recorder, '/');
    const pages = ['a/', 'b/', 'c/data.js', 'd/'].map((page) => render(prerenderer, `http://x/vi/${page}`));
    await Promise.allSettled(pages.slice(1));
    expect(handedOver).toEqual([]);
    finish['a']!();
    await expect(pages[1]).rejects.toThrow('b failed');
    await Promise.all([pages[0], pages[2], pages[3]]);
    expect(handedOver.map(([path]) => path)).toEqual(['vi/a/index.html', 'vi/d/index.html']);
  });

  test('hands over no page that is not searched, and the searched pages after it still go in order', async () => {
    const html = pageOf('vi', '<p>Danh sách</p>', false);
    const inner: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => [],
      render: async (request) => new Response(new URL(request.url).pathname === '/vi/list/' ? html : pageOf('vi', 'x'), { headers: { 'content-type': 'text/html' } }),
    };
    const prerenderer = indexingPrerenderer(inner, recorder, '/');
    const [list] = await Promise.all(['list/', 'a/'].map((page) => render(prerenderer, `http://x/vi/${page}`)));
    expect(await bodyOf(list!)).toBe(html);
    expect(handedOver.map(([path]) => path)).toEqual(['vi/a/index.html']);
  });

  test('leaves anything but an HTML page alone', async () => {
    const inner = astroPrerenderer(() => new Response('window.x = 1;', { headers: { 'content-type': 'text/javascript' } }));
    const rendered = await render(indexingPrerenderer(inner, recorder, '/'), 'http://x/vi/a/data.js');
    expect(await bodyOf(rendered)).toBe('window.x = 1;');
    expect(handedOver).toEqual([]);
  });
});

describe('startSiteIndexer (Pagefind)', () => {
  let siteDir: string;
  beforeEach(() => (siteDir = mkdtempSync(join(tmpdir(), 'site-indexer-'))));
  afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

  test('indexes the searchable pages handed over and writes one index per language', async () => {
    const indexer = startSiteIndexer();
    indexer.add('vi/speeches/a/index.html', copyOf(pageOf('vi', '<div class="para" id="p1">Khâu đột phá</div>')));
    indexer.add('en/speeches/a/index.html', copyOf(pageOf('en', '<p>The breakthrough</p>')));
    // Two pages are too few for a common word: the Vietnamese index, unstemmed, is looked at and left as it is.
    expect(await indexer.write(siteDir)).toEqual({ pages: 2, commonWords: [{ lang: 'vi', pages: 1, commonWords: 0, pairKeys: 0, chunks: { before: 1, after: 1 } }] });
    const files = readdirSync(join(siteDir, 'pagefind'));
    // Each language's list of common words (common-words.ts), empty, beside its index.
    expect(files.filter((name) => name.startsWith('common-words.')).sort()).toEqual(['common-words.en.json', 'common-words.vi.json']);
    expect(files.filter((name) => name.endsWith('.pf_meta')).map((name) => name.split('_')[0])).toEqual(['pagefind.en', 'pagefind.vi']);
    expect(readdirSync(join(siteDir, 'pagefind', 'fragment'))).toHaveLength(2);
    // Each language's index is written on its own, then merged: one entry lists both, nothing is left over.
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string | null }> };
    expect(entry.languages).toEqual({ en: expect.objectContaining({ page_count: 1, wasm: 'en' }), vi: expect.objectContaining({ page_count: 1, wasm: null }) });
    expect(files.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind']));
    // The site has its own search UI: Pagefind's ready-made ones are not shipped.
    expect(files.some((name) => name.startsWith('pagefind-ui'))).toBe(false);
  }, 30_000);

  test('rejects, naming the folder, when the index cannot be written there', async () => {
    const indexer = startSiteIndexer();
    indexer.add('vi/speeches/a/index.html', copyOf(pageOf('vi', '<p>Khâu đột phá</p>')));
    const notAFolder = join(siteDir, 'file');
    writeFileSync(notAFolder, '');
    await expect(indexer.write(notAFolder)).rejects.toThrow(/file\/pagefind/);
  }, 30_000);

  test('fails the write when Pagefind\'s process is killed, saying so, instead of waiting for ever', async () => {
    const indexer = startSiteIndexer();
    indexer.add('vi/speeches/a/index.html', copyOf(pageOf('vi', '<p>Khâu đột phá</p>')));
    const pagefindProcess = () => descendantsOf(process.pid).find((seen) => /pagefind/.test(readFileSync(`/proc/${seen.pid}/cmdline`, 'utf8')));
    await vi.waitFor(() => expect(pagefindProcess()).toBeDefined(), { timeout: 10_000, interval: 20 });
    process.kill(pagefindProcess()!.pid, 'SIGKILL');
    await expect(indexer.write(siteDir)).rejects.toThrow("Pagefind's process ended before the index was written (killed by SIGKILL, as when the machine runs out of memory)");
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind-entry.json'))).toBe(false);
  }, 30_000);
});

describe('startIndexerThread', () => {
  let siteDir: string;
  beforeEach(() => (siteDir = mkdtempSync(join(tmpdir(), 'indexer-thread-'))));
  afterEach(() => rmSync(siteDir, { recursive: true, force: true }));
  const bytesOf = (html: string) => new TextEncoder().encode(html) as Uint8Array<ArrayBuffer>;

  test('indexes on its own thread the pages handed over as bytes, and writes the index', async () => {
    const indexer = startIndexerThread();
    const page = bytesOf(pageOf('vi', '<p>Khâu đột phá</p>'));
    indexer.add('vi/speeches/a/index.html', page);
    indexer.add('vi/index.html', bytesOf(pageOf('vi', '<p>Trang chủ</p>', false)));
    const writing = indexer.finish(siteDir);
    // Moved to the thread, not copied.
    expect(page.byteLength).toBe(0);
    expect(await writing).toMatchObject({ pages: 1, written: true });
    expect(readdirSync(join(siteDir, 'pagefind', 'fragment'))).toHaveLength(1);
  }, 30_000);

  test('indexes every page handed over, however many are handed over together', async () => {
    const indexer = startIndexerThread();
    for (let n = 1; n <= 21; n++) indexer.add(`vi/speeches/s${n}/index.html`, bytesOf(pageOf('vi', `<p>Đoạn ${n}: khâu đột phá</p>`)));
    expect(await indexer.finish(siteDir)).toMatchObject({ pages: 21, written: true });
    expect(readdirSync(join(siteDir, 'pagefind', 'fragment'))).toHaveLength(21);
  }, 30_000);

  test('rejects with the indexer\'s message when the index cannot be written', async () => {
    const indexer = startIndexerThread();
    indexer.add('vi/speeches/a/index.html', bytesOf(pageOf('vi', '<p>x</p>')));
    const notAFolder = join(siteDir, 'file');
    writeFileSync(notAFolder, '');
    await expect(indexer.finish(notAFolder)).rejects.toThrow(/file\/pagefind/);
  }, 30_000);
});

