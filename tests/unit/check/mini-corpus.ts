import type { SourceFile } from '../../../scripts/check/corpus';

/**
 * A tiny valid corpus: one person, one speech with two ¶ and a <Ref>, one orientation, in both
 * languages. Each rule test changes one thing and asserts the exact message and position.
 */
const speech = (lang: 'vi' | 'en', words: string) => `---
title: "${lang === 'vi' ? 'Bài nói' : 'The talk'}"
format: speech
speakers: [an]
date: 2026-01-28
dateKind: delivered
summary: "${lang === 'vi' ? 'Tóm tắt.' : 'Summary.'}"
---

<Para n={1}>
${lang === 'vi' ? 'Đoạn một.' : 'Paragraph one.'}
</Para>

<Para n={2}>
${words}
</Para>
`;

const orientation = (lang: 'vi' | 'en') => `---
title: "${lang === 'vi' ? 'Đường sá' : 'Roads'}"
order: 1
ordinal: "${lang === 'vi' ? 'Thứ nhất' : 'First'}"
summary: "${lang === 'vi' ? 'Tóm tắt.' : 'Summary.'}"
statedIn: { speech: talk, paragraphs: [2] }
---

${lang === 'vi' ? 'Thứ nhất, đường sá.' : 'First, roads.'}
`;

const person = (lang: 'vi' | 'en') => `---
name: "Nguyễn Văn An"
role: "${lang === 'vi' ? 'Bí thư' : 'Secretary'}"
summary: "${lang === 'vi' ? 'Người phát biểu.' : 'The speaker.'}"
---

${lang === 'vi' ? 'Người phát biểu.' : 'The speaker.'}
`;

export const validFiles: Record<string, string> = {
  'content/people/vi/an.mdx': person('vi'),
  'content/people/en/an.mdx': person('en'),
  'content/speeches/vi/talk.mdx': speech('vi', 'Về <Ref to="orientations/roads">đường sá</Ref>.'),
  'content/speeches/en/talk.mdx': speech('en', 'On <Ref to="orientations/roads">roads</Ref>.'),
  'content/orientations/vi/roads.mdx': orientation('vi'),
  'content/orientations/en/roads.mdx': orientation('en'),
};

export { speech, orientation, person };

/** The valid corpus with some files replaced (a string) or removed (null). */
export function corpusWith(changes: Record<string, string | null> = {}): SourceFile[] {
  const files = { ...validFiles, ...changes };
  return Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
}
