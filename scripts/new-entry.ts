/**
 * `npm run new -- <speech|orientation|breakthrough> <id> [options]`: writes a new entry's file in
 * each of the site's languages (site.config.ts) with valid front matter, then runs the content
 * check so the editor sees at once what is left to fill in. `npm run new -- language <code> --name
 * <label>` adds a language instead (scripts/new-language.ts).
 *
 *   npm run new -- speech bi-thu-phat-bieu-2026 --speaker phan-thang-an --date 2026-05-01
 *   npm run new -- orientation digital-border-gates --from speeches/to-lam-working-session-cao-bang#p11
 *   npm run new -- breakthrough clean-energy --from speeches/phan-thang-an-dynamic-cao-bang#p16 --serves green-economic-restructuring
 *   npm run new -- language fr --name Français --locale fr-FR
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files';
import { languages, originalLang } from '../src/lib/languages';
import { parseReference } from '../src/lib/references';
import { EntryIdSchema } from '../src/schemas/common';
import { formatDiagnostic } from './check/diagnostic';
import { checkContentDir } from './check/index';
import { addLanguage } from './new-language';

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

const ordinalWords: Record<'orientation' | 'breakthrough', Record<string, string[]>> = {
  orientation: { vi: ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười'], en: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'] },
  breakthrough: { vi: ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là'], en: ['One', 'Two', 'Three', 'Four', 'Five', 'Six'] },
};

/**
 * The placeholder text of a new file, in the languages the engine has words for (the others get
 * the English), as the original or as a translation.
 */
const placeholders: Record<string, Record<'original' | 'translation', { title: string; summary: string; paragraph1: string; paragraph2: string; stated: (n: number) => string; shortTitle: string }>> = {
  vi: {
    original: { title: 'Tiêu đề của văn bản gốc', summary: 'Tóm tắt ngắn, trung lập, do ban biên tập viết.', paragraph1: 'Đoạn 1 của văn bản gốc, chép nguyên văn.', paragraph2: 'Đoạn 2 … Mỗi đoạn một `<Para>`, đánh số 1, 2, 3 … theo thứ tự đọc.', stated: (n) => `Chép nguyên văn đoạn ${n} nêu mục này.`, shortTitle: 'Tiêu đề ngắn lấy từ chính lời văn bản' },
    translation: { title: 'Tiêu đề, bản dịch', summary: 'Tóm tắt ngắn, trung lập, do ban biên tập viết.', paragraph1: 'Đoạn 1, dịch đầy đủ.', paragraph2: 'Đoạn 2 … mỗi đoạn một `<Para>`, đánh số như bản gốc.', stated: (n) => `Bản dịch đoạn ${n}, đoạn nêu mục này.`, shortTitle: 'Tiêu đề ngắn lấy từ chính lời văn bản' },
  },
  en: {
    original: { title: 'The title of the original', summary: 'A short, neutral summary written by the editors.', paragraph1: 'Paragraph 1 of the original, copied verbatim.', paragraph2: 'Paragraph 2 … one `<Para>` per paragraph, numbered 1, 2, 3 … in reading order.', stated: (n) => `Copy paragraph ${n}, which states this item, verbatim.`, shortTitle: 'A short title taken from the text' },
    translation: { title: 'The title, translated', summary: 'A short, neutral summary written by the editors.', paragraph1: 'Paragraph 1, translated in full.', paragraph2: 'Paragraph 2 … one `<Para>` per paragraph, numbered as in the original.', stated: (n) => `The translation of paragraph ${n}, which states this item.`, shortTitle: 'A short title taken from the text' },
  },
};

/** The placeholder words for a new file in `lang`. */
function wordsFor(lang: string) {
  return (placeholders[lang] ?? placeholders['en']!)[lang === originalLang ? 'original' : 'translation'];
}

/** The site's languages, the original first: the order of a new entry's files. */
const fileLanguages = [originalLang, ...languages.filter((lang) => lang !== originalLang)];

/** Throws an Error whose message tells the editor what to change; the CLI prints only the message. */
function fail(message: string): never {
  throw new Error(message);
}

function speechFiles(id: string, options: ScaffoldOptions): ScaffoldFile[] {
  const speaker = options.speaker ?? fail('a speech needs --speaker <person-id> (a file name in content/people/vi/)');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const text = (lang: string) => `---
title: "${wordsFor(lang).title}"
format: speech
speakers: [${speaker}]
date: ${date}
dateKind: delivered
summary: "${wordsFor(lang).summary}"
---

<Para n={1}>
${wordsFor(lang).paragraph1}
</Para>

<Para n={2}>
${wordsFor(lang).paragraph2}
</Para>
`;
  return fileLanguages.map((lang) => ({ path: `content/speeches/${lang}/${id}.mdx`, text: text(lang) }));
}

function directiveFiles(kind: 'orientation' | 'breakthrough', id: string, options: ScaffoldOptions): ScaffoldFile[] {
  const source = options.from ?? fail(`a ${kind} needs --from speeches/<id>#p<n>: the speech paragraph that states it`);
  const reference = parseReference(source);
  if (reference?.collection !== 'speeches' || reference.paragraph === undefined) {
    fail(`--from must look like speeches/<id>#p<n>, e.g. speeches/my-speech#p5 (got \`${source}\`)`);
  }
  const paragraph = reference.paragraph;
  const order = options.order ?? 1;
  const ordinal = (lang: string) => ordinalWords[kind][lang]?.[order - 1] ?? `${order}`;
  const serves = kind === 'breakthrough' ? `orientations: [${(options.serves ?? []).join(', ')}]\n` : '';
  const text = (lang: string) => `---
title: "${wordsFor(lang).shortTitle}"
order: ${order}
ordinal: "${ordinal(lang)}"
summary: "${wordsFor(lang).summary}"
statedIn: { speech: ${reference.id}, paragraphs: [${paragraph}] }
${serves}---

${wordsFor(lang).stated(paragraph)}
`;
  return fileLanguages.map((lang) => ({ path: `content/${entryKinds[kind]}/${lang}/${id}.mdx`, text: text(lang) }));
}

/** The files of a new entry, one per language of the site, the original first. */
export function scaffold(kind: string, id: string, options: ScaffoldOptions = {}): ScaffoldFile[] {
  if (!(kind in entryKinds)) fail(`unknown kind \`${kind}\`; use one of ${Object.keys(entryKinds).join(', ')}`);
  const parsed = EntryIdSchema.safeParse(id);
  if (!parsed.success) fail(`\`${id}\` is not a valid id: use lowercase kebab-case without diacritics, e.g. \`secretary-speech-2026\``);
  return kind === 'speech' ? speechFiles(id, options) : directiveFiles(kind as 'orientation' | 'breakthrough', id, options);
}

/** The next free `order` in a collection, so a new item goes to the end of its list. */
function nextOrder(root: string, collection: string): number {
  const orders = readContentFiles(root)
    .files.filter((file) => file.collection === collection && file.lang === originalLang)
    .map((file) => Number((file.frontmatter as { order?: unknown } | undefined)?.order) || 0);
  return Math.max(0, ...orders) + 1;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      locale: { type: 'string' },
      dir: { type: 'string' },
      speaker: { type: 'string' },
      date: { type: 'string' },
      from: { type: 'string' },
      serves: { type: 'string', multiple: true },
      order: { type: 'string' },
    },
  });
  const [kind, id] = positionals;
  if (!kind || !id) fail('usage: npm run new -- <speech|orientation|breakthrough> <id> [--speaker id] [--date YYYY-MM-DD] [--from speeches/<id>#p<n>] [--serves orientation-id], or npm run new -- language <code> --name <label> [--locale <BCP 47>] [--dir ltr|rtl]');
  const root = process.cwd();
  if (kind === 'language') {
    const label = values.name ?? fail('a language needs --name <its name in itself>, e.g. --name Français');
    for (const file of await addLanguage(root, { code: id, label, locale: values.locale, dir: values.dir })) console.log(`updated ${file}`);
    console.log(`\nThe site now builds in ${id}: its pages show the ${originalLang} UI strings and texts until they are translated.`);
    console.log(`Next: translate the values of src/i18n/${id}.json (remove each "[untranslated] " mark), add the site's name, tagline,`);
    console.log(`description and intro in ${id} to site.config.ts, translate entries into content/<collection>/${id}/,`);
    console.log('and run `npm run translations` to see what is left.');
    return;
  }
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
  console.log('\nNext: replace the placeholder text in every file, then run `npm run check`.');
}

// Run only as a script, so tests can import `scaffold`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/').split('/').pop() ?? '')) {
  main().catch((error: unknown) => {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  });
}
