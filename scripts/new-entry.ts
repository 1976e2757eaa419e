/**
 * `npm run new -- <kind> <id> [options]`: writes the files of a new entry in every language with
 * valid front matter and placeholder words, each with a `{/* decide: … *\/}` note the check refuses
 * until an editor has replaced it, then runs the content check so the editor sees at once what is
 * left to fill in. The kinds and their options are those whose descriptor has a `scaffold` (src/kinds/); the
 * languages are the site's (site.config.ts). `npm run new -- language <code> --name <label>` adds a
 * language instead (scripts/new-language.ts).
 *
 *   npm run new -- speech secretary-speech-2026 --speaker nguyen-van-an --date 2026-05-01
 *   npm run new -- orientation digital-border-gates --from speeches/secretary-speech-2026#p11
 *   npm run new -- breakthrough clean-energy --from speeches/secretary-speech-2026#p16 --serves green-growth
 *   npm run new -- language fr --name Français --locale fr-FR
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files';
import { originalLang } from '../src/lib/languages';
import { collectionNames, kinds } from '../src/kinds/index';
import { fail, type Scaffold, type ScaffoldFile, type ScaffoldOptions } from '../src/kinds/types';
import { EntryIdSchema } from '../src/schemas/common';
import { formatDiagnostic } from './check/diagnostic';
import { checkContentDir } from './check/index';
import { addLanguage } from './new-language';

export type { ScaffoldFile, ScaffoldOptions };

/** The word `npm run new` takes for each kind that has a scaffold, and its collection: `speech` → `speeches`. */
export const entryKinds: Record<string, string> = Object.fromEntries(
  collectionNames.flatMap((name) => {
    const scaffold = kinds[name].scaffold;
    return scaffold ? [[scaffold.name, name]] : [];
  }),
);

function scaffoldOf(kind: string): Scaffold {
  const collection = Object.hasOwn(entryKinds, kind) ? entryKinds[kind] : undefined;
  const scaffold = collection === undefined ? undefined : kinds[collection as keyof typeof kinds].scaffold;
  return scaffold ?? fail(`unknown kind \`${kind}\`; use one of ${Object.keys(entryKinds).join(', ')}`);
}

/** Throws, saying how to write one, unless `id` is a valid entry id. */
export function assertEntryId(id: string): void {
  if (!EntryIdSchema.safeParse(id).success) fail(`\`${id}\` is not a valid id: use lowercase kebab-case without diacritics, e.g. \`secretary-speech-2026\``);
}

/** The files of a new entry, one per language of the site, the original first. */
export function scaffold(kind: string, id: string, options: ScaffoldOptions = {}): ScaffoldFile[] {
  const found = scaffoldOf(kind);
  assertEntryId(id);
  return found.files(id, options);
}

/** The collection `npm run new -- <kind>` writes into, e.g. `speeches` for `speech`; throws for an unknown kind. */
export function collectionOfKind(kind: string): string {
  scaffoldOf(kind);
  return entryKinds[kind]!;
}

/**
 * Writes a new entry's files under `root`, all or none: when one exists already (and `overwrite`
 * is not set) it throws before writing any. Returns the paths written.
 */
export function writeEntryFiles(root: string, files: ScaffoldFile[], { overwrite = false } = {}): string[] {
  if (!overwrite) {
    for (const file of files) {
      if (existsSync(join(root, file.path))) fail(`${file.path} already exists; choose another id or edit that file`);
    }
  }
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return files.map((file) => file.path);
}

/** `--order`'s value: the item's place in its list, a whole number from 1; throws otherwise. */
export function orderOption(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) fail(`--order must be a whole number from 1 (the item's place in its list), not \`${value}\``);
  return Number(value);
}

/** The next free `order` in a collection, so a new item goes to the end of its list. */
function nextOrder(root: string, collection: string): number {
  const orders = readContentFiles(root)
    .files.filter((file) => file.collection === collection && file.lang === originalLang)
    .map((file) => Number((file.frontmatter as { order?: unknown } | undefined)?.order) || 0);
  return Math.max(0, ...orders) + 1;
}

async function main(): Promise<void> {
  // `npm run new`'s common options, and each kind's own (src/kinds/<collection>.ts, `scaffold.options`).
  const kindOptions: Record<string, { type: 'string' }> = Object.assign({}, ...collectionNames.map((name) => kinds[name].scaffold?.options ?? {}));
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      ...kindOptions,
      speaker: { type: 'string' },
      date: { type: 'string' },
      from: { type: 'string' },
      serves: { type: 'string', multiple: true },
      order: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const [kind, id] = positionals;
  const usages = Object.keys(entryKinds).map((name) => `  npm run new -- ${name} <id> ${scaffoldOf(name).usage}`);
  usages.push('  npm run new -- language <code> --name <label> [--locale <BCP 47>] [--dir ltr|rtl]');
  // Asked with nothing, it says what it can make; a kind without an id is a mistake to point out.
  if (!kind) {
    console.log(`npm run new makes the files of a new entry, or a new language:\n${usages.join('\n')}`);
    return;
  }
  if (!id) fail(`${kind} needs an id; usage:\n${usages.join('\n')}`);
  const root = process.cwd();
  if (kind === 'language') {
    const label = values.name ?? fail('a language needs --name <its name in itself>, e.g. --name Français');
    for (const file of await addLanguage(root, { code: id, label, locale: values.locale, dir: values.dir })) console.log(`wrote ${file}`);
    console.log(`\nThe site now builds in ${id}: its pages show the ${originalLang} UI strings and texts until they are translated.`);
    console.log(`Next: translate the values of src/i18n/${id}.json (remove each "[untranslated] " mark), add the site's name, tagline,`);
    console.log(`description and intro in ${id} to site.config.ts, translate entries into content/<collection>/${id}/,`);
    console.log('and run `npm run translations` to see what is left.');
    return;
  }
  const collection = Object.hasOwn(entryKinds, kind) ? entryKinds[kind] : undefined;
  // A kind whose entries are numbered items of a list (an `order` field) gets the next number.
  const numbered = collection !== undefined && 'order' in kinds[collection as keyof typeof kinds].schema.shape;
  const order = typeof values.order === 'string' ? orderOption(values.order) : collection && numbered ? nextOrder(root, collection) : undefined;
  const files = scaffold(kind, id, { ...values, order });
  for (const path of writeEntryFiles(root, files)) console.log(`created ${path}`);
  const remaining = checkContentDir(root).filter((d) => files.some((file) => file.path === d.file));
  if (remaining.length > 0) {
    console.log('\nStill to do in the new files (see docs/authoring.md):');
    for (const diagnostic of remaining) console.log(formatDiagnostic(diagnostic));
  }
  console.log('\nNext: replace each placeholder with the source\'s words (or their translation), delete its `{/* decide: … */}` note, then run `npm run check`.');
}

// Run only as a script, so tests can import `scaffold`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/').split('/').pop() ?? '')) {
  main().catch((error: unknown) => {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  });
}
