import { z } from 'astro/zod';
import { dateTokens, unknownDateTokens } from '../lib/date-patterns.ts';

/**
 * The site's declaration (`site.config.ts`, through `defineSite`): who the site is and which
 * languages it speaks. Every list of languages in the engine derives from `languages`.
 */

/** A language code as it appears in URLs and `lang` attributes: `vi`, `en`, `fr`, `pt-br`. */
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, {
    message: 'must be a lowercase language code such as "vi", "en" or "pt-br" (it is the first segment of every URL)',
  });

/** A date pattern: text with tokens in braces, `ngày {d} tháng {m} năm {yyyy}` (src/lib/date-patterns.ts). */
export const DatePatternSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .superRefine((pattern, context) => {
    const unknown = unknownDateTokens(pattern);
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `uses ${unknown.map((name) => `{${name}}`).join(', ')}, which is not a date token; use ${dateTokens.map((name) => `{${name}}`).join(', ')}`,
      });
    }
  });

/** One language of the site. */
export const LanguageSchema = z.strictObject({
  /** The code in URLs, file paths (`content/<collection>/<code>/`, `src/i18n/<code>.json`) and `lang`. */
  code: LanguageCodeSchema,
  /** The BCP 47 locale used to format dates, numbers and sort names, e.g. `vi-VN`, `en-GB`. */
  locale: z.string().min(2, { message: 'must be a BCP 47 locale such as "vi-VN" or "en-GB"' }),
  /** The language's name in itself, as the language switch shows it: `Tiếng Việt`, `English`. */
  label: z.string().trim().min(1, { message: 'must be the language\'s name in itself, e.g. "Français"' }),
  /** The writing direction of the language. */
  dir: z.enum(['ltr', 'rtl'], { message: 'must be "ltr" (left to right) or "rtl" (right to left)' }).default('ltr'),
  /**
   * Whether the language's words change form ("reform", "reforms"), so that search matches a shared
   * stem; false for a language of unchanging syllables such as Vietnamese, matched whole.
   */
  wordsInflect: z.boolean().default(true),
  /**
   * How the language's editors write a date, when its locale's format is not that: `long` in
   * running text and metadata, `short` where space is short (cards). Absent, the locale's format.
   */
  dates: z.strictObject({ long: DatePatternSchema.optional(), short: DatePatternSchema.optional() }).optional(),
  /**
   * What this language calls the site's languages in running text, by code, when Intl's name is not
   * how its editors write it: Vietnamese writes `tiếng Anh`, where Intl gives `Tiếng Anh`. Absent,
   * `Intl.DisplayNames`.
   */
  names: z.record(LanguageCodeSchema, z.string().trim().min(1, { message: 'must not be empty' })).optional(),
  /** Set on exactly one language: the one the texts are originally written in. */
  original: z.literal(true, { message: 'is either absent or true; set it on the one language the texts are written in' }).optional(),
});

/** A text given per language: `{ vi: '…', en: '…' }`; a language without one shows the original's. */
export const PerLanguageTextSchema = z.record(z.string(), z.string().trim().min(1, { message: 'must not be empty' }));

/** The fields given per language. */
export const perLanguageFields = ['name', 'tagline', 'description', 'intro'] as const;

/** The whole declaration. */
export const SiteSchema = z
  .strictObject({
    /** The public address the site is served from, for canonical links and citations; `SITE_URL` or `--site=` override it. */
    url: z.url({ message: 'must be an absolute address such as "https://example.org/"' }).optional(),
    /** The site's name per language, in the header, titles and citations. */
    name: PerLanguageTextSchema,
    /** One line under the name on the home page, per language. */
    tagline: PerLanguageTextSchema,
    /** What the site holds, in a sentence per language: the pages' meta description. */
    description: PerLanguageTextSchema,
    /** The home page's introduction, per language. */
    intro: PerLanguageTextSchema,
    /** The offline copy's name: its ZIP is `<offlineName>.zip` and unpacks into `<offlineName>/`. */
    offlineName: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase kebab-case ASCII such as "my-library-offline" (it names a file)' }),
    /**
     * How many entries a list page shows; a longer list goes on at `/<lang>/<collection>/page/2/` …,
     * so no list page grows with the corpus. The home page shows the first few of each kind.
     */
    listPageSize: z.number().int().min(1, { message: 'must be a whole number from 1 (entries per list page)' }).default(30),
    /**
     * How many citing paragraphs an entry's page lists (an orientation's, a term's …); a longer list
     * goes on at `/<lang>/<collection>/<id>/passages/2/` …, grouped by speech and counted.
     */
    passagePageSize: z.number().int().min(1, { message: 'must be a whole number from 1 (citing paragraphs per page)' }).default(40),
    /**
     * How many texts the relation map draws a box for. A corpus of more has an overview map by
     * counts and a map per orientation or breakthrough at `/<lang>/map/<collection>/<id>/`, in
     * pages of this many texts.
     */
    mapPageSize: z.number().int().min(1, { message: 'must be a whole number from 1 (texts per map page)' }).default(12),
    /**
     * How many pages a word must be on (and on a quarter of its language's pages) to be a common
     * word: its index keeps one place a page, and a search finds it beside its neighbours through
     * their pairs (src/lib/search/common-words.ts). Below a few hundred pages a word costs a search
     * a few KB, so a small library has none.
     */
    commonWordMinPages: z.number().int().min(1, { message: 'must be a whole number from 1 (pages a common word is on)' }).default(200),
    /** The site's languages, in the order the language switch lists them; exactly one is the original. */
    languages: z.array(LanguageSchema).min(1, { message: 'must list at least one language' }),
  })
  .superRefine((site, context) => {
    const codes = site.languages.map((language) => language.code);
    const originals = site.languages.filter((language) => language.original);
    if (originals.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['languages'],
        message:
          originals.length === 0
            ? 'no language is the original; add `original: true` to the language the texts are written in'
            : `${originals.map((language) => language.code).join(', ')} are all marked \`original: true\`; keep it on one`,
      });
    }
    site.languages.forEach((language, index) => {
      for (const named of Object.keys(language.names ?? {})) {
        if (!codes.includes(named)) context.addIssue({ code: 'custom', path: ['languages', index, 'names', named], message: `"${named}" is not one of the site's languages (${codes.join(', ')}); remove it or add the language` });
      }
    });
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) context.addIssue({ code: 'custom', path: ['languages', index, 'code'], message: `"${code}" is listed twice; each language once` });
    });
    const original = originals[0]?.code;
    for (const field of perLanguageFields) {
      for (const code of Object.keys(site[field])) {
        if (!codes.includes(code)) context.addIssue({ code: 'custom', path: [field, code], message: `"${code}" is not one of the site's languages (${codes.join(', ')}); remove it or add the language` });
      }
      if (original && !(original in site[field])) context.addIssue({ code: 'custom', path: [field], message: `has no text for the original language "${original}"; add ${original}: '…'` });
    }
  });

/** The site as declared (before defaults). */
export type SiteInput = z.input<typeof SiteSchema>;
/** The site as validated. */
export type SiteDeclaration = z.output<typeof SiteSchema>;
/** One language as validated. */
export type Language = z.output<typeof LanguageSchema>;
