/**
 * The body thread renders and writes bodies out exactly as the page's own thread would, reports a
 * failure as the page's error, and is gone once the build is done.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/i18n';
import { bodyThread, startBodyThread, stopBodyThread } from '../../src/build/body-thread';
import { bodyContextFrom, type PortableBodyContext } from '../../src/lib/entry-body';
import { renderedBody } from '../../src/lib/rendered-body';

const context: PortableBodyContext = {
  strings: uiStrings('vi'),
  targets: { 'orientations/a': { href: '/vi/orientations/a/', typeLabel: 'Định hướng · Thứ nhất', shortLabel: 'ĐH1', title: 'Hạ tầng' } },
  terms: [{ forms: ['cửa khẩu'], href: '/vi/glossary/cua-khau/', label: 'Thuật ngữ: cửa khẩu' }],
  lang: 'vi',
};
const english: PortableBodyContext = { ...context, strings: uiStrings('en'), lang: 'en' };

let work: string;
beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'body-thread-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An entry file holding `mdx` as its body; its path. */
function entryFile(name: string, mdx: string): string {
  const file = join(work, `${name}.mdx`);
  writeFileSync(file, `---\ntitle: x\n---\n\n${mdx}\n`);
  return file;
}
const body = (n: number) => entryFile(`p${n}`, `## Mở đầu\n\n<Para n={${n}} kind="lead">\nKinh tế cửa khẩu và <Ref to="orientations/a#p2">hạ tầng</Ref>.\n</Para>`);

afterEach(() => stopBodyThread());

describe('the body thread', () => {
  test('writes out bodies as the page would, each with its own language, whatever order they finish in', async () => {
    startBodyThread();
    const thread = bodyThread();
    expect(thread).toBeDefined();
    const bodies = Array.from({ length: 20 }, (_, index) => body(index + 1));
    const written = await Promise.all(bodies.map((file, index) => thread!.complete(file, index % 2 ? 'en' : 'vi', index % 2 ? english : context)));
    expect(written).toEqual(bodies.map((file, index) => renderedBody(file, bodyContextFrom(index % 2 ? english : context))));
    expect(written[0]).toContain('Đoạn 1');
    // The ¶ to mark as outdated travel with the body.
    const outdated = { paragraphs: [3], originalHref: '/vi/speeches/x/', originalLang: 'vi' };
    const marked = await thread!.complete(body(3), 'en', english, 'speeches/x', outdated);
    expect(marked).toBe(renderedBody(body(3), bodyContextFrom(english), 'speeches/x', outdated));
    expect(marked).toContain('data-outdated');
    expect(written[1]).toContain('Paragraph 2');
  });

  test("a body it cannot write out fails the page with the pass's own message", async () => {
    startBodyThread();
    await expect(bodyThread()!.complete(entryFile('nowhere', '<Ref to="orientations/zz">x</Ref>'), 'vi', context)).rejects.toThrow(
      '<Ref to="orientations/zz"> points at nothing in vi; run `npm run check` for the file and line.',
    );
    const unclosed = entryFile('unclosed', '<Para n={1}>\nopen');
    await expect(bodyThread()!.complete(unclosed, 'vi', context)).rejects.toThrow(`${unclosed}: its MDX does not parse:`);
    const code = entryFile('code', 'Sum {1 + 1}');
    await expect(bodyThread()!.complete(code, 'vi', context)).rejects.toThrow(`${code}: {1 + 1}: a body may hold no expression but a comment: content never runs code. Run npm run check for where.`);
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
    const run = (script: string) => {
      const file = join(work, 'script.mjs');
      writeFileSync(file, script);
      return execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
    };
    const start = `import { startBodyThread, bodyThread } from ${JSON.stringify(new URL('../../src/build/body-thread.ts', import.meta.url).href)};
      startBodyThread();`;
    // Nothing else keeps this process alive while it waits: the answer still comes.
    const file = entryFile('plain', 'x');
    expect(run(`${start} console.log(await bodyThread().complete(${JSON.stringify(file)}, 'vi', { strings: {}, targets: {}, terms: [], lang: 'vi' }));`)).toBe('<p>x</p>\n');
    // Nothing waits for a body: the process ends on its own.
    expect(run(`${start} console.log('done');`)).toBe('done\n');
  });
});
