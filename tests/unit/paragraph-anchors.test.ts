import { describe, expect, test } from 'vitest';
import { markParagraphAnchors, paragraphOfAnchor } from '../../src/lib/search/paragraph-anchors';

describe('markParagraphAnchors', () => {
  test('titles every speech paragraph so Pagefind makes it a sub-result', () => {
    const html =
      '<div class="para para--answer" id="p3"><a href="#p3">¶3</a></div>' +
      '<div id="p12" class="para">x</div>';
    expect(markParagraphAnchors(html)).toBe(
      '<div class="para para--answer" id="p3" data-pagefind-title="¶3"><a href="#p3">¶3</a></div>' +
        '<div id="p12" class="para" data-pagefind-title="¶12">x</div>',
    );
  });

  test('leaves other elements and already titled paragraphs alone', () => {
    const html = [
      '<div id="p3">not a paragraph</div>',
      '<div class="para-twin" id="p4">a copy placed beside one</div>',
      '<div class="para" id="intro">no number</div>',
      '<section class="para" id="p5">not a div</section>',
      '<div class="para" id="p6" data-pagefind-title="x">titled</div>',
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
