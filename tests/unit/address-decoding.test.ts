import { describe, expect, test } from 'vitest';
import { decodedOrUndefined, fragmentId } from '../../src/lib/address-decoding';

describe('decoding what a script reads from the address', () => {
  test.each([
    ['plain text', 'p7', 'p7'],
    ['a good escape', '%C4%91%E1%BB%99t', 'đột'],
    ['a lone %', '%', undefined],
    ['a truncated escape', '%E0%A4%A', undefined],
    ['a non-hex escape', '%zz', undefined],
    ['an escape of a lone surrogate', '%ED%A0%80', undefined],
    ['an overlong encoding', '%C0%AF', undefined],
    ['markup stays text', '%3Cscript%3E', '<script>'],
    ['__proto__', '__proto__', '__proto__'],
    ['100 KB of escapes', '%41'.repeat(34_000), 'A'.repeat(34_000)],
    ['100 KB with one bad escape at the end', `${'%41'.repeat(34_000)}%`, undefined],
  ])('%s', (_, text, decoded) => {
    expect(decodedOrUndefined(text)).toBe(decoded);
  });

  test.each([
    ['#p7', 'p7'],
    ['#%70%37', 'p7'],
    ['#p%', undefined],
    ['#%E0%A4%A', undefined],
    ['#', undefined],
    ['', undefined],
    ['p7', 'p7'],
    ['#items=speeches/x', 'items=speeches/x'],
  ])('fragment %j names %j', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });
});
