import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { wordDocumentBlob, wordLanguageTag } from '../../src/scripts/word-export/docx-document';
import { exportFileName } from '../../src/scripts/word-export/model';
import { sampleWordModel } from '../support/word-model';

async function bytesOf(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}

/** The document's body as HTML, Word's Title style read as <h1 class="title">. */
async function htmlOf(buffer: Buffer): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
  return { html: result.value, warnings: result.messages.map((message) => message.message) };
}

describe('wordDocumentBlob', () => {
  test('writes the title, the headings, each ¶ with its label, text and citation, and the questions', async () => {
    const { model, citation } = sampleWordModel();
    const { html, warnings } = await htmlOf(await bytesOf(await wordDocumentBlob(model)));
    expect(warnings).toEqual([]);
    expect(html).toContain('<h1 class="title">Bài thu hoạch: Cao Bằng</h1>');
    expect(html).toContain('<h1>Hướng dẫn</h1>');
    expect(html).toContain('<h1>Bài phát biểu mẫu</h1>');
    expect(html).toContain('<h1>Câu hỏi thảo luận</h1>');
    expect(html).toContain('<p><strong>Đoạn 3. </strong>Phát triển kinh tế cửa khẩu.</p>');
    expect(html).toContain('<strong>Đoạn 4. </strong><em>Lời dẫn của báo: </em>Đoàn công tác đến xã mẫu.');
    expect(html).toContain(citation);
    expect(html).toContain('<strong>Ghi chú của bạn: </strong><em>Xem lại số liệu.</em>');
    expect(html).toContain('1. Cao Bằng có những lợi thế nào?');
    // Passages in order, each before its citation.
    expect(html.indexOf('Đoạn 3.')).toBeLessThan(html.indexOf(citation));
    expect(html.indexOf(citation)).toBeLessThan(html.indexOf('Đoạn 4.'));
  });

  test('marks every run with its language, the document with its own', async () => {
    const { model } = sampleWordModel();
    const files = unzipSync(await bytesOf(await wordDocumentBlob(model)));
    const documentXml = strFromU8(files['word/document.xml']!);
    const stylesXml = strFromU8(files['word/styles.xml']!);
    expect(stylesXml).toMatch(/<w:rPrDefault>.*<w:lang w:val="vi-VN"\/>.*<\/w:rPrDefault>/s);
    // The English passage and the English title inside the Vietnamese citation.
    const englishRun = /<w:r>(?:(?!<\/w:r>).)*<w:lang w:val="en-US"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>The province’s border gates\.<\/w:t>/s;
    expect(documentXml).toMatch(englishRun);
    expect(documentXml).toMatch(/<w:lang w:val="en-US"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>A sample speech<\/w:t>/s);
    expect(documentXml).toMatch(/<w:lang w:val="vi-VN"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Phát triển kinh tế cửa khẩu\.<\/w:t>/s);
  });

  test('leaves out what the model leaves out', async () => {
    const { html } = await htmlOf(await bytesOf(await wordDocumentBlob({ lang: 'en', title: 'Notebook', sections: [] })));
    expect(html).toBe('<h1 class="title">Notebook</h1>');
  });
});

describe('wordLanguageTag', () => {
  test.each([
    ['vi', 'vi-VN'],
    ['en', 'en-US'],
    ['en-GB', 'en-GB'],
    ['fr', 'fr-FR'],
  ])('%s → %s', (tag, expected) => {
    expect(wordLanguageTag(tag)).toBe(expected);
  });
});

describe('exportFileName', () => {
  test('keeps letters and digits, Vietnamese marks included, and joins the rest with hyphens', () => {
    expect(exportFileName('Sổ ghi chép: Cao Bằng / 2026', 'docx')).toBe('Sổ-ghi-chép-Cao-Bằng-2026.docx');
    expect(exportFileName('«»', 'json')).toBe('export.json');
  });
});
