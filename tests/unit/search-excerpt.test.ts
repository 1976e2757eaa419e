import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search/excerpt';

describe('excerptParts', () => {
  test('splits marked words from the text around them', () => {
    expect(excerptParts('ba <mark>khâu</mark> <mark>đột</mark> <mark>phá</mark> chiến lược')).toEqual([
      { text: 'ba ', mark: false },
      { text: 'khâu', mark: true },
      { text: ' ', mark: false },
      { text: 'đột', mark: true },
      { text: ' ', mark: false },
      { text: 'phá', mark: true },
      { text: ' chiến lược', mark: false },
    ]);
  });

  test('decodes escaped text and never lets markup through', () => {
    expect(excerptParts('a &lt;script&gt;x&lt;/script&gt; <b>bold</b> <img src=x onerror=y>')).toEqual([
      { text: 'a <script>x</script> bold ', mark: false },
    ]);
  });

  test('an empty excerpt has no parts', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  test.each([
    ['&amp;&lt;&gt;&quot;&#39;&#x27;', `&<>"''`],
    ['&unknown; &#xZZ;', '&unknown; &#xZZ;'],
    ['“thế trận lòng dân”', '“thế trận lòng dân”'],
  ])('%s → %s', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});
