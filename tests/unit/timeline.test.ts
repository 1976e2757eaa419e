import { describe, expect, test } from 'vitest';
import { timelineOf, timelinePath, timelineYears } from '../../src/lib/timeline';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const session = { date: day('2026-01-28'), kind: 'Event', title: 'Working session in Cao Bằng', href: '/en/events/session/', textHrefs: ['/en/speeches/report/'] };
const report = { date: day('2026-01-28'), kind: 'Report · Delivered', format: 'Report of a speech', title: 'Tô Lâm works with the provincial committee', href: '/en/speeches/report/' };
const interview = { date: day('2026-03-07'), kind: 'Interview · Captured', format: 'Interview', title: 'Determined', href: '/en/speeches/interview/' };

describe('timelineOf', () => {
  test('a text the event names, dated that day, is listed under the event by its kind, not as a second title', () => {
    const items = timelineOf([session], [report, interview]);
    expect(items.map((item) => item.title)).toEqual(['Working session in Cao Bằng', 'Determined']);
    expect(items[0]!.texts).toEqual([{ format: 'Report of a speech', href: '/en/speeches/report/' }]);
    expect(items[1]!.texts).toBeUndefined();
  });

  test('a text the event names but dated another day keeps its own line', () => {
    const later = { ...report, date: day('2026-01-30') };
    const items = timelineOf([session], [later]);
    expect(items.map((item) => [item.collection, item.date.toISOString().slice(0, 10)])).toEqual([
      ['events', '2026-01-28'],
      ['speeches', '2026-01-30'],
    ]);
    expect(items[0]!.texts).toBeUndefined();
  });

  test('a text of the same day the event does not name keeps its own line, after the event', () => {
    const items = timelineOf([{ ...session, textHrefs: [] }], [report]);
    expect(items.map((item) => item.collection)).toEqual(['events', 'speeches']);
  });
});

describe('timelineYears', () => {
  test('groups the moments by year, years and moments in order', () => {
    const later = { ...interview, date: day('2027-02-01'), href: '/en/speeches/later/', title: 'Later' };
    const items = timelineOf([session], [later, report, interview]);
    expect(timelineYears(items).map(({ year, items: inYear }) => [year, inYear.map((item) => item.title)])).toEqual([
      [2026, ['Working session in Cao Bằng', 'Determined']],
      [2027, ['Later']],
    ]);
    expect(timelineYears([])).toEqual([]);
  });

  test('the timeline, a year on it and a later page of a long year each have their address', () => {
    expect(timelinePath('vi')).toBe('vi/timeline/');
    expect(timelinePath('vi', 2026)).toBe('vi/timeline/2026/');
    expect(timelinePath('en', 2026, 1)).toBe('en/timeline/2026/');
    expect(timelinePath('en', 2026, 3)).toBe('en/timeline/2026/page/3/');
  });
});
