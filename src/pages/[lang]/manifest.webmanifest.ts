/** Each language's web app manifest (src/lib/web-app.ts): the library installs in the reader's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages } from '../../lib/languages';
import { webAppManifest } from '../../lib/web-app';

export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webAppManifest(params.lang!, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
