import { describe, expect, test } from 'vitest';
import { buildDate, pdfDate, stampPdfDates } from '../../scripts/lib/build-date';

describe('buildDate', () => {
  test('takes SOURCE_DATE_EPOCH when set', () => {
    expect(buildDate('.', { SOURCE_DATE_EPOCH: '1769588200' }).toISOString()).toBe('2026-01-28T08:16:40.000Z');
  });

  test('else the date of the checked-out commit', () => {
    expect(buildDate('.', {}).getTime()).toBeLessThanOrEqual(Date.now());
  });

  test('rejects an epoch that is not whole seconds', () => {
    expect(() => buildDate('.', { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('stampPdfDates', () => {
  const printed = "<</Creator (Chromium)\n/CreationDate (D:20261125152706+00'00')\n/ModDate (D:20261125152706+00'00')>>\nstartxref\n1234";

  test("replaces Chromium's print time with the given date, keeping every byte offset", () => {
    const stamped = stampPdfDates(Buffer.from(printed, 'latin1'), new Date('2026-01-28T08:16:40Z')).toString('latin1');
    expect(stamped).toBe("<</Creator (Chromium)\n/CreationDate (D:20260128081640+00'00')\n/ModDate (D:20260128081640+00'00')>>\nstartxref\n1234");
    expect(stamped.length).toBe(printed.length);
  });

  test('formats dates in UTC', () => {
    expect(pdfDate(new Date('2026-03-07T23:59:59+07:00'))).toBe("D:20260307165959+00'00'");
  });
});
