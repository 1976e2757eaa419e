/**
 * `npm run import` measured on both seed texts in all three formats: the copied text, a saved news
 * page and a Word file (tests/support/import-fixtures.ts). The expected paragraphs, kinds and
 * voices are read from the corpus's own encoding of each text (content/speeches/vi/), not written
 * here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCorpus, corpusOf } from '../../scripts/check/index';
import { readSources } from '../../scripts/check/read-files';
import { importSource, type ImportResult } from '../../scripts/import/import';
import { splitFrontmatter } from '../../src/lib/content-files';
import { languages, originalLang } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { translationStatus } from '../../src/lib/translation-status';
import { parse } from 'yaml';
import { fixtureSite, seedLayouts, seedPage, seedText, seedWordFile, type SeedLayout } from '../support/import-fixtures';

const root = process.cwd();

/** The corpus's encoding of the seed: the entry its manifest names. */
function encoded(layout: SeedLayout) {
  const id = layout.spec.page.split('/').filter(Boolean).at(-1)!;
  const text = readFileSync(join(root, `content/speeches/${originalLang}/${id}.mdx`), 'utf8');
  const { yaml, body } = splitFrontmatter(text);
  return { id, data: parse(yaml!) as Record<string, unknown>, paragraphs: speechParagraphs(body) };
}

function draftOf(result: ImportResult) {
  const { yaml, body } = splitFrontmatter(result.text);
  return { data: parse(yaml!) as Record<string, unknown>, body, paragraphs: speechParagraphs(body) };
}

const formats = {
  txt: async (layout: SeedLayout) => ({ bytes: seedText(layout.spec), fileName: layout.spec.file }),
  html: async (layout: SeedLayout, index: number) => ({
    bytes: Buffer.from(seedPage(layout, { slug: `bai-${index}`, ...(layout.title ? {} : { published: '2026-01-28T10:15:00+07:00' }) })),
    fileName: `bai-${index}.html`,
  }),
  docx: async (layout: SeedLayout) => ({ bytes: await seedWordFile(layout), fileName: 'van-ban.docx' }),
};

// jsdom and mammoth load on first use, which takes seconds on a busy machine.
describe.each(Object.entries(formats))('importing the seeds as %s', { timeout: 30_000 }, (format, make) => {
  test.each(seedLayouts.map((layout, index) => [layout.spec.file, layout, index] as const))('%s: every body paragraph, verbatim, with its kind and voice', async (_file, layout, index) => {
    const { bytes, fileName } = await make(layout, index);
    const expected = encoded(layout);
    const result = await importSource(bytes, { fileName, lang: originalLang, id: `imported-${index}` });
    const draft = draftOf(result);

    expect(draft.paragraphs.map((paragraph) => paragraph.text)).toEqual(expected.paragraphs.map((paragraph) => paragraph.text));
    expect(draft.paragraphs.map(({ n, kind, voice }) => ({ n, kind, voice }))).toEqual(expected.paragraphs.map(({ n, kind, voice }) => ({ n, kind, voice })));
    expect(draft.data['format']).toBe(expected.data['format']);
    // The questions are marked, and an answer's label is written bold as the corpus writes it.
    expect(draft.paragraphs.filter((paragraph) => paragraph.kind === 'question').map((paragraph) => paragraph.n)).toEqual(
      expected.paragraphs.filter((paragraph) => paragraph.kind === 'question').map((paragraph) => paragraph.n),
    );
    expect(draft.paragraphs.map((paragraph) => paragraph.label)).toEqual(expected.paragraphs.map((paragraph) => paragraph.label));

    // No chrome, caption or related article is left in the body.
    const bodyText = draft.paragraphs.map((paragraph) => paragraph.text).join('\n');
    for (const line of [...layout.masthead, ...layout.spec.notBody.filter((line) => line !== layout.title), ...layout.related]) {
      expect(bodyText).not.toContain(line);
    }
    for (const chrome of ['Quảng cáo', 'Chia sẻ', 'Từ khóa', 'Tin liên quan', 'Đọc nhiều', 'Bản quyền', 'Trang chủ', 'dataLayer']) {
      expect(bodyText).not.toContain(chrome);
    }

    // Provenance, only where the source gives it.
    if (layout.title) expect(draft.data['title']).toBe(layout.title);
    else expect(draft.data).toMatchObject({ titleIsEditorial: true });
    expect(draft.data['title'] === undefined).toBe(layout.title === null);
    const credits = [...new Set(layout.spec.notBody.flatMap((line) => /Ảnh: (.+?)\.?$/u.exec(line)?.[1] ?? []))];
    expect((draft.data['source'] as { photoCredit?: string } | undefined)?.photoCredit).toBe(credits.length > 0 ? credits.join(', ') : undefined);
    if (format === 'html') expect(draft.data['source']).toMatchObject({ publication: fixtureSite.name, url: fixtureSite.url(`bai-${index}`) });
    else expect((draft.data['source'] as { url?: string } | undefined)?.url).toBeUndefined();
  });
});

describe('dates: a publication date where the source states one, never a masthead clock as one', () => {
  const [interview, report] = seedLayouts as [SeedLayout, SeedLayout];

  test('a copied page with only its masthead clock: the day it was seen, `captured`', async () => {
    const result = await importSource(seedText(interview.spec), { fileName: 'a.txt', lang: originalLang, id: 'a' });
    const clock = /(\d{2})\/(\d{2})\/(\d{4})/.exec(interview.masthead[0]!)!;
    expect(draftOf(result).data).toMatchObject({ date: `${clock[3]}-${clock[2]}-${clock[1]}`, dateKind: 'captured' });
  });

  test('a page’s article:published_time: `published`, the day as the page writes it, with the clock kept as `captured`', async () => {
    const page = seedPage(interview, { slug: 'x', published: '2026-03-06T23:30:00+07:00' });
    const result = await importSource(Buffer.from(page), { fileName: 'a.html', lang: originalLang, id: 'a' });
    expect(draftOf(result).data).toMatchObject({ date: '2026-03-06', dateKind: 'published', source: { captured: '2026-03-07' } });
  });

  test('a date label before a copied text: written as published, with a decision for the editor', async () => {
    const result = await importSource(seedText(report.spec), { fileName: 'b.txt', lang: originalLang, id: 'b' });
    const label = /\d{4}-\d{2}-\d{2}/.exec(report.spec.stripPrefix)![0];
    expect(draftOf(result).data).toMatchObject({ date: label, dateKind: 'published' });
    expect(result.entryDecisions).toEqual([expect.stringContaining(`the date ${label} is read from the date label`)]);
  });

  test('a Word file states no date: none is written, and the check asks for it', async () => {
    const result = await importSource(await seedWordFile(interview), { fileName: 'a.docx', lang: originalLang, id: 'a' });
    expect(draftOf(result).data['date']).toBeUndefined();
    expect(result.toFill).toContainEqual(expect.stringContaining('date and dateKind'));
  });
});

describe('the draft and the content check', () => {
  const { sources } = readSources(root, 'content', /\.mdx$/);

  test.each(seedLayouts.map((layout, index) => [layout.spec.file, layout, index] as const))(
    '%s: rejected only with requests for decisions, and listed as awaiting translation',
    async (_file, layout, index) => {
      const speaker = encoded(layout).data['speakers'] as string[];
      const result = await importSource(seedText(layout.spec), { fileName: 'x.txt', lang: originalLang, id: `imported-${index}`, speaker: speaker[0] });
      const corpus = corpusOf([...sources, { path: result.path, text: result.text }]);
      const errors = checkCorpus(corpus).filter((diagnostic) => diagnostic.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.file).toBe(result.path);
        expect(
          (error.rule === 'schema' && error.message.startsWith('missing field')) || error.rule === 'missing-title' || error.rule === 'pending-decision',
          `${error.rule}: ${error.message}`,
        ).toBe(true);
      }
      // One marker in the file for each decision the import reported.
      const decisions = [...result.entryDecisions, ...result.structure.paragraphs.flatMap((paragraph) => paragraph.decisions)];
      expect(errors.filter((error) => error.rule === 'pending-decision')).toHaveLength(decisions.length);
      const statuses = translationStatus(corpus.entries, originalLang, languages).filter((status) => status.id === `imported-${index}`);
      expect(statuses.map((status) => status.state)).toEqual(languages.filter((lang) => lang !== originalLang).map(() => 'missing'));
    },
  );

  test('with the decisions made and the summary written, the draft passes', async () => {
    const layout = seedLayouts[0]!;
    const result = await importSource(seedText(layout.spec), { fileName: 'x.txt', lang: originalLang, id: 'imported', speaker: 'phan-thang-an' });
    expect(result.entryDecisions).toEqual([]);
    const completed = result.text.replace('\n---\n', '\nsummary: Tóm tắt của ban biên tập.\n---\n');
    const errors = checkCorpus(corpusOf([...sources, { path: result.path, text: completed }])).filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors).toEqual([]);
  });
});
