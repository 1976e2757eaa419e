import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import vi from '../../src/i18n/vi.json';
import { collectionNames, kindList, kinds } from '../../src/kinds/index';
import { entryKinds } from '../../scripts/new-entry';

describe('the kinds registry', () => {
  test.each(collectionNames)('%s: its labels are UI strings in every language', (name) => {
    for (const key of Object.values(kinds[name].labels)) {
      expect(vi, `src/i18n/vi.json has no "${key}"`).toHaveProperty([key]);
      expect(en, `src/i18n/en.json has no "${key}"`).toHaveProperty([key]);
    }
  });

  test.each(collectionNames)('%s: its article component exists', (name) => {
    expect(existsSync(`src/components/${kinds[name].article}.astro`)).toBe(true);
  });

  test.each(collectionNames)('%s: its relations, references and served kind name kinds of the registry', (name) => {
    const { relations, referableFrom, serves } = kinds[name];
    const named = [...relations.map((relation) => relation.target), ...(referableFrom === 'any' ? [] : referableFrom), ...(serves ? [serves.target] : [])];
    for (const target of named) expect(collectionNames).toContain(target);
  });

  test.each(collectionNames)('%s: its facts about the source are fields of its schema', (name) => {
    for (const field of kinds[name].sourceFacts ?? []) expect(Object.keys(kinds[name].schema.shape)).toContain(field);
  });

  test('page types, and the words of npm run new, name one kind each', () => {
    const pageTypes = kindList.map((kind) => kind.pageType);
    expect(new Set(pageTypes).size).toBe(pageTypes.length);
    expect(Object.values(entryKinds).sort()).toEqual(collectionNames.filter((name) => kinds[name].scaffold).sort());
  });

  test('src/content.config.ts has exactly one collection line per kind', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    const lines = [...config.matchAll(/^\s+([a-z-]+): defineCollection\(/gm)].map((match) => match[1]);
    expect(lines).toEqual(collectionNames);
  });
});
