/**
 * The installable library: each language's web app manifest and the icons it names. Pure data, so
 * the endpoints that write them (src/pages/[lang]/manifest.webmanifest.ts, src/pages/icons/) and
 * the tests agree on every name and size.
 */
import { languageOf, type Lang } from './languages.ts';
import { siteText } from './site.ts';
import { pagePath, withBase } from './urls.ts';

/** One icon the build renders from public/favicon.svg. */
export interface AppIcon {
  /** File name under `icons/`. */
  file: string;
  size: number;
  /** `maskable`: drawn full-bleed with the mark inside the safe zone, for launchers that crop. */
  purpose: 'any' | 'maskable';
}

/** Android's launcher sizes, a maskable one, and the 180 px icon iOS reads from `apple-touch-icon`. */
export const appIcons: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon-180.png', size: 180, purpose: 'any' },
];

/** The site's colours (src/styles/global.css: `--accent` and `--bg`, and the dark theme's `--bg`). */
export const appColours = { theme: '#a11d21', background: '#fbfaf7', darkTheme: '#17161a' } as const;

/** Where a language's manifest is, relative to the site's base. */
export function manifestPath(lang: Lang): string {
  return `${pagePath(lang)}manifest.webmanifest`;
}

/**
 * A language's web app manifest: the site's name and description in that language, opening on
 * that language's home page. Its scope is the whole site under `base`, so a reader who installed
 * one language can still follow a link to the other in the app.
 */
export function webAppManifest(lang: Lang, base: string): Record<string, unknown> {
  const home = withBase(base, pagePath(lang));
  return {
    id: home,
    name: siteText('name', lang),
    short_name: siteText('name', lang),
    description: siteText('description', lang),
    lang,
    dir: languageOf(lang).dir,
    start_url: home,
    scope: withBase(base, ''),
    display: 'standalone',
    theme_color: appColours.theme,
    background_color: appColours.background,
    icons: appIcons
      .filter((icon) => !icon.file.startsWith('apple-'))
      .map((icon) => ({ src: withBase(base, `icons/${icon.file}`), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
