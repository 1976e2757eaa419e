/**
 * The searched pages `astro build` hands to `npm run build` (src/build/search-pages.ts), and the
 * index the build writes from them once `astro build` has exited (scripts/lib/search-index.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { assertSearchPagesPipe, parseSearchPageLine, readSearchPages, searchPageLine, searchPagesFd, type SearchPage } from '../../src/build/search-pages';
import { indexedCopy } from '../../src/lib/search/index-html';
import { searchIndexHandOver } from '../../scripts/lib/search-index';

const pageOf = (lang: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main${searchable ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

const pipeOf = (...lines: string[]): Readable => {
  const pipe = new PassThrough();
  pipe.end(lines.join(''));
  return pipe;
};

async function pagesRead(pipe: Readable): Promise<SearchPage[]> {
  const pages: SearchPage[] = [];
  await readSearchPages(pipe, (page) => pages.push(page));
  return pages;
}

describe('a searched page on the pipe', () => {
  test('is one line, whatever line breaks and separators its text holds, and reads back the same', async () => {
    const page = { path: 'vi/speeches/a/index.html', copy: 'một\ndòng\r\nhai\rba\u2028bốn\u2029 "năm" \\ sáu' };
    const line = searchPageLine(page);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toContain('\r');
    expect(await pagesRead(pipeOf(line, searchPageLine({ path: 'en/x/index.html', copy: '' })))).toEqual([page, { path: 'en/x/index.html', copy: '' }]);
  });

  test('that is not one names its number and what is wrong', () => {
    expect(() => parseSearchPageLine('{"path":"a"', 7)).toThrow('searched page 7 from astro build is not JSON: {"path":"a"');
    expect(() => parseSearchPageLine('{"path":"a"}', 2)).toThrow('searched page 2 from astro build has no path or copy');
    expect(() => parseSearchPageLine('null', 1)).toThrow('has no path or copy');
  });
});

describe('the pipe astro build is told of', () => {
  /** Runs the check in a process of plain Node started with `stdio`; its exit code and what it printed. */
  function checkIn(stdio: 'pipe' | 'no pipe'): { status: number | null; stderr: string } {
    const script = `import { assertSearchPagesPipe } from ${JSON.stringify(pathToFileURL('src/build/search-pages.ts').href)};
assertSearchPagesPipe(${searchPagesFd}, 'SITE_SEARCH_PAGES_FD');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: stdio === 'pipe' ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr };
  }

  test('is taken when the process was started with it', () => {
    expect(checkIn('pipe')).toEqual({ status: 0, stderr: '' });
  });

  test('that is not there stops the build at once, saying what the variable is for', () => {
    const { status, stderr } = checkIn('no pipe');
    expect(status).not.toBe(0);
    expect(stderr).toContain('SITE_SEARCH_PAGES_FD=3 names no pipe to hand the searched pages over on. Only npm run build sets it');
  });

  test('that is a file is not a pipe', () => {
    const work = mkdtempSync(join(tmpdir(), 'search-pages-'));
    const fd = openSync(join(work, 'file'), 'w');
    try {
      expect(() => assertSearchPagesPipe(fd, 'SITE_SEARCH_PAGES_FD')).toThrow(`SITE_SEARCH_PAGES_FD=${fd} names no pipe`);
    } finally {
      closeSync(fd);
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the indexer thread handing pages over', () => {
  /**
   * Runs the thread as `astro build` does under `npm run build`: in a process of plain Node, with
   * the pipe at `searchPagesFd`; returns what the thread answered and every page it handed over.
   */
  async function handOverFromAChildProcess(pages: [path: string, html: string][]): Promise<{ answer: unknown; handedOver: SearchPage[] }> {
    const work = mkdtempSync(join(tmpdir(), 'search-pages-'));
    try {
      const script = join(work, 'astro-build.mjs');
      writeFileSync(
        script,
        `import { startIndexerThread } from ${JSON.stringify(pathToFileURL('src/build/indexer-thread.ts').href)};
const thread = startIndexerThread(${searchPagesFd});
for (const [path, html] of ${JSON.stringify(pages)}) thread.add(path, new TextEncoder().encode(html));
console.log(JSON.stringify(await thread.finish('/no/such/folder')));`,
      );
      const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
      let stdout = '';
      child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      const handedOver = await pagesRead(child.stdio[searchPagesFd] as Readable);
      expect(await exited).toBe(0);
      return { answer: JSON.parse(stdout), handedOver };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  test('sends what is indexed of each searched page, in order, and writes no index itself', async () => {
    const pages: [string, string][] = Array.from({ length: 19 }, (_, n) => [`vi/speeches/s${n}/index.html`, pageOf('vi', `<p>Đoạn ${n}: khâu đột phá</p>`)]);
    pages.splice(3, 0, ['vi/index.html', pageOf('vi', '<p>Trang chủ</p>', false)]);
    const { answer, handedOver } = await handOverFromAChildProcess(pages);
    expect(answer).toEqual({ pages: 19, written: false });
    const searched = pages.filter(([, html]) => indexedCopy(html) !== undefined);
    expect(handedOver).toEqual(searched.map(([path, html]) => ({ path, copy: indexedCopy(html) })));
  }, 30_000);
});

describe('the search index the build writes from the pages handed over', () => {
  let siteDir: string;
  beforeEach(() => (siteDir = mkdtempSync(join(tmpdir(), 'search-index-'))));
  afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

  const lineOf = (path: string, html: string) => searchPageLine({ path, copy: indexedCopy(html)! });

  test('indexes every page handed over and writes one index per language once asked', async () => {
    const index = searchIndexHandOver();
    index.receive(pipeOf(lineOf('vi/speeches/a/index.html', pageOf('vi', '<p>Khâu đột phá</p>')), lineOf('en/speeches/a/index.html', pageOf('en', '<p>The breakthrough</p>'))));
    expect(await index.finish(siteDir)).toMatch(/^2 pages indexed; index written in \d+\.\d s$/);
    const files = readdirSync(join(siteDir, 'pagefind'));
    expect(files.filter((name) => name.endsWith('.pf_meta')).map((name) => name.split('_')[0])).toEqual(['pagefind.en', 'pagefind.vi']);
    expect(readdirSync(join(siteDir, 'pagefind', 'fragment'))).toHaveLength(2);
  }, 30_000);

  test('once stopped, takes no more pages and writes nothing', async () => {
    const index = searchIndexHandOver();
    const pipe = new PassThrough();
    index.receive(pipe);
    await index.stop();
    pipe.end(lineOf('vi/speeches/a/index.html', pageOf('vi', '<p>Khâu</p>')));
    await expect(index.finish(siteDir)).rejects.toThrow('the search index was stopped before it was written');
    expect(existsSync(join(siteDir, 'pagefind'))).toBe(false);
  }, 30_000);

  test('fails, naming the line, when what came down the pipe is not a page', async () => {
    const index = searchIndexHandOver();
    index.receive(pipeOf(lineOf('vi/speeches/a/index.html', pageOf('vi', '<p>Khâu</p>')), 'Error: something astro printed\n'));
    await expect(index.finish(siteDir)).rejects.toThrow('searched page 2 from astro build is not JSON: Error: something astro printed');
    await index.stop();
  }, 30_000);
});
