import { describe, expect, test } from 'vitest';
import { collectionSchemas } from '../../src/schemas';

const speech = {
  title: 'Tiêu đề',
  format: 'interview',
  speakers: ['phan-thang-an'],
  date: '2026-03-07',
  dateKind: 'published',
  summary: 'Tóm tắt.',
};

const orientation = {
  title: 'Hạ tầng',
  order: 1,
  ordinal: 'Thứ nhất',
  summary: 'Tóm tắt.',
  statedIn: { speech: 'phan-thang-an-dynamic-cao-bang', paragraphs: [5] },
};

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('speech schema', () => {
  test('accepts a minimal speech and fills defaults', () => {
    const parsed = collectionSchemas.speeches.parse(speech);
    expect(parsed.date).toEqual(new Date('2026-03-07'));
    expect(parsed.titleIsEditorial).toBe(false);
    expect(parsed.events).toEqual([]);
    expect(parsed.source).toEqual({});
  });

  test.each([
    [{ format: 'essay' }, 'format'],
    [{ speakers: [] }, 'speakers'],
    [{ speakers: ['Tô Lâm'] }, 'speakers.0'],
    [{ title: '   ' }, 'title'],
    [{ date: 'tomorrow' }, 'date'],
    [{ dateKind: 'written' }, 'dateKind'],
  ])('rejects %o at %s', (override, path) => {
    const issues = issuesOf(collectionSchemas.speeches.safeParse({ ...speech, ...override }));
    expect(issues.some((issue) => issue.startsWith(`${path}:`)), issues.join('\n')).toBe(true);
  });

  test('requires a summary', () => {
    const { summary: _omitted, ...withoutSummary } = speech;
    expect(issuesOf(collectionSchemas.speeches.safeParse(withoutSummary))[0]).toMatch(/^summary:/);
  });
});

describe('orientation and breakthrough schemas', () => {
  test('accept an item stated in a speech paragraph', () => {
    expect(collectionSchemas.orientations.parse(orientation).statedIn).toEqual({ speech: 'phan-thang-an-dynamic-cao-bang', paragraphs: [5] });
    expect(collectionSchemas.breakthroughs.parse(orientation).orientations).toEqual([]);
  });

  test.each([
    [{ order: 0 }, 'order'],
    [{ statedIn: { speech: 'x', paragraphs: [] } }, 'statedIn.paragraphs'],
    [{ statedIn: { speech: 'x', paragraphs: [1.5] } }, 'statedIn.paragraphs.0'],
  ])('reject %o at %s', (override, path) => {
    const issues = issuesOf(collectionSchemas.orientations.safeParse({ ...orientation, ...override }));
    expect(issues.some((issue) => issue.startsWith(`${path}:`)), issues.join('\n')).toBe(true);
  });
});

describe('supporting schemas', () => {
  test('an event may omit its date, but a given date must be a date', () => {
    const event = { title: 'Đại hội XIV', summary: 'x' };
    expect(collectionSchemas.events.parse(event).date).toBeUndefined();
    expect(collectionSchemas.events.safeParse({ ...event, date: 'XIV' }).success).toBe(false);
  });

  test('a person needs a name and a role', () => {
    expect(collectionSchemas.people.safeParse({ name: 'Tô Lâm', summary: 'x' }).success).toBe(false);
  });
});
