/**
 * A made-up Word export model for the tests (tests/unit/word-export*.test.ts): a Vietnamese
 * document with an English passage, a reader's note and questions, cited with src/lib/citation.ts.
 */
import { citationFor, citationPieces, type CitationPhrases } from '../../src/lib/citation';
import type { WordDocumentModel, WordRun } from '../../src/scripts/word-export/model';

const phrases: CitationPhrases = {
  responsible: { reported: '{{publication}}, tường thuật lời {{speakers}}', narration: '{{publication}}, lời dẫn về {{speakers}}', question: '{{publication}}, câu hỏi cho {{speakers}}', note: '{{publication}}, chú thích' },
  unnamedPublication: 'Không rõ ấn phẩm',
  editorialTitle: '[ban biên tập mô tả: {{title}}]',
  titleTranslation: '[bản dịch của ban biên tập: “{{title}}”]',
};

const parts = { speakers: ['Người Phát Biểu'], title: { text: 'A sample speech', lang: 'en', editorial: false }, date: '7 tháng 3, 2026', publication: 'Tạp chí Mẫu', paragraphLabel: 'đoạn {{n}}' };

/** A citation of ¶`n` in runs, the English title marked as English. */
function citationRuns(n: number, voice: 'direct' | 'narration'): WordRun[] {
  const pieces = citationPieces(parts, voice, phrases).map((piece) => ({ text: piece.text.replaceAll('{{n}}', String(n)), lang: piece.lang }));
  return [...pieces, { text: ' https://example.org/vi/speeches/sample/#p' + n }];
}

/** The model, and the citation text of its ¶3 as the reading list writes it. */
export function sampleWordModel(): { model: WordDocumentModel; citation: string } {
  const model: WordDocumentModel = {
    lang: 'vi',
    title: 'Bài thu hoạch: Cao Bằng',
    subtitle: 'Tổ học tập số 1',
    due: { label: 'Hạn nộp', date: '15 tháng 3, 2026' },
    instructions: { heading: 'Hướng dẫn', text: 'Đọc các đoạn dưới đây.\nTrả lời câu hỏi.' },
    sections: [
      {
        heading: [{ text: 'Bài phát biểu mẫu' }],
        details: ['Người Phát Biểu · 7 tháng 3, 2026', 'Nguồn: Tạp chí Mẫu'],
        passages: [
          { paragraph: 'Đoạn 3', text: 'Phát triển kinh tế cửa khẩu.', lang: 'vi', citation: citationRuns(3, 'direct'), note: { label: 'Ghi chú của bạn', text: 'Xem lại số liệu.' } },
          { paragraph: 'Đoạn 4', label: 'Lời dẫn của báo', text: 'Đoàn công tác đến xã mẫu.', lang: 'vi', citation: citationRuns(4, 'narration') },
          { paragraph: 'Đoạn 5', label: 'Bản dịch của ban biên tập', text: 'The province’s border gates.', lang: 'en' },
        ],
      },
    ],
    questions: { heading: 'Câu hỏi thảo luận', items: ['Cao Bằng có những lợi thế nào?'], answerLines: 2 },
  };
  const template = citationPieces(parts, 'direct', phrases).map((piece) => piece.text).join('');
  return { model, citation: citationFor(template, 3, 'https://example.org/vi/speeches/sample/#p3') };
}
