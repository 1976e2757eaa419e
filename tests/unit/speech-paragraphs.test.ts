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
`;

describe('speechParagraphs', () => {
  test('lists paragraphs with number, kind, plain text and position', () => {
    expect(speechParagraphs(body)).toEqual([
      { n: 1, kind: 'lead', text: 'Quán triệt tinh thần Đại hội XIV.', position: { line: 2, column: 1 }, refs: [] },
      { n: 2, kind: 'question', text: 'Câu hỏi?', position: { line: 6, column: 1 }, refs: [] },
      {
        n: 3,
        kind: undefined,
        text: '“Mỗi quyết sách”, Tổng bí thư nhấn mạnh cửa khẩu, du lịch.',
        position: { line: 10, column: 1 },
        refs: ['orientations/a'],
      },
    ]);
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
