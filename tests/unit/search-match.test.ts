import { describe, expect, test } from 'vitest';
import type { ExcerptPart } from '../../src/lib/search/excerpt';
import { compareQuality, matchPage, type AnchorLike } from '../../src/lib/search/match';

/** Vietnamese's rules (unchanging syllables) and English's (words that inflect), as site.config.ts declares them. */
const syllables = { inflects: false };
const inflecting = { inflects: true };

/** A page as Pagefind indexes it: text, and a ¶ anchor at the word position of each `¶`. */
function page(text: string): { content: string; anchors: AnchorLike[] } {
  const anchors: AnchorLike[] = [];
  const words: string[] = [];
  for (const word of text.split(' ')) {
    const para = /^¶(\d+)$/.exec(word);
    if (para) anchors.push({ element: 'div', id: `p${para[1]}`, title: `¶${para[1]}`, location: words.length });
    else words.push(word);
  }
  return { content: words.join(' '), anchors };
}

/** An excerpt with its marked words in [brackets]. */
const show = (parts: readonly ExcerptPart[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('matchPage', () => {
  const speech = page(
    'Tiêu đề bài. ¶1 Tỉnh đốt phá rừng làm nương. ¶2 Ba khâu đột phá chiến lược của tỉnh. ¶3 Đột phá về hạ tầng, phát triển khâu then chốt.',
  );

  test('finds the paragraph where the words stand together, without diacritics and with d for đ', () => {
    const match = matchPage(speech, 'khau dot pha', syllables);
    expect(match.quality).toMatchObject({ phrase: true, coverage: 1 });
    expect(match.sections.map((section) => section.id)).toEqual(['p2', 'p3', 'p1']);
    expect(show(match.sections[0]!.excerpt)).toBe('Ba [khâu] [đột] [phá] chiến lược của tỉnh.');
  });

  test('prefers the paragraph with the diacritics as typed', () => {
    const exact = matchPage(speech, 'đột phá', syllables);
    expect(exact.sections[0]!.id).toBe('p2');
    expect(exact.quality.exactPhrase).toBe(true);
    const burning = matchPage(page('¶1 Tỉnh đốt phá rừng.'), 'đột phá', syllables);
    expect(burning.quality).toMatchObject({ phrase: true, exactPhrase: false, coverage: 1, exactCoverage: 0.5 });
    expect(compareQuality(exact.quality, burning.quality)).toBeLessThan(0);
  });

  test('matches whole syllables: "pha" is not "phát" or "Phan"', () => {
    const match = matchPage(page('¶1 Phan phát triển. ¶2 đột phá.'), 'dot pha', syllables);
    expect(match.sections.map((section) => section.id)).toEqual(['p2']);
    expect(show(match.sections[0]!.excerpt)).toBe('[đột] [phá.]');
  });

  test('takes an unfinished last word as a prefix', () => {
    const match = matchPage(page('¶1 chuyển đổi số và đổi mới.'), 'chuyen doi s', syllables);
    expect(match.quality).toMatchObject({ phrase: true, coverage: 1 });
    expect(show(match.sections[0]!.excerpt)).toBe('[chuyển] [đổi] [số] và [đổi] mới.');
  });

  test('reads punctuated words as their parts, and skips punctuation inside a phrase', () => {
    const match = matchPage(page('¶4 cao tốc Đồng Đăng - Trà Lĩnh, khoảng 10%/năm.'), 'dong dang tra linh', syllables);
    expect(match.quality.phrase).toBe(true);
    expect(matchPage(page('¶4 khoảng 10%/năm.'), '10', syllables).quality.coverage).toBe(1);
  });

  test('matches English word forms and Vietnamese names in English text', () => {
    const english = page('¶1 General Secretary Tô Lâm stressed reforms. ¶2 Digital transformation of procedures.');
    expect(matchPage(english, 'to lam', inflecting).sections[0]!.id).toBe('p1');
    expect(matchPage(english, 'reform', inflecting).quality.coverage).toBe(1);
    expect(matchPage(english, 'digital transformations', inflecting).quality).toMatchObject({ phrase: true });
    expect(matchPage(english, 'to', inflecting).quality.hits).toBe(1);
  });

  test('lands on a paragraph rather than the title when the paragraph matches as well', () => {
    const match = matchPage(page('Tô Lâm làm việc tại Cao Bằng. ¶1 Ông Tô Lâm phát biểu. ¶2 Cao Bằng.'), 'to lam', syllables);
    expect(match.sections.map((section) => section.id)).toEqual(['p1', undefined]);
    const titleOnly = matchPage(page('Tô Lâm làm việc. ¶1 Ông phát biểu.'), 'to lam', syllables);
    expect(titleOnly.sections.map((section) => section.id)).toEqual([undefined]);
  });

  test('a page that matched only in its metadata shows its opening words', () => {
    const match = matchPage(page('Tiêu đề. ¶1 Nội dung.'), 'xyz', syllables);
    expect(match.quality.hits).toBe(0);
    expect(match.sections).toEqual([{ id: undefined, quality: expect.objectContaining({ hits: 0 }), excerpt: [{ text: 'Tiêu đề.', mark: false }] }]);
  });

  test('a long section shows the words around the first phrase match', () => {
    const long = page(`¶1 ${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} khâu đột phá ${Array.from({ length: 60 }, (_, i) => `v${i}`).join(' ')}`);
    const excerpt = show(matchPage(long, 'khâu đột phá', syllables).sections[0]!.excerpt);
    expect(excerpt.startsWith('… w52 ')).toBe(true);
    expect(excerpt).toContain('[khâu] [đột] [phá]');
    expect(excerpt.endsWith(' …')).toBe(true);
  });
});

describe('matchPage without prefixes', () => {
  test('matches the last word whole only, so "phá" is not marked in "phát"', () => {
    const page = { content: 'Phát triển nguồn nhân lực chất lượng cao.', anchors: [] };
    expect(matchPage(page, 'đột phá', syllables).quality.hits).toBe(1);
    expect(matchPage(page, 'đột phá', syllables, { prefix: false }).quality.hits).toBe(0);
  });
});
