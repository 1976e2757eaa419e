import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { languageFiles } from '../../src/i18n/index';
import { languages } from '../../src/lib/languages';
import { collectionNames, kindList, kinds } from '../../src/kinds/index';
import { entryKinds } from '../../scripts/new-entry';

describe('the kinds registry', () => {
  test.each(collectionNames)('%s: its labels are UI strings in every language', (name) => {
    for (const key of Object.values(kinds[name].labels)) {
      for (const lang of languages) expect(languageFiles[lang], `src/i18n/${lang}.json has no "${key}"`).toHaveProperty([key]);
    }
  });

  test('a speech is named by its format, each format a UI string in every language', () => {
    const { entryLabel } = kinds.speeches;
    expect(entryLabel).toBeDefined();
    for (const format of ['speech', 'interview', 'speech-report'] as const) {
      const key = entryLabel!({ format } as Parameters<NonNullable<typeof entryLabel>>[0]);
      expect(key).toBe(`format.${format}`);
      for (const lang of languages) expect(languageFiles[lang]).toHaveProperty([key]);
    }
    expect(languageFiles['vi']?.['format.interview']).toBe('Bài trả lời phỏng vấn');
    expect(languageFiles['vi']?.['format.speech-report']).toBe('Bài tường thuật');
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

  test.each(collectionNames.filter((name) => kinds[name].importable))('%s: importable, so it has numbered parts or paragraphs for the draft and a scaffold whose name --kind takes', (name) => {
    expect(kinds[name].citableParts).toBeDefined();
    expect(kinds[name].scaffold).toBeDefined();
  });

  test('src/content.config.ts has exactly one collection line per kind', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    const lines = [...config.matchAll(/^\s+([a-z-]+): defineCollection\(/gm)].map((match) => match[1]);
    expect(lines).toEqual(collectionNames);
  });
});
