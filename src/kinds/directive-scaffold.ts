/** What `npm run new -- orientation|breakthrough <id>` writes: an item a speech paragraph states. */
import { parseReference } from '../lib/references.ts';
import { fileLanguages, placeholderMarkers, wordsFor } from './scaffold-words.ts';
import { fail, type Scaffold, type ScaffoldOptions } from './types.ts';

const ordinalWords: Record<'orientations' | 'breakthroughs', Record<string, string[]>> = {
  orientations: { vi: ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười'], en: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'] },
  breakthroughs: { vi: ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là'], en: ['One', 'Two', 'Three', 'Four', 'Five', 'Six'] },
};

/** The scaffold of an orientation (`name` orientation) or a breakthrough. */
export function directiveScaffold(name: 'orientation' | 'breakthrough', collection: 'orientations' | 'breakthroughs'): Scaffold {
  const files = (id: string, options: ScaffoldOptions) => {
    const source = options.from ?? fail(`a ${name} needs --from speeches/<id>#p<n>: the speech paragraph that states it`);
    const reference = parseReference(source);
    if (reference?.collection !== 'speeches' || reference.paragraph === undefined) {
      fail(`--from must look like speeches/<id>#p<n>, e.g. speeches/my-speech#p5 (got \`${source}\`)`);
    }
    const paragraph = reference.paragraph;
    const order = options.order ?? 1;
    const ordinal = (lang: string) => ordinalWords[collection][lang]?.[order - 1] ?? `${order}`;
    const serves = collection === 'breakthroughs' ? `orientations: [${(options.serves ?? []).join(', ')}]\n` : '';
    const text = (lang: string) => `---
title: "${wordsFor(lang).shortTitle}"
order: ${order}
ordinal: "${ordinal(lang)}"
summary: "${wordsFor(lang).summary}"
statedIn: { speech: ${reference.id}, paragraphs: [${reference.paragraph}] }
${serves}---

${placeholderMarkers(lang).frontMatter('The title and summary')}

${placeholderMarkers(lang).text(`The text below (¶${paragraph} of the speech that states this item)`)}
${wordsFor(lang).stated(paragraph)}
`;
    return fileLanguages.map((lang) => ({ path: `content/${collection}/${lang}/${id}.mdx`, text: text(lang) }));
  };
  const usage = `--from speeches/<id>#p<n>${collection === 'breakthroughs' ? ' [--serves <orientation-id>]' : ''} [--order n]`;
  return { name, usage, files };
}
