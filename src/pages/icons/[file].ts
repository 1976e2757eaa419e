/** The app's PNG icons (src/lib/web-app.ts), rendered at build time from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAppIcon } from '../../build/render-app-icon';
import { appIcons, type AppIcon } from '../../lib/web-app';

export const getStaticPaths = (() => appIcons.map((icon) => ({ params: { file: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await renderAppIcon((props as { icon: AppIcon }).icon);
  return new Response(bytes, { headers: { 'Content-Type': 'image/png' } });
};
