/**
 * The resolution page of the engine's fixture site: every part at every level has its anchor, its
 * visible number and a cite button; a part's citation names the issuing body; a `<Ref>` from
 * another entry lands on the part; search finds a part. Every expected value is read from the
 * fixture's own files (tests/fixtures/site/), none from the real corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { documentPartsOfTree, type DocumentPart } from '../../src/lib/document-part-tree';
import { flattenParts } from '../../src/lib/document-parts';
import { splitFrontmatter } from '../../src/lib/content-files';
import { parseReference } from '../../src/lib/references';
import { parseMdxBodyNatively } from '../../src/lib/speech-paragraphs';
import { violationsOn } from '../support/axe';
import { openSearch, runQuery } from '../support/search';
import { fixtureDir, fixtureSite } from '../support/engine-site';
import { ui } from '../support/offline';
import { expect, test } from './fixtures';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

const contentDir = join(fixtureDir, 'content');
const languages = fixtureSite().languages.map((language) => language.code);

interface FixtureDocument {
  lang: string;
  id: string;
  data: { title: string; issuer: string; number?: string; signer?: string };
  parts: DocumentPart[];
  tree: Root;
}

function read(path: string) {
  const { yaml, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  return { data: parseYaml(yaml ?? '') as Record<string, unknown>, tree: parseMdxBodyNatively(body) };
}

const documents: FixtureDocument[] = languages.flatMap((lang) => {
  const dir = join(contentDir, 'resolutions', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data, tree } = read(join(dir, name));
      return { lang, id: name.replace(/\.mdx$/, ''), data: data as FixtureDocument['data'], parts: flattenParts(documentPartsOfTree(tree)), tree };
    });
});

/** Every `<Ref>` to a part of a document in the fixture's other entries: where it is written, and where it points. */
const refsToParts = languages.flatMap((lang) =>
  readdirSync(contentDir)
    .filter((collection) => collection !== 'resolutions' && existsSync(join(contentDir, collection, lang)))
    .flatMap((collection) =>
      readdirSync(join(contentDir, collection, lang)).flatMap((name) => {
        const text = readFileSync(join(contentDir, collection, lang, name), 'utf8');
        return [...text.matchAll(/<Ref to="(resolutions\/[^"]+#[^"]+)"/g)].map((match) => ({ lang, page: `/${lang}/${collection}/${name.replace(/\.mdx$/, '')}/`, to: match[1]! }));
      }),
    ),
);

const pageOf = (document: FixtureDocument) => `/${document.lang}/resolutions/${document.id}/`;
const original = fixtureSite().languages.find((language) => language.original)!.code;
const originalOf = (document: FixtureDocument) => documents.find((candidate) => candidate.lang === original && candidate.id === document.id)!;

test('the fixture has documents with parts at three levels at least, and a <Ref> to a part', () => {
  expect(documents.length).toBeGreaterThan(0);
  expect(Math.max(...documents.flatMap((document) => document.parts.map((part) => part.path.length)))).toBeGreaterThanOrEqual(3);
  expect(refsToParts.length).toBeGreaterThan(0);
});

for (const document of documents) {
  test.describe(`${document.lang}: ${document.id}`, () => {
    // One visit for what the page shows as it loads: every part, the header, and the audit.
    test('every part, at every level, has its anchor, a visible number linking to it and a cite button; the header gives the document’s own title, and a translation of it as the editors’; no WCAG 2.2 A/AA violations', async ({ page }) => {
      await page.goto(pageOf(document));
      const shown = await page.evaluate(
        (anchors) =>
          anchors.map((anchor) => {
            const elements = window.document.querySelectorAll(`[id="${CSS.escape(anchor)}"]`);
            const number = elements[0]?.querySelector(':scope > .part-head > a.part-number');
            const button = elements[0]?.querySelector(':scope > .part-tools button');
            return { anchor, count: elements.length, number: number?.checkVisibility() ? number.textContent ?? '' : undefined, href: number?.getAttribute('href'), button: Boolean(button?.checkVisibility()) };
          }),
        document.parts.map((part) => part.anchor),
      );
      for (const [index, part] of document.parts.entries()) {
        const seen = shown[index]!;
        expect(seen.count, part.anchor).toBe(1);
        expect(seen.href, part.anchor).toBe(`#${part.anchor}`);
        expect(seen.number, part.anchor).toContain(part.path.at(-1)!.n);
        expect(seen.button, `${part.anchor}: its cite button is shown`).toBe(true);
      }

      const sourceTitle = page.locator('[data-source-title]');
      await expect(sourceTitle).toHaveText(originalOf(document).data.title);
      await expect(sourceTitle).toHaveAttribute('lang', original);
      const translation = page.locator('[data-title-translation]');
      if (document.lang === original) await expect(translation).toHaveCount(0);
      else await expect(translation).toHaveText(document.data.title);

      expect(await violationsOn(page)).toEqual([]);
    });

    test('an address with the deepest part opens at that part', async ({ page }) => {
      const deepest = [...document.parts].sort((a, b) => b.path.length - a.path.length)[0]!;
      await page.goto(`${pageOf(document)}#${deepest.anchor}`);
      const target = page.locator(`[id="${deepest.anchor}"]`);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    });

    test('a part is cited as the issuing body’s, with the document’s type, number and title, and the part’s address', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      const part = document.parts.at(-1)!;
      await page.goto(pageOf(document));
      await page.locator(`[id="${part.anchor}"] > .part-tools`).getByRole('button').click();
      await expect(page.locator('[data-cite-status]')).not.toBeEmpty();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(`${document.data.issuer}, `)).toBe(true);
      // The document's own title is the original's; a translation's is the editors', and said to be.
      const source = originalOf(document);
      if (document.lang === original) expect(copied).toContain(`, “${document.data.title}”, `);
      else expect(copied).toContain(`, “${source.data.title}” ${ui(document.lang, 'cite.titleTranslation', { title: document.data.title })}, `);
      if (document.data.number) expect(copied).toContain(document.data.number);
      // The signer signs for the body; the words are the body's.
      if (document.data.signer) expect(copied).not.toContain(document.data.signer);
      expect(copied).toMatch(new RegExp(`${pageOf(document).replaceAll('/', '\\/')}#${part.anchor.replaceAll('.', '\\.')}`));
    });
  });
}

/** A part's own text, without the parts inside it. */
function ownText(part: DocumentPart, tree: Root): string {
  const children = (findNode(tree, part)?.children ?? []).filter((child) => !(child.type === 'mdxJsxFlowElement' && child.name === 'Part'));
  return toString({ type: 'root', children } as Root);
}

for (const lang of new Set(documents.map((document) => document.lang))) {
  test(`${lang}: search finds a part by a word only it holds, and links to it`, async ({ page }) => {
    const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 7);
    const parts = documents
      .filter((document) => document.lang === lang)
      .flatMap((document) => document.parts.map((part) => ({ document, part, words: wordsOf(ownText(part, document.tree)) })));
    const unique = parts.flatMap(({ document, part, words }) =>
      words.filter((word) => parts.filter((other) => other.words.includes(word)).length === 1).map((word) => ({ document, part, word })),
    )[0];
    expect(unique, 'the fixture documents need a word (7 letters or more) that only one part holds').toBeDefined();
    await page.goto(`/${lang}/`);
    await openSearch(page);
    const results = await runQuery(page, unique!.word);
    const links = results.flatMap((result) => [result.link, ...result.paragraphs]).map((href) => new URL(href, 'http://site.invalid'));
    expect(links.map((url) => `${url.pathname}${url.hash}`)).toContain(`${pageOf(unique!.document)}#${unique!.part.anchor}`);
  });
}

for (const ref of refsToParts) {
  test(`${ref.page}: <Ref to="${ref.to}"> links to the part and lands on it`, async ({ page }) => {
    const reference = parseReference(ref.to)!;
    await page.goto(ref.page);
    const link = page.locator(`a.ref[data-ref="${ref.to}"]`).first();
    await expect(link).toHaveAttribute('href', new RegExp(`/${ref.lang}/resolutions/${reference.id}/#${reference.part!.replaceAll('.', '\\.')}$`));
    await link.click();
    await expect(page.locator(`[id="${reference.part}"]`)).toBeInViewport();
  });
}

/** The `<Part>` element of the tree that is this part (same position). */
function findNode(tree: Root, part: DocumentPart): { children: Root['children'] } | undefined {
  let found: { children: Root['children'] } | undefined;
  const visitNode = (node: { type: string; position?: { start: { line: number; column: number } } | undefined; children?: unknown[] }) => {
    if (found) return;
    if (node.type === 'mdxJsxFlowElement' && node.position?.start.line === part.position?.line && node.position?.start.column === part.position?.column) {
      found = node as unknown as { children: Root['children'] };
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visitNode(child);
  };
  visitNode(tree);
  return found;
}
