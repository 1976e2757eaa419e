/**
 * The installable library with three languages, on the fixture site: each language's manifest
 * names the site in that language (or the original's name where the fixture gives none), and each
 * language's saved library holds that language's pages, no other's, and the search index of every
 * language (a query typed in another language is searched in its index too, offline as online:
 * src/lib/search/cross-language.ts). Expected values are read from the fixture's site.config.ts and
 * its built dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryManifest } from '../../src/lib/offline-library/library';
import { engineDist, fixtureSite } from '../support/engine-site';
import { expect, test } from './fixtures';

const site = fixtureSite();
const codes = site.languages.map((language) => language.code);
const original = site.languages.find((language) => language.original)!.code;

for (const lang of codes) {
  test(`${lang}: the manifest names the site in ${lang} and opens its home page; its library is its own`, async ({ page, request }) => {
    await page.goto(`/${lang}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(href!)).json()) as { name: string; lang: string; start_url: string };
    expect(manifest.name).toBe(site.name[lang] ?? site.name[original]);
    expect(manifest.lang).toBe(lang);
    expect(manifest.start_url).toBe(`/${lang}/`);

    const library = JSON.parse(readFileSync(join(engineDist, 'offline-library', `${lang}.json`), 'utf8')) as LibraryManifest;
    const urls = library.files.map((file) => file.url);
    expect(urls).toContain(`/${lang}/`);
    for (const other of codes.filter((code) => code !== lang)) {
      expect(urls.filter((url) => url.startsWith(`/${other}/`) && !url.endsWith('/data.js')), other).toEqual([]);
      expect(urls.some((url) => url.startsWith(`/pagefind/index/${other}_`)), `${other}'s search index`).toBe(true);
    }
    expect(urls.some((url) => url.startsWith(`/pagefind/index/${lang}_`))).toBe(true);
    expect(library.bytes).toBe(library.files.reduce((sum, file) => sum + file.size, 0));
  });
}
