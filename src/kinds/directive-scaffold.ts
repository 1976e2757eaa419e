/** What `npm run new -- orientation|breakthrough <id>` writes: an item a speech paragraph states. */
import { parseReference } from '../lib/references.ts';
import { fail, type Scaffold, type ScaffoldOptions } from './types.ts';

const ordinalWords = {
  orientations: { vi: ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười'], en: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'] },
  breakthroughs: { vi: ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là'], en: ['One', 'Two', 'Three', 'Four', 'Five', 'Six'] },
};

/** The scaffold of an orientation (`name` orientation) or a breakthrough. */
export function directiveScaffold(name: 'orientation' | 'breakthrough', collection: 'orientations' | 'breakthroughs'): Scaffold {
  const files = (id: string, options: ScaffoldOptions) => {
    const source = options.from ?? fail(`a ${name} needs --from speeches/<id>#p<n>: the speech paragraph that states it`);
    const reference = parseReference(source);
    if (reference?.collection !== 'speeches' || reference.paragraph === undefined) {
      fail(`--from must look like speeches/<id>#p<n>, e.g. speeches/phan-thang-an-dynamic-cao-bang#p5 (got \`${source}\`)`);
    }
    const order = options.order ?? 1;
    const ordinal = (lang: 'vi' | 'en') => ordinalWords[collection][lang][order - 1] ?? `${order}`;
    const serves = collection === 'breakthroughs' ? `orientations: [${(options.serves ?? []).join(', ')}]\n` : '';
    const text = (lang: 'vi' | 'en') => `---
title: "${lang === 'vi' ? 'Tiêu đề ngắn lấy từ chính lời văn bản' : 'A short title taken from the text'}"
order: ${order}
ordinal: "${ordinal(lang)}"
summary: "${lang === 'vi' ? 'Tóm tắt ngắn, trung lập, do ban biên tập viết.' : 'A short, neutral summary written by the editors.'}"
statedIn: { speech: ${reference.id}, paragraphs: [${reference.paragraph}] }
${serves}---

${lang === 'vi' ? `Chép nguyên văn đoạn ${reference.paragraph} nêu mục này.` : `The translation of paragraph ${reference.paragraph}, which states this item.`}
`;
    return (['vi', 'en'] as const).map((lang) => ({ path: `content/${collection}/${lang}/${id}.mdx`, text: text(lang) }));
  };
  const usage = `--from speeches/<id>#p<n>${collection === 'breakthroughs' ? ' [--serves <orientation-id>]' : ''} [--order n]`;
  return { name, usage, files };
}
