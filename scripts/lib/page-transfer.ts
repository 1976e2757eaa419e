import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';

/**
 * What a page costs a reader before they touch it, counted the same way by the end-to-end load
 * budgets (tests/e2e/quality-load.spec.ts) and by `npm run bench:site`: bytes by kind as a
 * compressing host sends them, and the requests made. Bytes and counts do not move with the
 * machine's load, unlike the times Lighthouse scores.
 */
export interface Transfer {
  html: number;
  css: number;
  fonts: number;
  js: number;
  other: number;
}

/** What a host sends for a response: gzip for text, the bytes as they are for binary formats. */
async function sentBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|svg/.test(type) ? Math.min(body.length, gzipSync(body).length) : body.length;
}

/** The kind a response counts as, from the request Chromium made for it. */
function transferKind(response: Response): keyof Transfer {
  const kind = response.request().resourceType();
  return kind === 'document' ? 'html' : kind === 'stylesheet' ? 'css' : kind === 'font' ? 'fonts' : kind === 'script' ? 'js' : 'other';
}

/** Adds up the bytes sent for `responses`, by kind. */
export async function tally(responses: readonly Response[]): Promise<Transfer> {
  const transfer: Transfer = { html: 0, css: 0, fonts: 0, js: 0, other: 0 };
  for (const response of responses) transfer[transferKind(response)] += await sentBytes(response);
  return transfer;
}
