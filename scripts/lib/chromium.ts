import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How to start Chromium here: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present,
 * else Playwright's own download. Root (CI containers) needs --no-sandbox. Shared by the end-to-end
 * tests and the PDF handouts, so both use the same browser.
 */
export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env): LaunchOptions {
  const executablePath = env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: chromiumFlags(),
  };
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
