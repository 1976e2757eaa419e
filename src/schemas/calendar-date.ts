import { z } from 'astro/zod';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a front-matter date is not a real calendar date written YYYY-MM-DD, or undefined when it is.
 * Takes the value as YAML gave it: a string (the content check's YAML 1.2 keeps `2026-02-01` as
 * text) or a Date (Astro's js-yaml reads an unquoted `2026-02-01` as a timestamp at midnight UTC).
 */
function calendarDateProblem(value: unknown): string | undefined {
  if (value instanceof Date) {
    // Only a bare day reaches here as midnight UTC; a time of day or a zone is not a date.
    return !Number.isNaN(value.getTime()) && value.getTime() % 86_400_000 === 0 ? undefined : 'a time, not a date; write only the day as YYYY-MM-DD, e.g. 2026-01-28';
  }
  if (value === null || value === '') return 'empty; write the date as YYYY-MM-DD, e.g. 2026-01-28, or leave the field out where it is optional';
  if (typeof value !== 'string') return 'not a date; write it as YYYY-MM-DD, e.g. 2026-01-28';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    const [year, month, day] = iso.slice(1).map(Number) as [number, number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12) return `there is no month ${month}; write it as YYYY-MM-DD, e.g. 2026-01-28`;
    if (day < 1 || day > last) return `${months[month - 1]} ${year} has no day ${day}; write a real date as YYYY-MM-DD`;
    return undefined;
  }
  // Vietnamese write day/month/year; say how that reads, so a 01/02 is not taken for 2 January.
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dmy) {
    const [day, month, year] = dmy.slice(1).map(Number) as [number, number, number];
    if (month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) {
      const isoForm = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return `not a YYYY-MM-DD date; write ${day} ${months[month - 1]} ${year} (${value} as Vietnamese write it) as ${isoForm}`;
    }
  }
  return 'not a date; write it as YYYY-MM-DD, e.g. 2026-01-28';
}

/**
 * A calendar day written YYYY-MM-DD, as a Date at midnight UTC: never coerced (no 1970 from an
 * empty or boolean value, no roll-over from 30 February, no reading that depends on the time zone).
 */
export const CalendarDateSchema = z.unknown().transform((value, context) => {
  const problem = calendarDateProblem(value);
  if (problem) {
    context.addIssue({ code: 'custom', message: problem, params: { calendarDate: true } });
    return z.NEVER;
  }
  return value instanceof Date ? value : new Date(`${value as string}T00:00:00Z`);
});
