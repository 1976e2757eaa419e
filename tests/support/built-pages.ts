import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The pages of the built site, as URL paths (`/vi/speeches/x/`), read from dist/ so the tests
 * follow the content instead of a hard-coded list.
 */
export function builtPages(distDir = 'dist'): string[] {
  if (!existsSync(distDir)) {
    throw new Error(`${distDir}/ does not exist: run \`npm run build\` before the end-to-end tests.`);
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') pages.push(`/${relative(distDir, dir).replaceAll('\\', '/')}/`.replace(/\/+$/, '/').replace(/^\/\/$/, '/'));
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Pages in one language: `/vi/…` or `/en/…`. */
export function pagesIn(lang: string, pages = builtPages()): string[] {
  return pages.filter((path) => path.startsWith(`/${lang}/`));
}
