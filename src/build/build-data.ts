/**
 * What `npm run build` (scripts/build.ts) hands the pages besides Astro's own configuration, read
 * in one place: the build process's environment. Pages and helpers ask this module, typed, and
 * never read the environment themselves; scripts/build.ts sets the variables named here. A plain
 * module with nothing of the site's bundle, so the check and the build scripts load it as it is.
 */

/** The environment variables of the hand-over, by what they carry. */
export const buildDataVariables = {
  /** The file in which the content check left the paragraphs it parsed (src/lib/checked-paragraphs.ts). */
  checkedParagraphs: 'SITE_CHECKED_PARAGRAPHS',
  /** `off`: the build prints no PDF handouts, and the pages do not link them. */
  handouts: 'SITE_HANDOUTS',
  /** The file descriptor on which `astro build` hands the searched pages to the build (src/build/search-pages.ts). */
  searchPages: 'SITE_SEARCH_PAGES_FD',
} as const;

export interface BuildData {
  /** Where this build's content check left the paragraphs it parsed; undefined when it left none (`astro dev`, `astro build` alone). */
  checkedParagraphsFile: string | undefined;
  /** Whether this build prints the PDF handouts (so pages link them). */
  handouts: boolean;
  /** The pipe to hand the searched pages over on; undefined when `astro build` writes the index itself (`astro build` alone). */
  searchPagesFd: number | undefined;
}

/** The build data in `env`, the process's environment unless given (read afresh: the build may turn handouts off as it starts). */
export function buildData(env: Readonly<Record<string, string | undefined>> = process.env): BuildData {
  return {
    checkedParagraphsFile: env[buildDataVariables.checkedParagraphs] || undefined,
    handouts: env[buildDataVariables.handouts] !== 'off',
    searchPagesFd: descriptorIn(env[buildDataVariables.searchPages]),
  };
}

function descriptorIn(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${buildDataVariables.searchPages} must be a file descriptor's number, not "${value}".`);
  return Number(value);
}
