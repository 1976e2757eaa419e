import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

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

/** True when some Chromium can be started here (the one chromiumLaunchOptions would use). */
export function chromiumAvailable(env: Record<string, string | undefined> = process.env): boolean {
  const { executablePath } = chromiumLaunchOptions(env);
  if (executablePath) return existsSync(executablePath);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
