import { describe, expect, test } from 'vitest';
import { markParagraphAnchors, paragraphOfAnchor } from '../../src/lib/search/paragraph-anchors';

describe('markParagraphAnchors', () => {
  test('titles every speech paragraph so Pagefind makes it a sub-result', () => {
    const html =
      '<div class="para para--answer" id="p3" data-para="3"><a href="#p3">¶3</a></div>' +
      '<div class="para" data-para="12" id="p12">x</div>';
    expect(markParagraphAnchors(html)).toBe(
      '<div class="para para--answer" id="p3" data-para="3" data-pagefind-title="¶3"><a href="#p3">¶3</a></div>' +
        '<div class="para" data-para="12" id="p12" data-pagefind-title="¶12">x</div>',
    );
  });

  test('leaves other elements and already titled paragraphs alone', () => {
    const html = [
      '<div id="p3">no data-para</div>',
      '<div data-para="3" id="p4">id and number disagree</div>',
      '<section id="p5" data-para="5">not a div</section>',
      '<div id="p6" data-para="6" data-pagefind-title="x">titled</div>',
    ].join('');
    expect(markParagraphAnchors(html)).toBe(html);
  });
});

describe('paragraphOfAnchor', () => {
  test.each([
    ['p7', 7],
    ['p12', 12],
    ['passages-heading', undefined],
    [undefined, undefined],
  ])('%s → %s', (id, n) => {
    expect(paragraphOfAnchor(id)).toBe(n);
  });
});
