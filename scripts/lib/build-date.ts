import { execFileSync } from 'node:child_process';

/**
 * The time a build states, from what it builds rather than from when it runs, so two builds of one
 * commit are byte-identical: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else
 * the date of the commit checked out in `cwd`.
 */
export function buildDate(cwd = process.cwd(), env: Record<string, string | undefined> = process.env): Date {
  if (env.SOURCE_DATE_EPOCH) {
    const seconds = Number(env.SOURCE_DATE_EPOCH);
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${env.SOURCE_DATE_EPOCH}"`);
    return new Date(seconds * 1000);
  }
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return new Date(Number(seconds) * 1000);
  } catch {
    throw new Error('No build date: not a git checkout and SOURCE_DATE_EPOCH is not set (e.g. SOURCE_DATE_EPOCH=$(date +%s)).');
  }
}

/** A date as PDF writes it, in UTC: `D:20260128093000+00'00'`. */
export function pdfDate(date: Date): string {
  const digits = date.toISOString().replace(/\D/g, '').slice(0, 14);
  return `D:${digits}+00'00'`;
}

/**
 * Replaces the creation and modification dates Chromium writes into a PDF (the time it printed)
 * with the given date. The new value has the same length, so the cross-reference offsets hold.
 */
export function stampPdfDates(pdf: Uint8Array, date: Date): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  const stamped = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (whole, key: string, value: string) => {
    const replacement = pdfDate(date);
    if (replacement.length !== value.length) throw new Error(`Unexpected PDF date format: ${whole}`);
    return `/${key} (${replacement})`;
  });
  return Buffer.from(stamped, 'latin1');
}
