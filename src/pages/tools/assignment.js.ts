/**
 * The reading list's assignment tools (src/scripts/reading-list/assignment-tools.ts) as a classic
 * script, loaded by the list page when an assignment is in its address or the editor is opened.
 */
import type { APIRoute } from 'astro';
import { classicScript } from '../../build/classic-script';

export const GET: APIRoute = async () =>
  new Response(await classicScript('src/scripts/reading-list/assignment-tools.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
