import { describe, expect, test } from 'vitest';
import { indexedCopy, prepareForIndex, separateCells } from '../../src/lib/search/index-html';

describe('separateCells', () => {
  test('ends every definition-list and table cell with a space', () => {
    expect(separateCells('<dl><dt>Địa điểm</dt><dd>Cao Bằng</dd></dl><table><tr><th>a</th><td>b</TD></tr></table>')).toBe(
      '<dl><dt>Địa điểm </dt><dd>Cao Bằng </dd></dl><table><tr><th>a </th><td>b </TD></tr></table>',
    );
  });

  test('leaves other elements alone', () => {
    expect(separateCells('<p>a</p><div>b</div><details>c</details>')).toBe('<p>a</p><div>b</div><details>c</details>');
  });
});

describe('prepareForIndex', () => {
  test('titles the ¶ anchors and separates the cells', () => {
    expect(prepareForIndex('<dd>x</dd><div class="para" id="p2">y</div>')).toBe(
      '<dd>x </dd><div class="para" id="p2" data-pagefind-title="¶2">y</div>',
    );
  });
});

describe('indexedCopy', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="vi"><head><title>t</title><style>main{color:red}</style></head><body><header><a href="/">Trang chủ</a></header>${main}<footer>f</footer></body></html>`;

  test('is the page language and its searchable main, prepared for the index', () => {
    const main = '<main id="main" data-pagefind-body data-pagefind-meta="type:speech"><dl><dt>a</dt><dd>b</dd></dl><div class="para" id="p1">x</div></main>';
    expect(indexedCopy(page(main))).toBe(
      '<!doctype html><html lang="vi"><body><main id="main" data-pagefind-body data-pagefind-meta="type:speech"><dl><dt>a </dt><dd>b </dd></dl>' +
        '<div class="para" id="p1" data-pagefind-title="¶1">x</div></main></body></html>',
    );
  });

  test('is the whole page, prepared, when another element is marked for the index', () => {
    const html = page('<main><article data-pagefind-body><dd>b</dd></article></main>');
    expect(indexedCopy(html)).toBe(prepareForIndex(html));
  });

  test('is a copy for a page that marks its indexed content', () => {
    expect(indexedCopy('<main id="main" data-pagefind-body>x</main>')).toBeDefined();
    expect(indexedCopy('<main data-pagefind-body="">x</main>')).toBeDefined();
  });

  test('is undefined for a page that is not searched, even when its text mentions the marker', () => {
    expect(indexedCopy(page('<main id="main" data-pagefind-filter="type:home">x</main>'))).toBeUndefined();
    expect(indexedCopy('<main id="main" data-pagefind-filter="type:home">x</main>')).toBeUndefined();
    expect(indexedCopy('<p>Pages carry data-pagefind-body.</p>')).toBeUndefined();
    expect(indexedCopy('<main data-pagefind-body-extra>x</main>')).toBeUndefined();
  });
});
