import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { renderAppIcon } from '../../src/build/render-app-icon';
import { languageOf, languages } from '../../src/lib/languages';
import { siteText } from '../../src/lib/site';
import { appColours, appIcons, manifestPath, webAppManifest } from '../../src/lib/web-app';

describe('the web app manifest', () => {
  test.each(languages)('names the site in %s and opens on that language\'s home page', (lang) => {
    const manifest = webAppManifest(lang, '/');
    expect(manifest['name']).toBe(siteText('name', lang));
    expect(manifest['lang']).toBe(lang);
    expect(manifest['dir']).toBe(languageOf(lang).dir);
    expect(manifest['start_url']).toBe(`/${lang}/`);
    expect(manifest['id']).toBe(`/${lang}/`);
    expect(manifest['scope']).toBe('/');
    expect(manifest['display']).toBe('standalone');
    expect(manifestPath(lang)).toBe(`${lang}/manifest.webmanifest`);
  });

  test('keeps every address under a sub-path deploy', () => {
    const manifest = webAppManifest(languages[0]!, '/cao-bang/');
    const icons = manifest['icons'] as { src: string }[];
    expect(manifest['start_url']).toBe(`/cao-bang/${languages[0]}/`);
    expect(manifest['scope']).toBe('/cao-bang/');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(icon.src.startsWith('/cao-bang/icons/')).toBe(true);
  });

  test('offers the 192 and 512 px icons Android asks for, and a maskable one', () => {
    const icons = webAppManifest(languages[0]!, '/')['icons'] as { sizes: string; purpose: string; type: string }[];
    expect(icons.filter((icon) => icon.purpose === 'any').map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
    expect(icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
    expect(new Set(icons.map((icon) => icon.type))).toEqual(new Set(['image/png']));
  });
});

describe('the app icons', () => {
  test.each(appIcons)('$file is a PNG of $size px', async (icon) => {
    const meta = await sharp(await renderAppIcon(icon)).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([icon.size, icon.size]);
  });

  test('a maskable icon fills its square (launchers crop it), an ordinary one keeps the mark\'s rounded corners', async () => {
    const corner = async (file: string) => {
      const icon = appIcons.find((candidate) => candidate.file === file)!;
      const { data } = await sharp(await renderAppIcon(icon)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return [...data.subarray(0, 4)];
    };
    const theme = [1, 3, 5].map((at) => parseInt(appColours.theme.slice(at, at + 2), 16));
    expect(await corner('icon-maskable-512.png')).toEqual([...theme, 255]);
    expect((await corner('icon-512.png'))[3]).toBe(0);
  });
});
