/**
 * `npm run import --kind resolution` measured on the engine fixture site's resolutions, each as a
 * plain text, a saved document page and a Word file (tests/support/document-import-fixtures.ts):
 * the parts, their numbers, titles and paragraphs are read from the fixture's own MDX, not written
 * here. Then each rule of the document import, with an example it must catch and one it must leave
 * alone.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkSources } from '../../scripts/check/index';
import { readSources } from '../../scripts/check/read-files';
import { readDocumentFrame } from '../../scripts/import/document-frame';
import { importSource, type DocumentImportResult } from '../../scripts/import/import';
import { detectParts, documentDecisions, opensPart, partsOf } from '../../scripts/import/parts';
import { importReport } from '../../scripts/import/report';
import { signalsFor } from '../../scripts/import/signals/index';
import type { SourceBlock } from '../../scripts/import/source';
import { attributeValue } from '../../scripts/import/write-document-draft';
import { splitFrontmatter } from '../../src/lib/content-files';
import { originalLang } from '../../src/lib/languages';
import {
  documentOutline,
  documentPage,
  documentSite,
  documentText,
  documentWordFile,
  fixtureDocuments,
  fixturePlace,
  printedDocument,
  printedIssuer,
  printedSigner,
  type FixtureDocument,
} from '../support/document-import-fixtures';

const words = signalsFor('vi')!.document;
const line = (text: string, role: SourceBlock['role'] = 'paragraph'): SourceBlock => ({ role, runs: [{ text }], where: 'test' });
const lines = (...texts: string[]) => texts.map((text) => line(text));

async function importAs(bytes: Buffer | string, fileName: string, id?: string): Promise<DocumentImportResult> {
  const result = await importSource(Buffer.from(bytes), { fileName, lang: originalLang, kind: 'resolution', ...(id ? { id } : {}) });
  if (result.shape !== 'parts') throw new Error('a resolution is imported in parts');
  return result;
}

function draftOf(result: DocumentImportResult) {
  const { yaml, body } = splitFrontmatter(result.text);
  return { data: parse(yaml!) as Record<string, unknown>, body, outline: documentOutline(body) };
}

const formats = {
  txt: async (document: FixtureDocument) => ({ bytes: documentText(document), fileName: `${document.id}.txt` }),
  html: async (document: FixtureDocument) => ({ bytes: Buffer.from(documentPage(document)), fileName: `${document.id}.html` }),
  docx: async (document: FixtureDocument) => ({ bytes: await documentWordFile(document), fileName: `${document.id}.docx` }),
};

// jsdom and mammoth load on first use, which takes seconds on a busy machine.
describe.each(Object.entries(formats))('importing the fixture site’s resolutions as %s', { timeout: 30_000 }, (format, make) => {
  test.each(fixtureDocuments.map((document) => [document.id, document] as const))('%s: every part, its number, title and paragraphs, nested as the fixture nests them', async (_id, document) => {
    const { bytes, fileName } = await make(document);
    const result = await importAs(bytes, fileName);
    const draft = draftOf(result);
    expect(draft.outline).toEqual(document.outline);
    // The fixture is numbered in order, its headings nested as its numbers: nothing to decide about its parts.
    expect(documentDecisions(result.document.content)).toEqual([]);

    // The frame's facts in the front matter, as printed, and nothing the source does not give.
    const { data } = document;
    expect(draft.data).toEqual({
      title: data.title,
      documentType: data.documentType,
      ...(data.number ? { number: data.number } : {}),
      issuer: printedIssuer(data.issuer),
      ...(data.issued ? { issued: data.issued } : {}),
      ...(data.signer ? { signer: printedSigner(data.signer) } : {}),
      structure: data.structure,
      ...(format === 'html' ? { sourceUrl: documentSite.url(document.id) } : {}),
    });

    // The header, the distribution list and the signature are out of the text, each listed with a reason.
    const printed = printedDocument(document);
    const flatten = (parts: typeof draft.outline.parts): string[] => parts.flatMap((part) => [part.title ?? '', ...part.paragraphs, ...flatten(part.children)]);
    const text = [...draft.outline.preamble, ...flatten(draft.outline.parts)].join('\n');
    const frameLines = [...printed.header.map((printedLine) => printedLine.text), ...printed.recipients, ...printed.signature];
    for (const frameLine of frameLines) {
      expect(text).not.toContain(frameLine);
      expect(result.clean.dropped.map((dropped) => dropped.text)).toContain(frameLine);
    }
    for (const chrome of ['Trang chủ', 'Chia sẻ', 'Văn bản liên quan', documentSite.name, 'dataLayer']) expect(draft.body).not.toContain(chrome);
    expect(result.clean.dropped.find((dropped) => dropped.text === printed.recipients[0])!.reason).toBe('the distribution list (Nơi nhận)');
  });
});

describe('the report has the speech import’s shape', { timeout: 30_000 }, () => {
  test('kept (each part by its anchor), provenance (where each value was read), dropped, needs a decision', async () => {
    const document = fixtureDocuments.find((candidate) => candidate.data.signer && candidate.data.issued)!;
    const result = await importAs(documentText(document), 'nq.txt');
    const report = importReport(result, 'nq.txt');
    const anchors = partsOf(result.document.content).length;
    expect(report).toContain(`Kept ${anchors} parts, structure \`${document.data.structure}\` (its parts are numbered by depth (I. › 1. › a)), as a party document’s are):`);
    expect(report.filter((reportLine) => /^\s+#\S+ — opens with/.test(reportLine))).toHaveLength(anchors);
    expect(report).toContain(`  place: “${fixturePlace}” (not a field of a resolutions entry: see it in the source)`);
    expect(report).toContainEqual(expect.stringMatching(/^ {2}issued: “\d{4}-\d{2}-\d{2}”, from “Núi Mây, ngày/));
    expect(report).toContainEqual(expect.stringMatching(/^Dropped \d+ blocks:$/));
    expect(report).toContainEqual(expect.stringMatching(/^Needs a decision \(\d+\); `npm run check` reports each until it is made:$/));
    expect(report).toContain('  - summary: the editors’ short neutral summary');
  });
});

describe('the draft and the content check', { timeout: 30_000 }, () => {
  const { sources } = readSources(process.cwd(), 'content', /\.mdx$/);

  test.each(fixtureDocuments.map((document) => [document.id, document] as const))('%s: rejected only with requests for decisions; passes once they are made', async (_id, document) => {
    const result = await importAs(await documentWordFile(document), 'van-ban.docx', `imported-${document.id}`);
    const errorsOf = (text: string) => checkSources([...sources, { path: result.path, text }]).filter((diagnostic) => diagnostic.severity === 'error');
    const errors = errorsOf(result.text);
    for (const error of errors) {
      expect(error.file).toBe(result.path);
      expect((error.rule === 'schema' && error.message.startsWith('missing field `summary`')) || error.rule === 'pending-decision', `${error.rule}: ${error.message}`).toBe(true);
    }
    const decisions = [...result.entryDecisions, ...documentDecisions(result.document.content)];
    expect(errors.filter((error) => error.rule === 'pending-decision')).toHaveLength(decisions.length);

    // The editor's decisions: the names as the documents write them, the notes deleted, a summary.
    const { data } = document;
    let completed = result.text.replace(`issuer: ${printedIssuer(data.issuer)}`, `issuer: ${data.issuer}`);
    if (data.signer) completed = completed.replace(`signer: ${printedSigner(data.signer)}`, `signer: ${data.signer}`);
    completed = completed
      .replace(/^\{\/\* decide: .*\*\/\}\n/gmu, '')
      .replace('\n---\n', '\nsummary: Tóm tắt của ban biên tập.\n---\n');
    expect(errorsOf(completed)).toEqual([]);
  });
});

describe('the numbering, kept as printed: a decision where it does not follow', () => {
  const decisionsOf = (...texts: string[]) => {
    const document = detectParts(lines(...texts), words);
    return partsOf(document.content).map((part) => [part.n, part.decisions.length > 0] as const);
  };

  test.each([
    ['a gap', ['I. Tình hình', 'III. Nhiệm vụ'], ['I. Tình hình', 'II. Nhiệm vụ'], [['I', false], ['III', true]]],
    ['a repeat', ['I. Tình hình', '1. Một.', '1. Hai.'], ['I. Tình hình', '1. Một.', '2. Hai.'], [['I', false], ['1', false], ['1', true]]],
    ['a level that skips (a point under a section)', ['I. Tình hình', 'a) Một.'], ['I. Tình hình', '1. Về kinh tế', 'a) Một.'], [['I', false], ['a', true]]],
    ['a clause outside an article', ['Chương I', 'Quy định chung', 'Khoản 2. Nội dung.'], ['Chương I', 'Quy định chung', 'Điều 1. Phạm vi', '1. Nội dung.'], [['I', false], ['2', true]]],
    ['an article numbered again in a later chapter', ['Chương I', 'Chung', 'Điều 1. Một', 'Chương II', 'Riêng', 'Điều 1. Hai'], ['Chương I', 'Chung', 'Điều 1. Một', 'Chương II', 'Riêng', 'Điều 2. Hai'], [['I', false], ['1', false], ['II', false], ['1', true]]],
  ] as const)('%s is caught; the same numbering in order is left alone', (_what, caught, leftAlone, expected) => {
    expect(decisionsOf(...caught)).toEqual(expected);
    expect(decisionsOf(...leftAlone).every(([, decided]) => !decided)).toBe(true);
  });

  test('a gap among outermost parts numbered 1. 2. 4. is caught beside the form the scheme expects; 1. 2. 3. only for the form', () => {
    const gap = partsOf(detectParts(lines('1. Một.', '2. Hai.', '4. Bốn.'), words).content);
    expect(gap.map((part) => part.decisions.length)).toEqual([1, 1, 2]);
    expect(gap[2]!.decisions[0]).toContain('the source numbers this part “4” where “3” would follow “2”');
    const inOrder = partsOf(detectParts(lines('1. Một.', '2. Hai.', '3. Ba.'), words).content);
    expect(inOrder.map((part) => part.decisions.length)).toEqual([1, 1, 1]);
    expect(inOrder.flatMap((part) => part.decisions).every((decision) => decision.includes('is not a Roman numeral'))).toBe(true);
  });

  test('numbers are kept exactly as printed, never corrected', () => {
    const document = detectParts(lines('I. Tình hình', 'III. Nhiệm vụ', '1. Một.', '1. Hai.'), words);
    expect(partsOf(document.content).map((part) => part.n)).toEqual(['I', 'III', '1', '1']);
  });

  test('a document that names its levels is a state document; one numbered by depth a party one', () => {
    expect(detectParts(lines('Điều 1. Phạm vi', '1. Nội dung.'), words).structure).toBe('state');
    expect(detectParts(lines('I. Tình hình', '1. Nội dung.'), words).structure).toBe('party');
    const state = detectParts(lines('Điều 1. Phạm vi', '1. Nội dung.', 'a) Điểm.'), words);
    expect(partsOf(state.content).map((part) => `${part.level}-${part.n}`)).toEqual(['dieu-1', 'khoan-1', 'diem-a']);
  });

  test('the words after a number: a title when they are no sentence, else the part’s first paragraph', () => {
    const [titled, texted] = partsOf(detectParts(lines('1. Về kinh tế', '2. Tăng cường phát triển kinh tế.'), words).content);
    expect(titled).toMatchObject({ n: '1', title: 'Về kinh tế', content: [] });
    expect(texted!.title).toBeUndefined();
    expect(texted!.content).toMatchObject([{ type: 'text', block: { runs: [{ text: 'Tăng cường phát triển kinh tế.' }] } }]);
  });

  test('Word’s heading levels that disagree with the nesting the numbers give are caught; levels that agree are left alone', () => {
    const heading = (text: string, headingLevel: number): SourceBlock => ({ ...line(text, 'heading'), headingLevel });
    const disagree = partsOf(detectParts([heading('I. Tình hình', 1), heading('1. Về kinh tế', 1)], words).content);
    expect(disagree.map((part) => part.decisions.length)).toEqual([0, 1]);
    expect(disagree[1]!.decisions[0]).toContain('as a heading of level 1, like “I. Tình hình” (level 1), but its number puts it inside that part');
    const agree = partsOf(detectParts([heading('I. Tình hình', 1), heading('1. Về kinh tế', 2), line('a) Một.')], words).content);
    expect(agree.flatMap((part) => part.decisions)).toEqual([]);
  });

  test('a heading without a number, and an item Word numbers itself, are left to the editor; numbered text is not', () => {
    const document = detectParts([line('I. Tình hình'), line('Kết quả nổi bật', 'heading'), line('Nâng cao chất lượng.', 'list-item'), line('Đoạn văn thường.')], words);
    const [section] = partsOf(document.content);
    expect(section!.content.map((node) => node.decisions.length)).toEqual([1, 1, 0]);
    expect(section!.content[0]!.decisions[0]).toContain('is a heading in the source without a number');
    expect(section!.content[1]!.decisions[0]).toContain('Word’s automatic numbering');
  });
});

describe('the frame: header and closing', () => {
  const frameOf = (blocks: SourceBlock[]) => readDocumentFrame(blocks, words, (block) => opensPart(block, words));

  test('a date line without a day gives no `issued`, only the place', () => {
    const frame = frameOf(lines('TỈNH ỦY CAO BẰNG', 'Cao Bằng, ngày    tháng    năm 2026', 'NGHỊ QUYẾT', 'Về một việc', 'I. Một'));
    expect(frame.issued).toBeUndefined();
    expect(frame.place?.value).toBe('Cao Bằng');
    const dated = frameOf(lines('TỈNH ỦY CAO BẰNG', 'Cao Bằng, ngày 5 tháng 3 năm 2026', 'NGHỊ QUYẾT', 'Về một việc', 'I. Một'));
    expect(dated.issued?.value).toBe('2026-03-05');
  });

  test('the kind of document is a heading in capitals (or Word’s Title); a sentence opening with the word is text', () => {
    expect(frameOf(lines('NGHỊ QUYẾT VỀ MỘT VIỆC', 'I. Một')).documentType?.value).toBe('Nghị quyết');
    expect(frameOf(lines('NGHỊ QUYẾT VỀ MỘT VIỆC', 'I. Một')).title?.value).toBe('VỀ MỘT VIỆC');
    expect(frameOf([line('Chỉ thị', 'title'), line('Về một việc'), line('I. Một')]).documentType?.value).toBe('Chỉ thị');
    const conference = frameOf(lines('NGHỊ QUYẾT', 'HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH MẪU', 'về một việc mẫu', 'ỦY BAN MẪU', 'I. Một'));
    expect(conference.title?.value).toBe('HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH MẪU về một việc mẫu');
    expect(conference.decisions).toEqual([expect.stringContaining('the title is read from 2 lines')]);
    expect(conference.body.map((block) => block.runs[0]!.text)).toEqual(['ỦY BAN MẪU', 'I. Một']);
    const sentence = frameOf(lines('Nghị quyết này có hiệu lực từ ngày ký.', 'I. Một'));
    expect(sentence.documentType).toBeUndefined();
    expect(sentence.body).toHaveLength(2);
  });

  test('an issuing body over two lines, or in capitals, is left to the editor; a line not in capitals is not taken for it', () => {
    expect(frameOf(lines('ĐẢNG BỘ TỈNH CAO BẰNG', 'TỈNH ỦY', 'NGHỊ QUYẾT', 'Về một việc', 'I. Một')).decisions).toEqual([
      expect.stringContaining('names the issuing body over 2 lines'),
      expect.stringContaining('in capitals'),
    ]);
    const written = frameOf([line('Tỉnh ủy Cao Bằng', 'paragraph'), ...lines('NGHỊ QUYẾT', 'Về một việc', 'I. Một')]);
    expect(written.issuer).toBeUndefined();
    expect(written.dropped[0]!.reason).toBe('a line before the document’s header (not its issuing body, number or date)');
  });

  test('the closing: the distribution list and a signature block, also without “Nơi nhận”; body text before them stays', () => {
    const frame = frameOf(lines('NGHỊ QUYẾT', 'Về một việc', 'I. Một', 'Nội dung cuối cùng.', 'TM. BAN THƯỜNG VỤ', 'BÍ THƯ', '(Đã ký)', 'Nguyễn Văn A'));
    expect(frame.body.map((block) => block.runs[0]!.text)).toEqual(['I. Một', 'Nội dung cuối cùng.']);
    expect(frame.signer?.value).toBe('TM. BAN THƯỜNG VỤ, BÍ THƯ, Nguyễn Văn A');
    const recipients = frameOf(lines('NGHỊ QUYẾT', 'Về một việc', 'I. Một', 'Nơi nhận:', '- Các huyện ủy,', 'BÍ THƯ', 'Nguyễn Văn A'));
    expect(recipients.signer?.value).toBe('BÍ THƯ, Nguyễn Văn A');
    expect(recipients.dropped.filter((dropped) => dropped.reason.startsWith('the distribution list')).map((dropped) => dropped.text)).toEqual(['Nơi nhận:', '- Các huyện ủy,']);
  });
});

describe('the draft’s MDX', { timeout: 30_000 }, () => {
  test('a part’s title in the quote mark it does not hold; a title holding both stays text, with a decision', async () => {
    expect(attributeValue('Về "chuyển đổi số"')).toBe(`'Về "chuyển đổi số"'`);
    expect(attributeValue(`Về "số" và 'xanh'`)).toBeUndefined();
    const text = ['NGHỊ QUYẾT', 'Về một việc (văn bản thử)', 'I. Về "chuyển đổi số" và chữ {lạ} <b>', 'Nội dung của mục I, đủ dài để là một đoạn văn bản thử nghiệm của nghị quyết.', `II. Về "số" và 'xanh'`, 'Nội dung của mục II.'].join('\n');
    const result = await importAs(text, 'a.txt', 'a');
    const { outline } = draftOf(result);
    expect(outline.parts.map((part) => part.title)).toEqual(['Về "chuyển đổi số" và chữ {lạ} <b>', undefined]);
    expect(outline.parts[1]!.paragraphs).toEqual([`Về "số" và 'xanh'`, 'Nội dung của mục II.']);
    expect(documentDecisions(result.document.content)).toEqual([expect.stringContaining('holds both quote marks')]);
  });

  test('a source with no numbered part: a draft with a decision, never a guessed part', async () => {
    const result = await importAs('NGHỊ QUYẾT\nVề một việc\nĐoạn một của văn bản thử nghiệm, không đánh số.\nĐoạn hai.', 'a.txt', 'a');
    expect(result.entryDecisions).toContainEqual(expect.stringContaining('found no numbered part'));
    expect(partsOf(result.document.content)).toEqual([]);
  });

  test('a Word list numbered automatically: each item kept as text with a decision, since its number is not in the text', async () => {
    const numbered = { reference: 'auto', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] };
    const paragraph = (text: string, options: Partial<IParagraphOptions> = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });
    const file = await Packer.toBuffer(
      new Document({
        numbering: { config: [numbered] },
        sections: [
          {
            children: [
              paragraph('NGHỊ QUYẾT', { heading: HeadingLevel.TITLE }),
              paragraph('Về một việc mẫu (tệp kiểm thử)'),
              paragraph('I. Nhiệm vụ mẫu', { heading: HeadingLevel.HEADING_1 }),
              paragraph('Nhiệm vụ thứ nhất của văn bản thử nghiệm.', { numbering: { reference: 'auto', level: 0 } }),
              paragraph('Nhiệm vụ thứ hai của văn bản thử nghiệm.', { numbering: { reference: 'auto', level: 0 } }),
              paragraph('1. Nhiệm vụ đánh số bằng chữ trong văn bản.'),
            ],
          },
        ],
      }),
    );
    const result = await importAs(file, 'a.docx', 'a');
    const [section, typed] = partsOf(result.document.content);
    expect(section!.content.filter((node) => node.type === 'text').map((node) => node.decisions)).toEqual([
      [expect.stringContaining('Word’s automatic numbering')],
      [expect.stringContaining('Word’s automatic numbering')],
    ]);
    expect(typed).toMatchObject({ n: '1', decisions: [] });
  });

  test('--format and --speaker are a speech’s', async () => {
    await expect(importSource(Buffer.from('NGHỊ QUYẾT\nVề một việc\nI. Một'), { fileName: 'a.txt', lang: originalLang, kind: 'resolution', id: 'a', format: 'speech' })).rejects.toThrow('a resolution takes neither');
  });
});
