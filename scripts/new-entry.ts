/**
 * `npm run new -- <speech|orientation|breakthrough> <id> [options]`: writes the Vietnamese and
 * English files of a new entry with valid front matter, then runs the content check so the
 * editor sees at once what is left to fill in.
 *
 *   npm run new -- speech bi-thu-phat-bieu-2026 --speaker phan-thang-an --date 2026-05-01
 *   npm run new -- orientation digital-border-gates --from speeches/to-lam-working-session-cao-bang#p11
 *   npm run new -- breakthrough clean-energy --from speeches/phan-thang-an-dynamic-cao-bang#p16 --serves green-economic-restructuring
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files';
import { parseReference } from '../src/lib/references';
import { EntryIdSchema } from '../src/schemas/common';
import { formatDiagnostic } from './check/diagnostic';
import { checkContentDir } from './check/index';

export const entryKinds = { speech: 'speeches', orientation: 'orientations', breakthrough: 'breakthroughs' } as const;
export type EntryKind = keyof typeof entryKinds;

export interface ScaffoldOptions {
  speaker?: string | undefined;
  date?: string | undefined;
  /** For orientations and breakthroughs: the speech paragraph that states them, `speeches/<id>#p<n>`. */
  from?: string | undefined;
  /** For breakthroughs: orientation ids they serve. */
  serves?: string[] | undefined;
  /** Position in the source's list. */
  order?: number | undefined;
}

export interface ScaffoldFile {
  path: string;
  text: string;
}

const ordinalWords = {
  orientation: { vi: ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười'], en: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'] },
  breakthrough: { vi: ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là'], en: ['One', 'Two', 'Three', 'Four', 'Five', 'Six'] },
};

/** Throws an Error whose message tells the editor what to change; the CLI prints only the message. */
function fail(message: string): never {
  throw new Error(message);
}

function speechFiles(id: string, options: ScaffoldOptions): ScaffoldFile[] {
  const speaker = options.speaker ?? fail('a speech needs --speaker <person-id> (a file name in content/people/vi/)');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const text = (lang: 'vi' | 'en') => `---
title: "${lang === 'vi' ? 'Tiêu đề của văn bản gốc' : 'The title, translated'}"
format: speech
speakers: [${speaker}]
date: ${date}
dateKind: delivered
summary: "${lang === 'vi' ? 'Tóm tắt ngắn, trung lập, do ban biên tập viết.' : 'A short, neutral summary written by the editors.'}"
---

<Para n={1}>
${lang === 'vi' ? 'Đoạn 1 của văn bản gốc, chép nguyên văn.' : 'Paragraph 1, translated in full.'}
</Para>

<Para n={2}>
${lang === 'vi' ? 'Đoạn 2 … Mỗi đoạn một `<Para>`, đánh số 1, 2, 3 … theo thứ tự đọc.' : 'Paragraph 2 … one `<Para>` per paragraph, numbered as in the Vietnamese.'}
</Para>
`;
  return (['vi', 'en'] as const).map((lang) => ({ path: `content/speeches/${lang}/${id}.mdx`, text: text(lang) }));
}

function directiveFiles(kind: 'orientation' | 'breakthrough', id: string, options: ScaffoldOptions): ScaffoldFile[] {
  const source = options.from ?? fail(`a ${kind} needs --from speeches/<id>#p<n>: the speech paragraph that states it`);
  const reference = parseReference(source);
  if (reference?.collection !== 'speeches' || reference.paragraph === undefined) {
    fail(`--from must look like speeches/<id>#p<n>, e.g. speeches/phan-thang-an-dynamic-cao-bang#p5 (got \`${source}\`)`);
  }
  const order = options.order ?? 1;
  const ordinal = (lang: 'vi' | 'en') => ordinalWords[kind][lang][order - 1] ?? `${order}`;
  const serves = kind === 'breakthrough' ? `orientations: [${(options.serves ?? []).join(', ')}]\n` : '';
  const text = (lang: 'vi' | 'en') => `---
title: "${lang === 'vi' ? 'Tiêu đề ngắn lấy từ chính lời văn bản' : 'A short title taken from the text'}"
order: ${order}
ordinal: "${ordinal(lang)}"
summary: "${lang === 'vi' ? 'Tóm tắt ngắn, trung lập, do ban biên tập viết.' : 'A short, neutral summary written by the editors.'}"
statedIn: { speech: ${reference.id}, paragraphs: [${reference.paragraph}] }
${serves}---

${lang === 'vi' ? `Chép nguyên văn đoạn ${reference.paragraph} nêu mục này.` : `The translation of paragraph ${reference.paragraph}, which states this item.`}
`;
  return (['vi', 'en'] as const).map((lang) => ({ path: `content/${entryKinds[kind]}/${lang}/${id}.mdx`, text: text(lang) }));
}

/** The files of a new entry, in both languages. */
export function scaffold(kind: string, id: string, options: ScaffoldOptions = {}): ScaffoldFile[] {
  if (!(kind in entryKinds)) fail(`unknown kind \`${kind}\`; use one of ${Object.keys(entryKinds).join(', ')}`);
  const parsed = EntryIdSchema.safeParse(id);
  if (!parsed.success) fail(`\`${id}\` is not a valid id: use lowercase kebab-case without diacritics, e.g. \`to-lam-speech-2026\``);
  return kind === 'speech' ? speechFiles(id, options) : directiveFiles(kind as 'orientation' | 'breakthrough', id, options);
}

/** The next free `order` in a collection, so a new item goes to the end of its list. */
function nextOrder(root: string, collection: string): number {
  const orders = readContentFiles(root)
    .files.filter((file) => file.collection === collection && file.lang === 'vi')
    .map((file) => Number((file.frontmatter as { order?: unknown } | undefined)?.order) || 0);
  return Math.max(0, ...orders) + 1;
}

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      speaker: { type: 'string' },
      date: { type: 'string' },
      from: { type: 'string' },
      serves: { type: 'string', multiple: true },
      order: { type: 'string' },
    },
  });
  const [kind, id] = positionals;
  if (!kind || !id) fail('usage: npm run new -- <speech|orientation|breakthrough> <id> [--speaker id] [--date YYYY-MM-DD] [--from speeches/<id>#p<n>] [--serves orientation-id]');
  const root = process.cwd();
  const collection = entryKinds[kind as EntryKind];
  const order = values.order ? Number(values.order) : collection && collection !== 'speeches' ? nextOrder(root, collection) : undefined;
  const files = scaffold(kind, id, { ...values, order });
  for (const file of files) {
    if (existsSync(join(root, file.path))) fail(`${file.path} already exists; choose another id or edit that file`);
  }
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
    console.log(`created ${file.path}`);
  }
  const remaining = checkContentDir(root).filter((d) => files.some((file) => file.path === d.file));
  if (remaining.length > 0) {
    console.log('\nStill to do in the new files (see docs/authoring.md):');
    for (const diagnostic of remaining) console.log(formatDiagnostic(diagnostic));
  }
  console.log('\nNext: replace the placeholder text in both files, then run `npm run check`.');
}

// Run only as a script, so tests can import `scaffold`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/').split('/').pop() ?? '')) {
  try {
    main();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}
