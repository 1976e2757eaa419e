/**
 * The body thread writes bodies out exactly as the page's own thread would, reports a failure as
 * the page's error, and is gone once the build is done.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/i18n';
import { bodyThread, startBodyThread, stopBodyThread } from '../../src/build/body-thread';
import { bodyContextFrom, writeOutBody, type PortableBodyContext } from '../../src/lib/entry-body';

const context: PortableBodyContext = {
  strings: uiStrings('vi'),
  targets: { 'orientations/a': { href: '/vi/orientations/a/', typeLabel: 'Định hướng · Thứ nhất', shortLabel: 'ĐH1', title: 'Hạ tầng' } },
  terms: [{ forms: ['cửa khẩu'], href: '/vi/glossary/cua-khau/', label: 'Thuật ngữ: cửa khẩu' }],
  lang: 'vi',
};
const english: PortableBodyContext = { ...context, strings: uiStrings('en'), lang: 'en' };

const body = (n: number) =>
  `<h2>Mở đầu</h2>\n<speech-para n="${n}" kind="lead"><p>Kinh tế cửa khẩu và <entry-ref to="orientations/a#p2">hạ tầng</entry-ref>.</p></speech-para>`;

afterEach(() => stopBodyThread());

describe('the body thread', () => {
  test('writes out bodies as the page would, each with its own language, whatever order they finish in', async () => {
    startBodyThread();
    const thread = bodyThread();
    expect(thread).toBeDefined();
    const bodies = Array.from({ length: 20 }, (_, index) => body(index + 1));
    const written = await Promise.all(bodies.map((html, index) => thread!.complete(html, index % 2 ? 'en' : 'vi', index % 2 ? english : context)));
    expect(written).toEqual(bodies.map((html, index) => writeOutBody(html, bodyContextFrom(index % 2 ? english : context))));
    expect(written[0]).toContain('Đoạn 1');
    // The ¶ to mark as outdated travel with the body.
    const outdated = { paragraphs: [3], originalHref: '/vi/speeches/x/', originalLang: 'vi' };
    const marked = await thread!.complete(body(3), 'en', english, 'speeches/x', outdated);
    expect(marked).toBe(writeOutBody(body(3), bodyContextFrom(english), 'speeches/x', outdated));
    expect(marked).toContain('data-outdated');
    expect(written[1]).toContain('Paragraph 2');
  });

  test("a body it cannot write out fails the page with the pass's own message", async () => {
    startBodyThread();
    await expect(bodyThread()!.complete('<p><entry-ref to="orientations/zz">x</entry-ref></p>', 'vi', context)).rejects.toThrow(
      '<Ref to="orientations/zz"> points at nothing in vi; run `npm run check` for the file and line.',
    );
    await expect(bodyThread()!.complete('<speech-para n="1"><p>open', 'vi', context)).rejects.toThrow('<speech-para> is not closed');
    // And the next body is written as usual.
    await expect(bodyThread()!.complete(body(3), 'vi', context)).resolves.toContain('id="p3"');
  });

  test('is there only between the start and the end of a build', async () => {
    expect(bodyThread()).toBeUndefined();
    startBodyThread();
    expect(bodyThread()).toBeDefined();
    await stopBodyThread();
    expect(bodyThread()).toBeUndefined();
  });

  test('keeps the process alive while a page waits for its body, and only then', () => {
    const work = mkdtempSync(join(tmpdir(), 'body-thread-'));
    const run = (script: string) => {
      const file = join(work, 'script.mjs');
      writeFileSync(file, script);
      return execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
    };
    const start = `import { startBodyThread, bodyThread } from ${JSON.stringify(new URL('../../src/build/body-thread.ts', import.meta.url).href)};
      startBodyThread();`;
    // Nothing else keeps this process alive while it waits: the answer still comes.
    expect(run(`${start} console.log(await bodyThread().complete('<p>x</p>', 'vi', { strings: {}, targets: {}, terms: [], lang: 'vi' }));`)).toBe('<p>x</p>\n');
    // Nothing waits for a body: the process ends on its own.
    expect(run(`${start} console.log('done');`)).toBe('done\n');
    rmSync(work, { recursive: true, force: true });
  });
});
