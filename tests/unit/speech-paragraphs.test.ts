import { describe, expect, test } from 'vitest';
import { openingWords, speechParagraphs } from '../../src/lib/speech-paragraphs';

const body = `
<Para n={1} kind="lead">
Quán triệt **tinh thần** Đại hội XIV.
</Para>

<Para n="2" kind="question">
Câu hỏi?
</Para>

<Para n={3}>
<Quote>“Mỗi quyết sách”</Quote>, Tổng bí thư nhấn mạnh <Ref to="orientations/a">cửa khẩu</Ref>, <Ref to="orientations/a">du lịch</Ref>.
</Para>

<Para n={4} kind="answer">
**Bí thư Tỉnh ủy Cao Bằng:** Đại hội XIV đã xác định.
</Para>
`;

describe('speechParagraphs', () => {
  test('lists paragraphs with number, kind, plain text, opening bold label and position', () => {
    expect(speechParagraphs(body)).toEqual([
      // Bold inside the text is not an opening label.
      { n: 1, kind: 'lead', text: 'Quán triệt tinh thần Đại hội XIV.', label: undefined, position: { line: 2, column: 1 }, refs: [] },
      { n: 2, kind: 'question', text: 'Câu hỏi?', label: undefined, position: { line: 6, column: 1 }, refs: [] },
      {
        n: 3,
        kind: undefined,
        text: '“Mỗi quyết sách”, Tổng bí thư nhấn mạnh cửa khẩu, du lịch.',
        label: undefined,
        position: { line: 10, column: 1 },
        refs: ['orientations/a'],
      },
      {
        n: 4,
        kind: 'answer',
        text: 'Bí thư Tỉnh ủy Cao Bằng: Đại hội XIV đã xác định.',
        label: 'Bí thư Tỉnh ủy Cao Bằng:',
        position: { line: 14, column: 1 },
        refs: [],
      },
    ]);
  });

  test('lists a ¶ opened inside another as part of it (the content check reports it)', () => {
    const nested = '<Para n={1}>\nOne.\n\n<Para n={2}>\nTwo.\n</Para>\n</Para>\n';
    expect(speechParagraphs(nested).map(({ n, text }) => ({ n, text }))).toEqual([{ n: 1, text: 'One.Two.' }]);
  });

  test('ignores other elements', () => {
    expect(speechParagraphs('<Quote>x</Quote>\n\nplain text')).toEqual([]);
  });
});

describe('openingWords', () => {
  test('keeps short text whole and shortens long text at a word', () => {
    expect(openingWords('một hai ba', 5)).toBe('một hai ba');
    expect(openingWords('một hai ba bốn năm sáu', 3)).toBe('một hai ba …');
  });
});
