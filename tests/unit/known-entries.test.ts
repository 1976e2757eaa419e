import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { fnv1a32, keysPerShard, knownShardCount, knownShardOf, knownShardPath, knownShards, knownShardScript, knownVersion, lookUpKnown } from '../../src/lib/known-entries';

/** Keys shaped like the synthetic corpus's: similar ids that differ in their last digits. */
const corpusKeys = (n: number) => Array.from({ length: n }, (_, index) => `speeches/bench-speech-${String(index + 1).padStart(5, '0')}`);

describe('the shard of an entry', () => {
  test('is FNV-1a, 32 bits (the published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  test('is one of the shards, the same for the same key and count', () => {
    for (const key of corpusKeys(500)) {
      const shard = knownShardOf(key, 7);
      expect(Number.isInteger(shard) && shard >= 0 && shard < 7).toBe(true);
      expect(knownShardOf(key, 7)).toBe(shard);
    }
  });

  test('spreads similar keys over every shard, none far from its share', () => {
    const keys = corpusKeys(10_000);
    const count = knownShardCount(keys.length);
    const sizes = knownShards(keys, count).map((shard) => shard.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(keys.length);
    expect(Math.min(...sizes)).toBeGreaterThan((keys.length / count) * 0.75);
    expect(Math.max(...sizes)).toBeLessThan((keys.length / count) * 1.25);
  });
});

describe('the shard count', () => {
  test('keeps a shard near its size at any size of library, and is at least two', () => {
    expect(knownShardCount(0)).toBe(2);
    expect(knownShardCount(22)).toBe(2);
    for (const entries of [1_000, 3_000, 10_000, 100_000]) {
      const count = knownShardCount(entries);
      expect(entries / count).toBeLessThanOrEqual(keysPerShard);
      expect(entries / count).toBeGreaterThan(keysPerShard / 2);
    }
  });
});

describe('a shard file', () => {
  test('holds its keys, sorted, each once, and registers them under its path when run as a classic script', () => {
    const keys = [...corpusKeys(40), 'people/to-lam', 'speeches/bench-speech-00001'];
    const shards = knownShards(keys, 3);
    expect(shards.flat().sort()).toEqual([...new Set(keys)].sort());
    shards.forEach((shard, index) => {
      expect(shard).toEqual([...shard].sort());
      for (const key of shard) expect(knownShardOf(key, 3)).toBe(index);
    });
    const window: { knownEntries?: Record<string, string[]> } = {};
    for (const [index, shard] of shards.entries()) runInNewContext(knownShardScript('vi', '0123abcd', index, shard), { window });
    expect(window.knownEntries?.[knownShardPath('vi', '0123abcd', 1)]).toEqual(shards[1]);
    expect(knownShardPath('vi', '0123abcd', 1)).toBe('_known/vi/0123abcd-1.js');
    expect(Object.keys(window.knownEntries ?? {})).toHaveLength(3);
  });
});

describe("the entry list's version", () => {
  test('is a digest of the keys, whatever their order, and changes with any key added or removed', () => {
    const keys = corpusKeys(40);
    const version = knownVersion(keys);
    expect(version).toMatch(/^[0-9a-f]{8}$/);
    expect(knownVersion([...keys].reverse())).toBe(version);
    expect(knownVersion([...keys, keys[0]!])).toBe(version);
    expect(knownVersion([...keys, 'speeches/a-new-speech'])).not.toBe(version);
    expect(knownVersion(keys.slice(1))).not.toBe(version);
  });

  test("names every shard, so a shard of another version (one cached before a deploy) is never read", () => {
    const before = corpusKeys(40);
    const after = [...before, 'speeches/a-new-speech'];
    expect(knownShardPath('vi', knownVersion(after), 0)).not.toBe(knownShardPath('vi', knownVersion(before), 0));
  });
});

describe('looking entries up', () => {
  const count = 4;
  const library = corpusKeys(60);
  const shards = knownShards(library, count);
  const absent = 'speeches/no-such-speech';

  test('knows the keys of their shards, not any other, and loads each shard needed once', async () => {
    const loads: number[] = [];
    const asked = [library[0]!, library[1]!, library[0]!, absent];
    const known = await lookUpKnown(asked, count, async (shard) => {
      loads.push(shard);
      return shards[shard];
    });
    expect(known(library[0]!)).toBe(true);
    expect(known(library[1]!)).toBe(true);
    expect(known(absent)).toBe(false);
    expect(loads.sort()).toEqual([...new Set(asked.map((key) => knownShardOf(key, count)))].sort());
  });

  test('starts every shard it needs before any has loaded', async () => {
    const started: number[] = [];
    const waiting: (() => void)[] = [];
    const lookup = lookUpKnown(library, count, (shard) => {
      started.push(shard);
      return new Promise((resolve) => waiting.push(() => resolve(shards[shard])));
    });
    expect(started.sort()).toEqual([0, 1, 2, 3]);
    for (const resolve of waiting) resolve();
    const known = await lookup;
    expect(library.every((key) => known(key) === true)).toBe(true);
  });

  test('asks for no more shards than there are, however many keys it is given', async () => {
    const loads: number[] = [];
    const hostile = Array.from({ length: 5000 }, (_, n) => `speeches/no-such-speech-${n}`);
    const known = await lookUpKnown(hostile, count, async (shard) => {
      loads.push(shard);
      return shards[shard];
    });
    expect(loads.length).toBeLessThanOrEqual(count);
    expect(hostile.some((key) => known(key) !== false)).toBe(false);
  });

  test('leaves the keys of a shard that did not load (or failed) unchecked, neither known nor unknown', async () => {
    const failed = knownShardOf(library[0]!, count);
    const other = library.find((key) => knownShardOf(key, count) !== failed)!;
    const absentElsewhere = Array.from({ length: 50 }, (_, n) => `people/nobody-${n}`).find((key) => knownShardOf(key, count) !== failed)!;
    for (const failure of [() => Promise.resolve(undefined), () => Promise.reject(new Error('network'))]) {
      const known = await lookUpKnown([library[0]!, other, absentElsewhere], count, (shard) => (shard === failed ? failure() : Promise.resolve(shards[shard])));
      expect(known(library[0]!)).toBeUndefined();
      expect(known(other)).toBe(true);
      expect(known(absentElsewhere)).toBe(false);
    }
  });
});
