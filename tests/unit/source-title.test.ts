import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files';
import { originalLang } from '../../src/lib/languages';
import { sourceTitle, type TitleFields } from '../../src/lib/source-title';

describe("a text's title in its source", () => {
  const original = { title: 'Quyết tâm xây dựng', titleIsEditorial: false };
  const translation = { title: 'Determined to build', titleIsEditorial: false };

  test("the original's headline, with the translation as the editors' on a translated page", () => {
    expect(sourceTitle(original, 'vi', translation, 'en')).toEqual({ text: 'Quyết tâm xây dựng', lang: 'vi', editorial: false, translation: 'Determined to build' });
    expect(sourceTitle(original, 'vi', original, 'vi')).toEqual({ text: 'Quyết tâm xây dựng', lang: 'vi', editorial: false });
  });

  test("the original shown on a page not yet translated: the headline, and no translation of it", () => {
    // The page's language plays no part: a French page showing the Vietnamese text shows no translation.
    expect(sourceTitle(original, 'vi', original, 'vi')).not.toHaveProperty('translation');
  });

  test("a source without a headline: the editors' description in the shown text's language, and no translation of it", () => {
    const described = (title: string): TitleFields => ({ title, titleIsEditorial: true });
    expect(sourceTitle(described('Buổi làm việc'), 'vi', described('Working session'), 'en')).toEqual({ text: 'Working session', lang: 'en', editorial: true });
    expect(sourceTitle(described('Buổi làm việc'), 'vi', described('Buổi làm việc'), 'vi')).toEqual({ text: 'Buổi làm việc', lang: 'vi', editorial: true });
  });

  test('every speech of the corpus: a translated page never gives its own title as the source\'s', () => {
    const { files } = readContentFiles(process.cwd());
    const speeches = files.filter((file) => file.collection === 'speeches');
    const fields = (file: (typeof speeches)[number]) => {
      const { title, titleIsEditorial = false } = file.frontmatter as { title: string; titleIsEditorial?: boolean };
      return { title, titleIsEditorial };
    };
    expect(speeches.length).toBeGreaterThan(0);
    for (const file of speeches.filter((candidate) => candidate.lang !== originalLang)) {
      const source = speeches.find((candidate) => candidate.lang === originalLang && candidate.id === file.id)!;
      const title = sourceTitle(fields(source), originalLang, fields(file), file.lang);
      if (title.editorial) expect(title.lang).toBe(file.lang);
      else expect(title).toEqual({ text: fields(source).title, lang: originalLang, editorial: false, translation: fields(file).title });
    }
  });
});
