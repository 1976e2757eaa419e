import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { largestPagesByType } from '../../scripts/bench/page-sizes';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, html: string): Buffer {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
  return Buffer.from(html);
}

test('keeps the largest page of each type, counting its linked stylesheets gzipped and leaving out pages with no type', () => {
  dist = mkdtempSync(join(tmpdir(), 'page-sizes-'));
  writeFileSync(join(dist, 'site.css'), 'body { color: red; }'.repeat(50));
  page('vi/speeches', '<body data-page-type="list"><p>short</p></body>');
  const long = page('vi/speeches/page/2', `<body data-page-type="list">${'<p>mục dài hơn</p>'.repeat(40)}<link rel="stylesheet" href="/site.css"></body>`);
  page('vi/map', `<body data-page-type="map">${'<rect/>'.repeat(10)}</body>`);
  const biggestMap = page('vi/map/orientations/x', `<body data-page-type="map">${Array.from({ length: 300 }, (_, i) => `<rect x="${i}"/>`).join('')}</body>`);
  page('', '<meta http-equiv="refresh" content="0; url=vi/">');

  const largest = largestPagesByType(dist);
  expect([...largest.keys()]).toEqual(['list', 'map']);
  expect(largest.get('list')).toEqual({
    path: '/vi/speeches/page/2/',
    gzipBytes: gzipSync(long).length + gzipSync('body { color: red; }'.repeat(50)).length,
    rawBytes: long.length,
  });
  expect(largest.get('map')).toMatchObject({ path: '/vi/map/orientations/x/', rawBytes: biggestMap.length });
});
