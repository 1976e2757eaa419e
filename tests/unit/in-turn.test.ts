import { describe, expect, test } from 'vitest';
import { inTurn } from '../../src/lib/in-turn';

describe('inTurn', () => {
  test('delivers in the order the turns were taken, whatever order they complete in', () => {
    const delivered: string[] = [];
    const takeTurn = inTurn<string>((item) => delivered.push(item));
    const [first, second, third, fourth] = [takeTurn(), takeTurn(), takeTurn(), takeTurn()];
    third('c');
    second('b');
    expect(delivered).toEqual([]);
    first('a');
    expect(delivered).toEqual(['a', 'b', 'c']);
    fourth('d');
    expect(delivered).toEqual(['a', 'b', 'c', 'd']);
  });

  test('a turn completed with nothing lets the next ones through', () => {
    const delivered: string[] = [];
    const takeTurn = inTurn<string>((item) => delivered.push(item));
    const [first, second] = [takeTurn(), takeTurn()];
    second('b');
    first();
    expect(delivered).toEqual(['b']);
  });
});
