import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SITE_URL a built site was made for (`npm test` builds with `--site=` the test server), read
 * back from its home page's canonical link; undefined when it was built without one.
 */
export function builtSiteUrl(distDir = 'dist'): string | undefined {
  const home = join(distDir, 'vi', 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = readFileSync(home, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}
