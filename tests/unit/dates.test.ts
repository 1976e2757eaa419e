import { describe, expect, test } from 'vitest';
import { applyDatePattern, unknownDateTokens } from '../../src/lib/date-patterns';
import { formatDate } from '../../src/lib/dates';
import { languages, languageOf } from '../../src/lib/languages';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('date patterns', () => {
  test.each([
    ['2026-03-07', 'ngày {d} tháng {m} năm {yyyy}', 'ngày 7 tháng 3 năm 2026'],
    ['2026-01-28', 'ngày {d} tháng {m} năm {yyyy}', 'ngày 28 tháng 1 năm 2026'],
    // Nghị định 30/2020/NĐ-CP: a day under 10 and the months 1 and 2 take a leading zero.
    ['2026-03-07', '{dd}/{mo}/{yyyy}', '07/3/2026'],
    ['2026-01-28', '{dd}/{mo}/{yyyy}', '28/01/2026'],
    ['2026-12-01', '{dd}/{mo}/{yyyy}', '01/12/2026'],
    ['2026-03-07', '{yyyy}-{mm}-{dd}', '2026-03-07'],
  ])('%s written as %s is %s', (iso, pattern, written) => {
    expect(applyDatePattern(day(iso), pattern)).toBe(written);
  });

  test('reads the date as a calendar day in UTC, whatever the time zone', () => {
    expect(applyDatePattern(new Date('2026-03-07T23:30:00-05:00'), '{d}/{m}')).toBe('8/3');
  });

  test('names the tokens it does not know', () => {
    expect(unknownDateTokens('ngày {day} tháng {m} năm {year}')).toEqual(['day', 'year']);
    expect(unknownDateTokens('ngày {d} tháng {m} năm {yyyy}')).toEqual([]);
  });
});

describe('formatDate', () => {
  test('uses the pattern a language declares, else its locale', () => {
    for (const lang of languages) {
      const declared = languageOf(lang).dates?.long;
      const expected = declared
        ? applyDatePattern(day('2026-03-07'), declared)
        : new Intl.DateTimeFormat(languageOf(lang).locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day('2026-03-07'));
      expect(formatDate(day('2026-03-07'), lang)).toBe(expected);
    }
  });

  test('the Vietnamese site writes dates as Vietnamese publications do', () => {
    expect(formatDate(day('2026-03-07'), 'vi')).toBe('ngày 7 tháng 3 năm 2026');
    expect(formatDate(day('2026-03-07'), 'vi', 'short')).toBe('07/3/2026');
    expect(formatDate(day('2026-03-07'), 'en')).toBe('7 March 2026');
    expect(formatDate(day('2026-03-07'), 'en', 'short')).toBe('7 Mar 2026');
  });
});
