import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium builds, the lighter first. chromium-headless-shell is the headless-only build
 * Playwright itself runs headless tests on; the full browser in its new headless mode costs its
 * browser process far more CPU for the same pages (docs/testing.md).
 */
const debianChromiums = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * How to start Chromium here: CHROMIUM_PATH when set, else Debian's headless shell or its full
 * Chromium, whichever is installed, else Playwright's own download. Root (CI containers) needs
 * --no-sandbox. Shared by the end-to-end tests, the PDF handouts and the benchmarks, so all use the
 * same browser.
 */
export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env): LaunchOptions {
  const executablePath = env.CHROMIUM_PATH ?? debianChromiums.find((path) => existsSync(path));
  return {
    ...(executablePath ? { executablePath } : {}),
    args: chromiumFlags(),
  };
}

/**
 * The full Chromium, for what the headless shell does not do as a reader's browser does (it never
 * asks for a page's icon, which a saved library must keep) and for Lighthouse, made for the new
 * headless mode: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present, else
 * Playwright's own.
 */
export function fullChromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Launch options for the full Chromium (fullChromiumPath), with the same flags. */
export function fullChromiumLaunchOptions(env: Record<string, string | undefined> = process.env): LaunchOptions {
  const executablePath = fullChromiumPath(env);
  return { ...(executablePath ? { executablePath } : { channel: 'chromium' }), args: chromiumFlags() };
}

/** Quiet, offline-friendly flags; root (CI containers) needs --no-sandbox. */
export function chromiumFlags(): string[] {
  return [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/**
 * True when some Chromium can be started here (the one chromiumLaunchOptions would use). Playwright
 * is loaded only to ask for its own download: the build calls this and then stays alive beside
 * `astro build`, and Playwright would add to its memory for nothing.
 */
export async function chromiumAvailable(env: Record<string, string | undefined> = process.env): Promise<boolean> {
  const { executablePath } = chromiumLaunchOptions(env);
  if (executablePath) return existsSync(executablePath);
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
