import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { assignmentLimits, encodeAssignment, formatDueDate, isCalendarDay, readAssignment, type Assignment } from '../../src/lib/assignment';

const sample: Assignment = {
  title: 'Bài thu hoạch: Cao Bằng sau Đại hội XIV',
  instructions: 'Đọc các đoạn dưới đây.\nGhi ý chính của từng đoạn.',
  questions: ['Khâu đột phá nào được nêu?', 'Vì sao “thế trận lòng dân” quan trọng?'],
  due: '2026-03-20',
};

/** A version-1 part from any JSON value, as a hostile address could hold it. */
const part = (json: unknown, version = '1') =>
  `${version}.${Buffer.from(deflateSync(strToU8(typeof json === 'string' ? json : JSON.stringify(json)))).toString('base64url')}`;

describe('assignment in the address', () => {
  test('round-trips every field, Vietnamese marks and line breaks included', () => {
    const encoded = encodeAssignment(sample);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(readAssignment(encoded)).toEqual({ assignment: sample, problems: [] });
  });

  test('an empty assignment writes nothing, and no part reads as an empty assignment', () => {
    expect(encodeAssignment({ title: '', instructions: '', questions: [' '], due: '' })).toBe('');
    expect(readAssignment(undefined)).toEqual({ assignment: { title: '', instructions: '', questions: [], due: '' }, problems: [] });
  });

  test('writing cuts each part to the limits a reader applies', () => {
    const long = encodeAssignment({
      title: 't'.repeat(assignmentLimits.title + 50),
      instructions: '',
      questions: Array.from({ length: assignmentLimits.questions + 5 }, (_, n) => `q${n}`),
      due: '2026-02-30',
    });
    const { assignment, problems } = readAssignment(long);
    expect(problems).toEqual([]);
    expect(assignment.title).toHaveLength(assignmentLimits.title);
    expect(assignment.questions).toHaveLength(assignmentLimits.questions);
    expect(assignment.due).toBe('');
  });
});

describe('a hostile or old assignment part', () => {
  test.each([
    ['not base64url', '1.@@@@'],
    ['no version', 'abc'],
    ['base64url but not deflate', '1.AAAAAAAA'],
    ['deflate but not JSON', part('{"t": "unclosed')],
  ])('%s is left out whole as unreadable', (_, raw) => {
    expect(readAssignment(raw)).toEqual({ assignment: { title: '', instructions: '', questions: [], due: '' }, problems: [{ kind: 'unreadable' }] });
  });

  test('a version this code does not know is named, not guessed at', () => {
    expect(readAssignment(part({ t: 'x' }, '7')).problems).toEqual([{ kind: 'newer-version', version: '7' }]);
  });

  test('a part longer than the limit is not decoded', () => {
    expect(readAssignment(`1.${'A'.repeat(assignmentLimits.encoded)}`).problems).toEqual([{ kind: 'too-long' }]);
  });

  test('a small part that inflates past the limit is refused (a deflate bomb)', () => {
    const bomb = part({ t: 'x'.repeat(5_000_000) });
    expect(bomb.length).toBeLessThan(assignmentLimits.encoded);
    expect(readAssignment(bomb).problems).toEqual([{ kind: 'unreadable' }]);
  });

  test('each field of the wrong shape or size is left out alone, the good ones kept', () => {
    const { assignment, problems } = readAssignment(
      part({ t: 42, i: 'Đọc kỹ.', q: ['Một?', 7, 'x'.repeat(assignmentLimits.question + 1), 'Hai?'], d: '2026-13-01' }),
    );
    expect(assignment).toEqual({ title: '', instructions: 'Đọc kỹ.', questions: ['Một?', 'Hai?'], due: '' });
    expect(problems).toEqual([
      { kind: 'field', field: 'title' },
      { kind: 'field', field: 'questions' },
      { kind: 'field', field: 'due' },
    ]);
  });

  test('markup in a field stays text: it is read as written, for the page to show as text', () => {
    const title = '<img src=x onerror=alert(1)>';
    expect(readAssignment(part({ t: title })).assignment.title).toBe(title);
  });

  test('a JSON value that is not an object gives an empty assignment', () => {
    expect(readAssignment(part([1, 2, 3]))).toEqual({ assignment: { title: '', instructions: '', questions: [], due: '' }, problems: [] });
  });
});

describe('due dates', () => {
  test('only real calendar days pass', () => {
    expect(isCalendarDay('2026-03-20')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-3-20')).toBe(false);
  });

  test("written with the language's declared pattern, else its locale's long date", () => {
    expect(formatDueDate('2026-03-07', 'ngày {d} tháng {m} năm {yyyy}', 'vi-VN')).toBe('ngày 7 tháng 3 năm 2026');
    expect(formatDueDate('2026-03-07', undefined, 'en-GB')).toBe('7 March 2026');
  });
});
