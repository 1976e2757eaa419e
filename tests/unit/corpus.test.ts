/**
 * Integrity of the content in this repository, whatever documents it holds: every file parses
 * against its collection's schema, every entry exists in both languages, and a speech's ¶ anchors
 * are the same in both. (The full cross-reference checker is `npm run check`.)
 */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files';
import { languages } from '../../src/lib/languages';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';
import { collectionSchemas, type CollectionName } from '../../src/schemas';

const { files, unplaced } = readContentFiles(process.cwd());

describe('content files', () => {
  test('there is content, and every file sits at content/<collection>/<lang>/<id>.mdx', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(unplaced).toEqual([]);
  });

  test.each(files.map((file) => [file.path, file] as const))('%s matches its collection schema', (_path, file) => {
    const schema = collectionSchemas[file.collection as CollectionName];
    expect(schema, `unknown collection ${file.collection}`).toBeDefined();
    const result = schema.safeParse(file.frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('every entry exists in every language', () => {
    const keys = new Set(files.map((file) => `${file.collection}/${file.id}`));
    const missing = [...keys].flatMap((key) => {
      const [collection, id] = key.split('/');
      return languages
        .filter((lang) => !files.some((file) => file.collection === collection && file.id === id && file.lang === lang))
        .map((lang) => `content/${collection}/${lang}/${id}.mdx`);
    });
    expect(missing).toEqual([]);
  });
});

describe('speech paragraphs', () => {
  const speeches = files.filter((file) => file.collection === 'speeches');

  test.each(speeches.map((file) => [file.path, file] as const))('%s numbers its paragraphs 1, 2, 3 …', (_path, file) => {
    const numbers = speechParagraphs(file.body).map((para) => para.n);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  test.each(speeches.filter((file) => file.lang === 'en').map((file) => [file.id, file] as const))(
    '%s has the same ¶ anchors and kinds in both languages, each translated',
    (id, english) => {
      const vietnamese = speeches.find((file) => file.id === id && file.lang === 'vi');
      expect(vietnamese).toBeDefined();
      const vi = speechParagraphs(vietnamese!.body);
      const en = speechParagraphs(english.body);
      expect(en.map(({ n, kind }) => ({ n, kind }))).toEqual(vi.map(({ n, kind }) => ({ n, kind })));
      en.forEach((para, index) => {
        expect(para.text.length, `¶${para.n} is empty`).toBeGreaterThan(0);
        expect(para.text, `¶${para.n} is not translated`).not.toBe(vi[index]?.text);
      });
    },
  );
});
