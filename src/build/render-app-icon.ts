/**
 * Renders the app's PNG icons from the site's one drawing of its mark, public/favicon.svg, with
 * sharp (libvips), so the icons never drift from the favicon and no binary image is kept in git.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { appColours, type AppIcon } from '../lib/web-app.ts';

/** Share of a maskable icon the mark may take: launchers crop to a circle of 80% (the safe zone). */
const maskableMark = 0.6;

/** One icon as PNG bytes: the favicon at its size, or for `maskable` the mark centred on a full-bleed square. */
export async function renderAppIcon(icon: AppIcon, root = process.cwd()): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await readFile(join(root, 'public', 'favicon.svg'));
  // The drawing is 32 units wide: render it at the pixel size wanted, not scaled up from 32 px.
  const drawn = (size: number) => sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png();
  if (icon.purpose === 'any') return new Uint8Array(await drawn(icon.size).toBuffer());
  const mark = Math.round(icon.size * maskableMark);
  const offset = Math.round((icon.size - mark) / 2);
  const png = await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: appColours.theme } })
    .composite([{ input: await drawn(mark).toBuffer(), top: offset, left: offset }])
    .png()
    .toBuffer();
  return new Uint8Array(png);
}
