import { describe, expect, test } from 'vitest';
import { isSearchable, prepareForIndex, separateCells } from '../../src/lib/search/index-html';

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
    expect(prepareForIndex('<dd>x</dd><div class="para" id="p2" data-para="2">y</div>')).toBe(
      '<dd>x </dd><div class="para" id="p2" data-para="2" data-pagefind-title="¶2">y</div>',
    );
  });
});

describe('isSearchable', () => {
  test('is true for a page that marks its indexed content', () => {
    expect(isSearchable('<main id="main" data-pagefind-body>x</main>')).toBe(true);
    expect(isSearchable('<main data-pagefind-body="">x</main>')).toBe(true);
  });

  test('is false for a page without the marker, even when its text mentions it', () => {
    expect(isSearchable('<main id="main" data-pagefind-filter="type:home">x</main>')).toBe(false);
    expect(isSearchable('<p>Pages carry data-pagefind-body.</p>')).toBe(false);
    expect(isSearchable('<main data-pagefind-body-extra>x</main>')).toBe(false);
  });
});
