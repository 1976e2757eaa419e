/**
 * `npm run import`'s rules one by one, each with an example it must catch and one it must leave
 * alone, and every source it must refuse, with the message that says why.
 */
import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../scripts/import/clean';
import { findEnumerations } from '../../scripts/import/enumerations';
import { importableKinds, importSource } from '../../scripts/import/import';
import { entryKinds } from '../../scripts/new-entry';
import { kinds } from '../../src/kinds/index';
import { signalsFor } from '../../scripts/import/signals/index';
import type { SourceBlock, SourceDocument, TextRun } from '../../scripts/import/source';
import { detectStructure } from '../../scripts/import/voices';
import { escapeMdxText, paragraphMdx } from '../../scripts/import/write-draft';
import { labelOf, originalLang } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';

const vi = signalsFor('vi')!;
const block = (...runs: (string | TextRun)[]): SourceBlock => ({ role: 'paragraph', runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)), where: 'test' });
const plain = (text: string) => block(text);
const sourceOf = (blocks: SourceBlock[], format: SourceDocument['format'] = 'txt'): SourceDocument => ({ format, blocks, metadata: { dates: [] }, dropped: [], notes: [] });
/** A Vietnamese sentence long enough to be body text. */
const body = (words: string) => `${words} ${'phát triển kinh tế gắn với bảo đảm quốc phòng an ninh và nâng cao đời sống của nhân dân các dân tộc trong tỉnh'}.`;

describe('voices, from the source’s own signals', () => {
  test('a bold question, a “Hỏi:” question, an italic one before an answer label', () => {
    const structure = detectStructure(
      [
        plain(body('Mở đầu bài phỏng vấn')),
        block({ text: 'Xin ông cho biết kết quả?', bold: true }),
        plain(body('Chúng tôi đã')),
        plain('Hỏi: Còn khó khăn gì?'),
        plain(body('Đáp: Còn nhiều khó khăn trong')),
        block({ text: 'Kế hoạch năm tới ra sao', italic: true }),
        block({ text: 'Ông Nguyễn Văn An:', bold: true }, { text: ' Năm tới tỉnh sẽ tập trung.' }),
      ],
      vi,
    );
    expect(structure.format).toBe('interview');
    expect(structure.paragraphs.map(({ kind, voice }) => `${kind}/${voice}`)).toEqual([
      'lead/narration',
      'question/question',
      'answer/direct',
      'question/question',
      'answer/direct',
      'question/question',
      'answer/direct',
    ]);
    expect(structure.paragraphs[6]!.label).toBe('Ông Nguyễn Văn An:');
    expect(paragraphMdx(structure.paragraphs[1]!)).toBe('Xin ông cho biết kết quả?');
    expect(structure.paragraphs.flatMap((paragraph) => paragraph.decisions)).toEqual([]);
  });

  test('a text with no question and no reported speech is taken for the speaker’s own words only once an editor confirms it', () => {
    const blocks = [plain(body('Thưa các đồng chí')), plain(body('Năm qua, tỉnh đã đạt nhiều kết quả.'))];
    const taken = detectStructure(blocks, vi);
    expect(taken.format).toBe('speech');
    expect(taken.paragraphs.flatMap((paragraph) => paragraph.decisions)).toEqual([expect.stringContaining('takes the whole text as the speaker’s own words')]);
    // Given by the editor, the format needs no confirming.
    expect(detectStructure(blocks, vi, 'speech').paragraphs.flatMap((paragraph) => paragraph.decisions)).toEqual([]);
  });

  test('a “?” inside an answer with no answer label after it is left to the editor', () => {
    const structure = detectStructure([plain(body('Mở đầu')), plain('Câu hỏi một?'), plain(body('Bí thư: Trả lời')), plain('Vì sao lại như vậy?'), plain(body('Bởi vì'))], vi);
    expect(structure.paragraphs[3]).toMatchObject({ kind: 'answer', voice: 'direct' });
    expect(structure.paragraphs[3]!.decisions).toEqual([expect.stringContaining('¶4 ends with “?” but no answer label follows')]);
  });

  test('a report: the lead, narration, reported speech, an attributed quotation, and a paragraph with no signal', () => {
    const structure = detectStructure(
      [
        plain(body('Tại hội nghị, Bộ trưởng nhấn mạnh')),
        plain(body('Sáng 2/3, đoàn công tác đã làm việc về')),
        plain(body('Bộ trưởng khẳng định cần')),
        plain('“Phải làm đến nơi đến chốn, không để dân chờ đợi”, Bộ trưởng nhấn mạnh.'),
        plain(body('Năm nay phải')),
      ],
      vi,
    );
    expect(structure.format).toBe('speech-report');
    expect(structure.paragraphs.map(({ kind, voice }) => `${kind ?? '-'}/${voice}`)).toEqual(['lead/narration', '-/narration', '-/reported', '-/reported', '-/reported']);
    expect(paragraphMdx(structure.paragraphs[3]!)).toBe('<Quote>“Phải làm đến nơi đến chốn, không để dân chờ đợi”</Quote>, Bộ trưởng nhấn mạnh.');
    expect(structure.paragraphs.map((paragraph) => paragraph.decisions.length)).toEqual([0, 0, 0, 0, 1]);
    expect(structure.paragraphs[4]!.decisions[0]).toContain('taken as reported speech like ¶4');
  });

  test('a long quotation nobody is said to have spoken is not put in anyone’s mouth', () => {
    const structure = detectStructure([plain(body('Mở đầu')), plain(body('Bộ trưởng khẳng định')), plain(body('Bộ trưởng yêu cầu')), plain('Khẩu hiệu “đi từng ngõ, gõ từng nhà, rà từng đối tượng” được treo khắp nơi.')], vi);
    expect(structure.format).toBe('speech-report');
    expect(structure.paragraphs[3]!.quotes).toEqual([]);
    expect(structure.paragraphs[3]!.decisions).toEqual([expect.stringContaining('¶4 quotes “đi từng ngõ, gõ từng nhà, rà từng đối tượng” without saying whose words they are'), expect.stringContaining('no reporting verb')]);
  });

  test('a text with neither questions nor reported speech is a speech, its paragraphs the speaker’s', () => {
    const structure = detectStructure([plain(body('Thưa các đồng chí')), plain(body('Chúng ta cần'))], vi);
    expect(structure.format).toBe('speech');
    expect(structure.paragraphs.map((paragraph) => paragraph.voice)).toEqual([undefined, undefined]);
  });
});

describe('enumerations: candidates, never entries', () => {
  const paragraphsOf = (texts: string[]) => detectStructure(texts.map(plain), vi, 'speech').paragraphs;

  test('“Một là … Ba là” after a paragraph naming breakthroughs', () => {
    const [found] = findEnumerations(paragraphsOf(['Tỉnh xác định ba khâu đột phá:', 'Một là, phát triển hạ tầng giao thông, đô thị.', 'Hai là, nguồn nhân lực; đào tạo.', 'Ba là: chuyển đổi số.']), vi);
    expect(found).toEqual({
      kind: 'breakthrough',
      introduction: 1,
      items: [
        { n: 2, ordinal: 'Một là', words: 'phát triển hạ tầng giao thông', id: 'phat-trien-ha-tang-giao-thong' },
        { n: 3, ordinal: 'Hai là', words: 'nguồn nhân lực', id: 'nguon-nhan-luc' },
        { n: 4, ordinal: 'Ba là', words: 'chuyển đổi số.', id: 'chuyen-doi-so' },
      ],
    });
  });

  test('an introduction that does not say what the items are, and a lone “Thứ nhất”', () => {
    expect(findEnumerations(paragraphsOf(['Có mấy điểm:', 'Thứ nhất, một.', 'Thứ hai, hai.']), vi)[0]!.kind).toBeUndefined();
    expect(findEnumerations(paragraphsOf(['Thứ nhất, chỉ một ý.', 'Rồi một đoạn khác.']), vi)).toEqual([]);
  });
});

describe('cleaning rules', () => {
  test('a caption’s credit in brackets, a contact line, and the list of related articles after its heading', () => {
    const clean = cleanDocument(
      sourceOf([plain(body('Thân bài')), plain('Toàn cảnh hội nghị (Ảnh: Minh Anh)'), plain('Hotline: 0123'), plain(body('Đoạn hai')), plain('Tin liên quan'), plain(body('Một bài khác'))]),
      vi,
    );
    expect(clean.blocks.map((kept) => kept.runs[0]!.text)).toEqual([body('Thân bài'), body('Đoạn hai')]);
    expect(clean.photoCredits).toEqual(['Minh Anh']);
    expect(clean.dropped.map((dropped) => dropped.reason)).toEqual([
      'photo caption (credit “Minh Anh” kept as `source.photoCredit`)',
      'the site’s chrome (contact, share or follow line)',
      'heading of a list of related articles: it and everything after it are left out',
      'list of related articles (after “Tin liên quan”)',
    ]);
  });

  test('a sentence that mentions a photo’s credit mid-text is body text', () => {
    const clean = cleanDocument(sourceOf([plain(body('Theo ông, bức ảnh: một kỷ niệm, cho thấy'))]), vi);
    expect(clean.blocks).toHaveLength(1);
  });
});

describe('the draft’s MDX says exactly the source’s words', () => {
  test.each(['Giá {x} và <b>đậm</b> & *sao* _gạch_ `mã` [liên kết]', '# không phải tiêu đề', '1. không phải danh sách', '- không phải gạch đầu dòng', 'Dấu \\ ngược'])('%s', (text) => {
    const mdx = `<Para n={1}>\n${escapeMdxText(text)}\n</Para>\n`;
    expect(speechParagraphs(mdx).map((paragraph) => paragraph.text)).toEqual([text]);
  });

  test('bold and italic the source gives inside a paragraph are kept', () => {
    const [paragraph] = detectStructure([block('Đây là ', { text: 'điểm mới', bold: true }, ' và ', { text: 'đặc biệt', italic: true }, '.')], vi, 'speech').paragraphs;
    expect(paragraphMdx(paragraph!)).toBe('Đây là **điểm mới** và *đặc biệt*.');
  });
});

describe('a news page’s own shapes', { timeout: 30_000 }, () => {
  test('a lead set as an <h2> is the lead, a short <h2> inside the text a heading to decide on', async () => {
    const page = `<!doctype html><html lang="vi"><body><article><h1>Tiêu đề bài</h1><h2 class="sapo">${body('Mở đầu')}</h2>
      <p>${body('Sáng 2/3, đoàn công tác đã làm việc về')}</p><h3>Ưu tiên hạ tầng</h3><p>${body('Bộ trưởng khẳng định cần')}</p><p>${body('Bộ trưởng yêu cầu')}</p></article></body></html>`;
    const result = await importSource(Buffer.from(page), { fileName: 'a.html', lang: originalLang, id: 'a' });
    expect(result.structure.paragraphs.map(({ kind, voice }) => `${kind ?? '-'}/${voice}`)).toEqual(['lead/narration', '-/narration', '-/narration', '-/reported', '-/reported']);
    expect(result.structure.paragraphs.map((paragraph) => paragraph.decisions.length > 0)).toEqual([false, false, true, false, false]);
    expect(result.structure.paragraphs[2]!.decisions).toContainEqual(expect.stringContaining('¶3 is a heading in the source'));
  });
});

describe('sources the import refuses, writing nothing', { timeout: 30_000 }, () => {
  const attempt = (bytes: Buffer | string, fileName: string, options: { kind?: string; id?: string } = {}) =>
    importSource(Buffer.from(bytes), { fileName, lang: originalLang, id: 'x', ...options });
  const englishText = Array.from({ length: 6 }, () => 'The province held a meeting on the plan for the coming year and agreed on the main tasks.').join('\n');

  test.each([
    ['an unknown format', 'bai.pdf', Buffer.from('%PDF-1.7'), 'cannot import a `.pdf`: the import reads .html, .htm, .txt, .docx'],
    ['an empty text', 'bai.txt', Buffer.alloc(0), 'the file is empty'],
    ['a text of blank lines', 'bai.txt', Buffer.from('\n  \n\t\n'), 'the file is empty'],
    ['an empty Word file', 'bai.docx', Buffer.alloc(0), 'the file is empty'],
    ['a Word file that is not one', 'bai.docx', Buffer.from('hello'), 'not a Word document (.docx)'],
    ['a damaged Word file', 'bai.docx', Buffer.from('PK\u0003\u0004 broken'), 'the Word file cannot be read'],
    ['an encrypted Word file', 'bai.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'encrypted with a password'],
    ['a page with no article', 'bai.html', Buffer.from('<!doctype html><html lang="vi"><body><nav><ul><li><a href="/">Trang chủ</a></li></ul></nav><p>Ngắn.</p></body></html>'), 'the page holds no article'],
    ['a page in another language', 'bai.html', Buffer.from(`<!doctype html><html lang="en"><body><article><p>${englishText}</p></article></body></html>`), 'the page declares its language as `en`'],
    ['a text in another language', 'bai.txt', Buffer.from(englishText), `the text does not read as ${labelOf(originalLang)}`],
    ['a text not in UTF-8', 'bai.txt', Buffer.from([0x54, 0x69, 0xea, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0x74]), 'not UTF-8'],
  ])('%s', async (_what, fileName, bytes, message) => {
    await expect(attempt(bytes, fileName)).rejects.toThrow(message);
  });

  test('a kind whose descriptor is not importable, an unknown kind, a text without a title and no --id', async () => {
    const text = `${body('Thân bài')}\n${body('Đoạn hai')}`;
    const notImportable = Object.entries(entryKinds).find(([, collection]) => !kinds[collection as keyof typeof kinds].importable)![0];
    await expect(attempt(text, 'a.txt', { kind: notImportable })).rejects.toThrow(`the import writes ${importableKinds.map((name) => `\`${name}\``).join(', ')} drafts, not \`${notImportable}\``);
    await expect(attempt(text, 'a.txt', { kind: 'speach' })).rejects.toThrow('unknown kind `speach`');
    await expect(importSource(Buffer.from(text), { fileName: 'a.txt', lang: originalLang })).rejects.toThrow('pass --id <id>');
    await expect(attempt(text, 'a.txt', { id: 'Bad_Id' })).rejects.toThrow('`Bad_Id` is not a valid id');
  });
});
