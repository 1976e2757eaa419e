import { describe, expect, test } from 'vitest';
import { foldVietnamese, hasDiacritics, queryVariants, queryWords } from '../../src/lib/search/fold-vietnamese';

describe('foldVietnamese', () => {
  test.each([
    ['Đột phá', 'dot pha'],
    ['đốt phá', 'dot pha'],
    ['Đồng Đăng', 'dong dang'],
    ['chuyển đổi số', 'chuyen doi so'],
    ['Tô Lâm', 'to lam'],
    ['Cao Bằng', 'cao bang'],
    ['Phan Thăng An', 'phan thang an'],
    ['digital transformation', 'digital transformation'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  test('folds text typed with combining marks (NFD) like precomposed text', () => {
    expect(foldVietnamese('đô\u0323t pha\u0301')).toBe('dot pha');
  });

  test('tells accented from unaccented text', () => {
    expect(hasDiacritics('dot pha')).toBe(false);
    expect(hasDiacritics('đot pha')).toBe(true);
    expect(hasDiacritics('To Lam')).toBe(false);
    expect(hasDiacritics('Tô Lâm')).toBe(true);
  });
});

describe('queryWords', () => {
  test('drops quote marks and extra space', () => {
    expect(queryWords('  "khâu  đột phá" ')).toEqual(['khâu', 'đột', 'phá']);
    expect(queryWords('“to lam”')).toEqual(['to', 'lam']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('queryVariants', () => {
  test.each([
    ['dot pha', ['dot pha', 'đot pha']],
    ['Dong Dang', ['Dong Dang', 'Đong Dang', 'Dong Đang', 'Đong Đang']],
    ['chuyen doi so', ['chuyen doi so', 'chuyen đoi so']],
    ['to lam', ['to lam']],
    ['đột phá', ['đột phá']],
    ['GRDP', ['GRDP']],
    ['(dong', ['(dong', '(đong']],
  ])('%s → %j', (query, variants) => {
    expect(queryVariants(query)).toEqual(variants);
  });

  test('only a word-initial d can be đ', () => {
    expect(queryVariants('gdp')).toEqual(['gdp']);
    expect(queryVariants('ado')).toEqual(['ado']);
  });

  test('the query as typed comes first and every variant is distinct', () => {
    const variants = queryVariants('dan doanh nghiep dau tu');
    expect(variants[0]).toBe('dan doanh nghiep dau tu');
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants).toContain('dan doanh nghiep đau tu');
  });

  test('stops branching at the variant limit', () => {
    const variants = queryVariants('d1 d2 d3 d4 d5 d6');
    expect(variants).toHaveLength(16);
    expect(variants.every((variant) => variant.endsWith('d5 d6'))).toBe(true);
    expect(queryVariants('d1 d2 d3', 4)).toHaveLength(4);
  });

  test('an empty query has no variants', () => {
    expect(queryVariants('  ')).toEqual([]);
  });
});
