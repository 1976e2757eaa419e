import { languages } from '../../src/lib/languages';
import { siteText } from '../../src/lib/site';
import { expect, test } from './fixtures';

/** The installable library: each language's pages name its manifest, which names icons that exist. */
for (const lang of languages) {
  test(`the ${lang} pages link a manifest in ${lang}, with icons that are PNGs of their stated size`, async ({ page, request }) => {
    await page.goto(`/${lang}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${lang}/manifest.webmanifest`);
    const response = await request.get(href!);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as { name: string; lang: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBe(siteText('name', lang));
    expect(manifest.lang).toBe(lang);
    expect(manifest.start_url).toBe(`/${lang}/`);
    for (const icon of manifest.icons) {
      const bytes = await (await request.get(icon.src)).body();
      // A PNG's IHDR holds its width and height, big-endian, at bytes 16 and 20.
      expect(bytes.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
}
