/**
 * Date patterns a language declares (site.config.ts, `languages[].dates`) when its locale's own
 * format is not how its editors write a date: Intl writes `7 tháng 3, 2026` for vi-VN, where a
 * Vietnamese publication writes `ngày 7 tháng 3 năm 2026`. Plain data and pure functions, so the
 * declaration's schema can check a pattern's tokens.
 */

/** What each token of a pattern stands for. */
const tokens = {
  /** The day of the month: `7`. */
  d: (date: Date) => String(date.getUTCDate()),
  /** The day, two digits: `07`. */
  dd: (date: Date) => String(date.getUTCDate()).padStart(2, '0'),
  /** The month's number: `3`. */
  m: (date: Date) => String(date.getUTCMonth() + 1),
  /** The month, two digits: `03`. */
  mm: (date: Date) => String(date.getUTCMonth() + 1).padStart(2, '0'),
  /**
   * The month's number, two digits for January and February only (`01`, `02`, `3`, `12`): the
   * Vietnamese administrative style of Nghị định 30/2020/NĐ-CP, so `07/01/2026` and `07/3/2026`.
   */
  mo: (date: Date) => {
    const month = date.getUTCMonth() + 1;
    return month <= 2 ? `0${month}` : String(month);
  },
  /** The year: `2026`. */
  yyyy: (date: Date) => String(date.getUTCFullYear()),
} as const satisfies Record<string, (date: Date) => string>;

/** A token's name, as written between braces in a pattern: `{d}`. */
export type DateToken = keyof typeof tokens;

/** Every token a pattern may use. */
export const dateTokens = Object.keys(tokens) as DateToken[];

const tokenPattern = /\{([^{}]*)\}/g;

/** The tokens of `pattern` that are not date tokens (`{day}` → `['day']`); empty when it is valid. */
export function unknownDateTokens(pattern: string): string[] {
  return [...pattern.matchAll(tokenPattern)].map((match) => match[1]!).filter((name) => !(name in tokens));
}

/** `date` (a calendar day, read as UTC) written by `pattern`: `ngày {d} tháng {m} năm {yyyy}` → `ngày 7 tháng 3 năm 2026`. */
export function applyDatePattern(date: Date, pattern: string): string {
  return pattern.replace(tokenPattern, (whole, name: string) => (name in tokens ? tokens[name as DateToken](date) : whole));
}
