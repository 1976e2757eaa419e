import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Element } from 'hast';
import { afterAll, describe, expect, test } from 'vitest';
import { pageJobs } from '../../scripts/offline/build-copy';
import { withDownloadSize } from '../../scripts/offline/download-size';
import { sourceDate } from '../../scripts/offline/build-date';
import { bundleModuleScripts } from '../../scripts/offline/bundle';
import { cssRewriter, rewriteCss } from '../../scripts/offline/css';
import { rehashPolicy, rewritePage, type ModuleScript } from '../../scripts/offline/html';
import { fileScript } from '../../scripts/offline/pagefind';
import { unzipTo, zipFolder } from '../../scripts/offline/zip';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const folders: string[] = [];
const tempFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'offline-test-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const notice = (lang: string): Element => ({ type: 'element', tagName: 'p', properties: { dataOfflineNotice: '' }, children: [{ type: 'text', value: `offline (${lang})` }] });

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=/en/">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA'; script-src-attr 'none'; style-src 'self' 'sha256-BBBB'; style-src-attr 'unsafe-inline'">
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/chunk.js">
<link rel="manifest" href="/en/manifest.webmanifest"><link rel="apple-touch-icon" href="/icons/apple-touch-icon-180.png">
<style>@font-face{font-family:X;src:url(/_astro/x.woff2)format("woff2")}</style>
<script type="module" src="/_astro/Search.js"></script></head>
<body><a href="/en/speeches/x/#p7">speech</a><a href="#main">skip</a><a href="https://example.org/">source</a>
<img src="/_astro/map.svg" srcset="/_astro/map.svg 1x, /_astro/map@2x.svg 2x" alt="">
<div style="background:url(/_astro/bg.png)"></div>
<script type="module">document.body.dataset.inline = 'yes';</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<footer><p data-offline-download><a href="/offline/copy.zip" download>Download</a> <span data-offline-size></span></p></footer></body></html>`;

describe('rewriting a page for the offline copy', () => {
  const bundles: ModuleScript[][] = [];
  const html = rewritePage(page, {
    file: 'en/speeches/y/index.html',
    base: '/',
    isFolder: () => false,
    bundleFor: (scripts) => {
      bundles.push([...scripts]);
      return '_offline/abc.js';
    },
    notice,
  });

  test('links and resources become relative paths to files', () => {
    expect(html).toContain('<a href="../x/index.html#p7">');
    expect(html).toContain('<link rel="icon" href="../../../favicon.svg">');
    expect(html).toContain('<link rel="stylesheet" href="../../../_astro/site.css">');
    expect(html).toContain('content="0; url=../../index.html"');
    expect(html).toContain('src="../../../_astro/map.svg" srcset="../../../_astro/map.svg 1x, ../../../_astro/map@2x.svg 2x"');
    expect(html).toContain('url(../../../_astro/x.woff2)');
    expect(html).toContain('style="background:url(../../../_astro/bg.png)"');
    expect(html).toContain('<a href="#main">');
    expect(html).toContain('<a href="https://example.org/">');
    expect(html).toContain('<html lang="en" data-site-root="../../../">');
  });

  test('module scripts give way to one deferred classic bundle, in the place of the first', () => {
    expect(bundles).toEqual([[{ src: '/_astro/Search.js' }, { code: "document.body.dataset.inline = 'yes';" }]]);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="../../../_offline/abc.js" defer>', '<script type="application/ld+json">']);
    expect(html).not.toContain('modulepreload');
  });

  test('the web app manifest is dropped (an app installs only from a server); its icon stays, as a file', () => {
    expect(html).not.toContain('manifest');
    expect(html).toContain('<link rel="apple-touch-icon" href="../../../icons/apple-touch-icon-180.png">');
  });

  test('the policy lists the hashes of what is inline now, and no unsafe-inline for scripts', () => {
    const policy = /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const style = /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? '';
    expect(policy).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; script-src-attr 'none'; style-src 'self' ${sha256(style)}; style-src-attr 'unsafe-inline'`);
  });

  test('the download link gives way to the offline notice', () => {
    expect(html).not.toContain('copy.zip');
    expect(html).toContain('<footer><p data-offline-notice="">offline (en)</p></footer>');
  });

  test('a page without a footer gets the notice at the end', () => {
    const bare = rewritePage('<!doctype html><html lang="vi"><head></head><body><main>x</main></body></html>', { file: '404.html', base: '/', isFolder: () => false, bundleFor: () => '', notice });
    expect(bare).toContain('<main>x</main><footer class="site-footer"><p data-offline-notice="">offline (vi)</p></footer></body>');
  });

  test('only what changes is rewritten: markup in comments, scripts and values, and every other byte, stay as built', () => {
    const source = `<!DOCTYPE html><html lang="en" class=x><head><script type="application/ld+json">{"url":"/en/"}</script></head><body><!-- <a href="/en/old/"> -->
<button type=button data-search-open title='Tô Lâm&#39;s "speech"'>&#39;/</button><a href=/en/?a=1&amp;b=2 data-x="<a href='/en/'>">x</a><a href="/en/" href="/vi/">twice</a></body></html>`;
    const rewritten = rewritePage(source, { file: 'en/index.html', base: '/', isFolder: () => false, bundleFor: () => '', notice });
    expect(rewritten).toBe(
      source
        .replace('<html lang="en" class=x>', '<html lang="en" class=x data-site-root="../">')
        .replace('<a href=/en/?a=1&amp;b=2', '<a href="index.html?a=1&#x26;b=2"')
        .replace('<a href="/en/" href="/vi/">', '<a href="index.html" >')
        .replace('</body>', '<footer class="site-footer"><p data-offline-notice="">offline (en)</p></footer></body>'),
    );
  });

  test('a page with two download links, or no <html> start tag, fails the build', () => {
    const options = { file: 'index.html', base: '/', isFolder: () => false, bundleFor: () => '', notice };
    expect(() => rewritePage('<html><body><p data-offline-download>a</p><p data-offline-download>b</p></body></html>', options)).toThrow(/more than one/);
    expect(() => rewritePage('<body><p>x</p></body>', options)).toThrow(/no <html> start tag/);
  });

  test('an absolute path it cannot rewrite fails the build', () => {
    expect(() => rewritePage('<html><body><a href="/elsewhere/">x</a></body></html>', { file: 'index.html', base: '/sub/', isFolder: () => false, bundleFor: () => '', notice })).toThrow(/outside the site's base path/);
  });
});

describe('the policy of a page of the copy', () => {
  test('keeps every directive and source but the hashes, which it replaces', () => {
    expect(rehashPolicy("default-src 'self';script-src 'self' 'sha256-A' 'nonce-x'; style-src 'self' 'sha256-B' ;img-src data:", ["'sha256-C'", "'sha256-C'"], [])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-C'; style-src 'self'; img-src data:",
    );
  });
});

describe('stylesheets of the copy', () => {
  test('url()s are rewritten by a CSS parser, data: URLs and quoted strings left alone', () => {
    const css = '@font-face{src:url("/_astro/a.woff2")format("woff2")}.x{background:url(data:image/png;base64,AA)}.y::before{content:"url(/not-a-url)"}';
    expect(rewriteCss(css, '_astro/site.css', '/')).toBe('@font-face{src:url(a.woff2)format("woff2")}.x{background:url(data:image/png;base64,AA)}.y:before{content:"url(/not-a-url)"}');
  });

  test('a rewriter that remembers gives what rewriteCss gives, for pages at every depth and under a sub-path', () => {
    const rewrite = cssRewriter();
    const css = '@font-face{src:url(/cao-bang/_astro/a.woff2)}.m{background:url(map.svg)}.p{background:url(/cao-bang/vi/x/)}';
    const pages = ['index.html', 'vi/index.html', 'en/index.html', 'vi/speeches/x/index.html', 'en/speeches/x/index.html', 'vi/speeches/y/index.html', 'vi/index.html'];
    for (const file of pages) expect(rewrite(css, file, '/cao-bang/')).toBe(rewriteCss(css, file, '/cao-bang/'));
    expect(rewrite('.a{color:red}', 'vi/index.html', '/')).toBe('.a{color:red}');
  });
});

describe('classic bundles of a page\'s module scripts', () => {
  test('run the modules once each, in order, with their static and lazy imports, and no import left', async () => {
    const site = tempFolder();
    mkdirSync(join(site, '_astro'));
    writeFileSync(join(site, '_astro/shared.js'), 'export const log = (x) => (globalThis.order ??= []).push(x);');
    writeFileSync(join(site, '_astro/Search.js'), 'import { log } from "./shared.js"; log("search"); globalThis.lazy = import("./lazy.js").then((m) => m.value);');
    writeFileSync(join(site, '_astro/lazy.js'), 'import { log } from "./shared.js"; log("lazy"); export const value = 42;');
    const code = await bundleModuleScripts(site, '/', [{ src: '/_astro/Search.js' }, { code: 'import { log } from "/_astro/shared.js"; log("inline");' }]);
    expect(code).not.toMatch(/\bimport\s*[("{*]|\bexport\b/);
    const context: { order?: string[]; lazy?: Promise<number> } = {};
    runInNewContext(code, context);
    expect(await context.lazy).toBe(42);
    expect(context.order).toEqual(['search', 'inline', 'lazy']);
  });
});

describe('the served page\'s footer', () => {
  test('gets the ZIP\'s size, and nothing else of the page changes', () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><p>a &amp; b's</p><footer><p data-offline-download><a href="/offline/c.zip" download>Tải</a> <span data-offline-size></span></p></footer></body></html>`;
    expect(withDownloadSize(html, 1_440_000)).toBe(html.replace('<span data-offline-size></span>', '<span data-offline-size>(ZIP, 1,4 MB)</span>'));
    expect(withDownloadSize(html.replace('lang="vi"', 'lang="en"'), 1_440_000)).toContain('(ZIP, 1.4 MB)');
  });

  test('finds the element itself, not the words in text, comments, scripts or other attributes', () => {
    const decoys = `<p title="<span data-offline-size>" data-note='data-offline-size'>data-offline-size</p><!-- <span data-offline-size></span> --><script>document.querySelector("<span data-offline-size>")</script><textarea><span data-offline-size></span></textarea>`;
    const html = `<!DOCTYPE html><html lang="en"><body>${decoys}<footer><SPAN class=size DATA-OFFLINE-SIZE>(ZIP, 9 MB)<b>old</b></SPAN> after</footer></body></html>`;
    expect(withDownloadSize(html, 2_000_000)).toBe(html.replace('(ZIP, 9 MB)<b>old</b>', '(ZIP, 2 MB)'));
  });

  test('where the size goes, found when the page was read before, is used while the page is the same', () => {
    const html = `<!DOCTYPE html><html lang="en"><body><footer><span data-offline-size>(ZIP, 9 MB)</span></footer></body></html>`;
    const slot = { lang: 'en', start: html.indexOf('(ZIP'), end: html.indexOf('</span>'), startTag: '<span data-offline-size>', pageLength: html.length };
    expect(withDownloadSize(html, 2_000_000, slot)).toBe(html.replace('(ZIP, 9 MB)', '(ZIP, 2 MB)'));
    // A page that changed since is read again.
    const changed = html.replace('<footer>', '<footer><b>new</b>');
    expect(withDownloadSize(changed, 2_000_000, slot)).toBe(changed.replace('(ZIP, 9 MB)', '(ZIP, 2 MB)'));
  });

  test('leaves a page without the element, or with it on a void element, as it is', () => {
    const page = (footer: string) => `<!doctype html><html lang="vi"><body><footer>${footer}</footer></body></html>`;
    for (const html of [page('<span data-offline-download></span>'), page('<input data-offline-size>')]) expect(withDownloadSize(html, 1_000)).toBe(html);
  });
});

describe('a page\'s work, as a worker does it', () => {
  test('rewrites a page into the copy, naming its bundle, and fills the size into the served page', () => {
    const site = tempFolder();
    const copy = join(tempFolder(), 'copy');
    mkdirSync(join(site, 'vi/x'), { recursive: true });
    const served = `<!DOCTYPE html><html lang="vi"><head><script type="module" src="/_astro/a.js"></script></head><body><a href="/vi/">vi</a><footer><p data-offline-download><a href="/offline/c.zip">Tải</a> <span data-offline-size></span></p></footer></body></html>`;
    writeFileSync(join(site, 'vi/x/index.html'), served);
    const work = pageJobs({ siteDir: site, copyDir: copy, base: '/', date: '2026-03-07T10:15:00.000Z' });
    const { scripts, slot } = work({ kind: 'copy', file: 'vi/x/index.html' });
    expect(slot).toEqual({ lang: 'vi', start: served.indexOf('</span>'), end: served.indexOf('</span>'), startTag: '<span data-offline-size>', pageLength: served.length });
    expect(scripts).toEqual([{ src: '/_astro/a.js' }]);
    const page = readFileSync(join(copy, 'vi/x/index.html'), 'utf8');
    expect(page).toMatch(/<script src="\.\.\/\.\.\/_offline\/[0-9a-f]{16}\.js" defer><\/script>/);
    expect(page).toContain('<a href="../index.html">vi</a>');
    expect(page).toContain('<time datetime="2026-03-07T10:15:00.000Z">');
    expect(work({ kind: 'size', file: 'vi/x/index.html', bytes: 1_440_000, slot })).toEqual({});
    expect(readFileSync(join(site, 'vi/x/index.html'), 'utf8')).toBe(served.replace('<span data-offline-size></span>', '<span data-offline-size>(ZIP, 1,4 MB)</span>'));
  });
});

describe('Pagefind files as classic scripts', () => {
  test('register their bytes under their name', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const context: { window: Record<string, Record<string, string>> } = { window: {} };
    runInNewContext(fileScript('index/vi_1.pf_index', bytes), context);
    expect(Buffer.from(context.window['pagefindFiles']!['index/vi_1.pf_index']!, 'base64')).toEqual(Buffer.from(bytes));
  });
});

describe('the ZIP', () => {
  /** Zips `dir` into a new file and reads it back. */
  const zipped = async (dir: string, date: Date, options: Parameters<typeof zipFolder>[4] = {}) => {
    const path = join(tempFolder(), 'copy.zip');
    await zipFolder(dir, 'copy', date, path, options);
    return readFileSync(path);
  };

  test('is the same bytes every time, and unpacks into one folder with every file', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'vi'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'vi/index.html'), 'Tiếng Việt');
    const date = new Date('2026-03-07T10:15:00Z');
    const zip = await zipped(dir, date);
    expect((await zipped(dir, date)).equals(zip)).toBe(true);
    const out = tempFolder();
    expect(unzipTo(zip, out)).toEqual(['copy/index.html', 'copy/vi/index.html']);
    expect(readFileSync(join(out, 'copy/vi/index.html'), 'utf8')).toBe('Tiếng Việt');
  });

  test('is the same bytes whether its files are deflated all at once or a few at a time', async () => {
    const dir = tempFolder();
    const names = ['a.html', 'b.css', 'c.woff2', 'd.html', 'e.json'];
    for (const [index, name] of names.entries()) writeFileSync(join(dir, name), `tệp ${index} `.repeat(200 * (index + 1)));
    const date = new Date('2026-03-07T10:15:00Z');
    const whole = await zipped(dir, date);
    expect((await zipped(dir, date, { batchSize: 2 })).equals(whole)).toBe(true);
    expect(unzipTo(whole, tempFolder())).toEqual(names.map((name) => `copy/${name}`));
  });

  test('that cannot be written fails with the reason, leaving no file under its name', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    // The ZIP's folder holds a folder of the ZIP's aside name: the write fails once zipping has begun.
    const out = tempFolder();
    const path = join(out, 'copy.zip');
    mkdirSync(`${path}.${process.pid}.tmp`);
    await expect(zipFolder(dir, 'copy', new Date('2026-03-07T10:15:00Z'), path, { batchSize: 1 })).rejects.toThrow(/EISDIR|illegal operation on a directory/);
    expect(existsSync(path)).toBe(false);
  });

  test('is the same bytes in any time zone', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const date = new Date('2026-03-07T10:15:00Z');
    // A process per zone: a process reads TZ once.
    const script = join(tempFolder(), 'zip.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';\n` +
        `import { zipFolder } from ${JSON.stringify(new URL('../../scripts/offline/zip.ts', import.meta.url).href)};\n` +
        `const path = process.argv[2];\n` +
        `await zipFolder(${JSON.stringify(dir)}, 'copy', new Date(${date.getTime()}), path);\n` +
        `process.stdout.write(readFileSync(path).toString('base64'));\n`,
    );
    const zipIn = (zone: string) => execFileSync(process.execPath, [script, join(tempFolder(), 'copy.zip')], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
    expect(zipIn('Asia/Ho_Chi_Minh')).toBe(zipIn('America/New_York'));
  });

  test('carries ZIP64 records where a plain ZIP cannot count (past 65,535 files), and unpacks with them', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'vi'));
    writeFileSync(join(dir, 'vi/index.html'), 'Tiếng Việt');
    const zip = await zipped(dir, new Date('2026-03-07T10:15:00Z'), { zip64: true });
    // The ZIP64 end of central directory record's signature.
    expect(zip.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const out = tempFolder();
    expect(unzipTo(zip, out)).toEqual(['copy/vi/index.html']);
    expect(readFileSync(join(out, 'copy/vi/index.html'), 'utf8')).toBe('Tiếng Việt');
  });
});

describe('the date the copy states', () => {
  test('is SOURCE_DATE_EPOCH when set', () => {
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1772878500' }).toISOString()).toBe('2026-03-07T10:15:00.000Z');
  });

  test('else the date of the commit checked out, never the clock', () => {
    const date = sourceDate({});
    expect(Number.isNaN(date.getTime())).toBe(false);
    expect(sourceDate({}).getTime()).toBe(date.getTime());
  });

  test('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => sourceDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/);
  });
});
