/**
 * Entry bodies rendered from their files (src/lib/mdx-body.ts) write the HTML Astro's MDX
 * integration wrote for them, and refuse what a body may not hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMdxBody, UnrenderableBody } from '../../src/lib/mdx-body';
import { walk } from '../../src/lib/content-files';

const fixtures = 'tests/fixtures/mdx-body';
const body = (mdx: string) => renderMdxBody(`---\ntitle: x\n---\n\n${mdx}\n`);

describe('an entry body', () => {
  // every-construct.astro-mdx.html is what Astro 7.3 with @astrojs/mdx 8.0 (`optimize: true`,
  // `smartypants: false`, the components mapped as the site mapped them) rendered for
  // every-construct.mdx: Markdown with GitHub's extensions, the prose elements the check allows,
  // each component, attributes in braces, and headings (with the ids Astro gives them).
  test('is written as Astro\'s MDX integration wrote it, byte for byte', () => {
    expect(renderMdxBody(readFileSync(join(fixtures, 'every-construct.mdx'), 'utf8'))).toBe(readFileSync(join(fixtures, 'every-construct.astro-mdx.html'), 'utf8'));
  });

  // cases/: one construct or a few each (every Markdown and MDX form the check admits, with
  // escaping, attributes and components in every position), each with Astro's rendering recorded
  // the same way. The one known difference: GitHub's footnotes section is `data-footnotes` here,
  // `data-footnotes="true"` from Astro.
  test.each(readdirSync(join(fixtures, 'cases')).filter((name) => name.endsWith('.mdx')))('%s is written as Astro\'s MDX integration wrote it', (name) => {
    const astro = readFileSync(join(fixtures, 'cases', name.replace(/\.mdx$/, '.astro-mdx.html')), 'utf8').replace('<section data-footnotes="true"', '<section data-footnotes');
    expect(renderMdxBody(readFileSync(join(fixtures, 'cases', name), 'utf8'))).toBe(astro);
  });

  test('escapes text beside a component as Astro\'s runtime does, and static HTML as static HTML', () => {
    // Text alone beside a <Ref>: runtime escaping (' and " too).
    expect(body('It\'s <Ref to="orientations/a">the "road"</Ref>.')).toBe('<p>It&#39;s <entry-ref to="orientations/a">the &quot;road&quot;</entry-ref>.</p>');
    // A run holding an element is static HTML: only & and < escaped in its text.
    expect(body('**A:** it\'s <Ref to="orientations/a">x</Ref>')).toBe('<p><strong>A:</strong> it\'s <entry-ref to="orientations/a">x</entry-ref></p>');
    // Nothing beside a component: all static.
    expect(body('It\'s "plain" & <sup>2</sup>')).toBe('<p>It\'s "plain" &amp; <sup>2</sup></p>');
  });

  test('writes <Para>, <Ref> and <Part> as the markers the page writes out, and <Quote> as a quotation', () => {
    expect(body('<Para n={2} kind="answer" voice="direct">\nA <Quote>b</Quote>.\n</Para>')).toBe(
      '<speech-para n="2" kind="answer" voice="direct"><p>A <q class="direct-quote">b</q>.</p></speech-para>',
    );
    expect(body('<Part level="dieu" number="5">\nText.\n</Part>')).toBe('<document-part level="dieu" number="5"><p>Text.</p></document-part>');
  });

  test('refuses code, an unknown component and what does not parse, saying what', () => {
    const refused = (mdx: string) => {
      try {
        body(mdx);
      } catch (error) {
        expect(error).toBeInstanceOf(UnrenderableBody);
        return (error as Error).message;
      }
      throw new Error(`rendered: ${mdx}`);
    };
    expect(refused('import x from "y"\n\nText')).toBe('a body may hold no import or export: content never runs code.');
    expect(refused('Sum {1 + 1}')).toBe('{1 + 1}: a body may hold no expression but a comment: content never runs code.');
    expect(refused('Sum {/* a */ x /* b */}')).toBe('{/* a */ x /* b */}: a body may hold no expression but a comment: content never runs code.');
    expect(refused('<Para n={3 + 1}>\nx\n</Para>')).toBe('<Para n={3 + 1}>: only a literal (a number, "text", true, false or null) may stand in braces.');
    expect(refused('<Para {...props}>\nx\n</Para>')).toBe('<Para> has an attribute that is not name="value" or name={literal}.');
    expect(refused('<Chart data="x" />')).toBe('<Chart> is not a component a body may use (Para, Ref, Part, Quote).');
    expect(refused('<Para n={1}>\nopen')).toMatch(/^its MDX does not parse: .*closing tag for `<Para>`/);
  });

  test('of every entry of the corpus and of the engine fixture renders', () => {
    const files = ['content', 'tests/fixtures/site/content'].flatMap((dir) => [...walk(dir)]);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(() => renderMdxBody(readFileSync(file, 'utf8')), file).not.toThrow();
  });
});
