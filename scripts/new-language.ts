/**
 * `npm run new -- language <code> --name <label> [--locale <BCP 47>] [--dir ltr|rtl]`: adds a
 * language to the site. It declares the language in site.config.ts and copies the original
 * language's UI strings to src/i18n/<code>.json with every string marked untranslated
 * (src/i18n/untranslated.ts), so the site builds at once: the new language's pages show the original's
 * strings and, for every entry not yet translated, the original text with a notice.
 * `npm run translations` then lists what is left to translate.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markedUntranslated } from '../src/i18n/untranslated.ts';
import { fail } from '../src/kinds/types.ts';
import { siteConfigFile, siteProblems } from '../src/lib/define-site.ts';
import { LanguageSchema, type Language } from '../src/schemas/site.ts';

export interface NewLanguageOptions {
  code: string;
  label: string;
  locale?: string | undefined;
  dir?: string | undefined;
}

/** The declared language, validated, or an error naming the option to fix. */
export function languageEntry(options: NewLanguageOptions): Language {
  const result = LanguageSchema.safeParse({ code: options.code, locale: options.locale ?? options.code, label: options.label, dir: options.dir ?? 'ltr' });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const option = { code: '<code>', locale: '--locale', label: '--name', dir: '--dir' }[String(issue.path[0])] ?? String(issue.path[0]);
    fail(`${option} ${issue.message}`);
  }
  return result.data;
}

/** Finds the `]` that closes the `[` at `open`, skipping quoted strings and comments. */
function closingBracket(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index]!;
    if (char === '"' || char === "'" || char === '`') {
      for (index++; index < source.length && source[index] !== char; index++) if (source[index] === '\\') index++;
    } else if (char === '/' && source[index + 1] === '/') {
      index = source.indexOf('\n', index);
      if (index < 0) break;
    } else if (char === '/' && source[index + 1] === '*') {
      index = source.indexOf('*/', index) + 1;
      if (index <= 0) break;
    } else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
  }
  return -1;
}

/** site.config.ts's text with `language` added at the end of its `languages` list. */
export function withLanguage(source: string, language: Language): string {
  // The first `languages: [` that is not in a line comment.
  const start = [...source.matchAll(/\blanguages\s*:\s*\[/g)].find((match) => !source.slice(source.lastIndexOf('\n', match.index) + 1, match.index).includes('//'));
  if (!start) fail(`${siteConfigFile} has no \`languages: [ … ]\` list; add the language to it by hand: ${JSON.stringify(language)}`);
  const open = start.index + start[0].length - 1;
  const close = closingBracket(source, open);
  if (close < 0) fail(`${siteConfigFile}: the \`languages\` list is not closed; fix the file, then run this again`);
  const before = source.slice(0, close).replace(/\s*$/, '');
  const indent = /\n([ \t]*)[^\n]*$/.exec(before)?.[1] ?? '    ';
  const entry = `{ code: '${language.code}', locale: '${language.locale}', label: '${language.label.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}', dir: '${language.dir}' }`;
  const separator = before.endsWith('[') || before.endsWith(',') ? '' : ',';
  const closingIndent = /\n([ \t]*)$/.exec(source.slice(0, close))?.[1] ?? '  ';
  return `${before}${separator}\n${indent}${entry},\n${closingIndent}${source.slice(close)}`;
}

/** The site's declaration as the file at `path` states it now (a fresh import each time). */
async function declaration(path: string, moment: string): Promise<{ languages: Language[] } & Record<string, unknown>> {
  const url = `${pathToFileURL(path).href}?${moment}=${Date.now()}`;
  return ((await import(url)) as { default: { languages: Language[] } & Record<string, unknown> }).default;
}

/** Adds the language to the project at `root`; returns the files it wrote. */
export async function addLanguage(root: string, options: NewLanguageOptions): Promise<string[]> {
  const language = languageEntry(options);
  const configPath = join(root, siteConfigFile);
  // The declaration as it is now (validated as it loads).
  const site = await declaration(configPath, 'before');
  const original = site.languages.find((declared) => declared.original)!;
  const stringsPath = join(root, 'src', 'i18n', `${language.code}.json`);
  const writeStrings = () => {
    const originalStrings = JSON.parse(readFileSync(join(root, 'src', 'i18n', `${original.code}.json`), 'utf8')) as Record<string, string>;
    writeFileSync(stringsPath, `${JSON.stringify(markedUntranslated(originalStrings), null, 2)}\n`);
  };
  if (site.languages.some((declared) => declared.code === language.code)) {
    if (existsSync(stringsPath)) fail(`${language.code} is already a language of the site (${siteConfigFile}), with its UI strings in src/i18n/${language.code}.json`);
    // Declared by hand, or its strings lost: give it the original's, marked, and leave the declaration as it is.
    writeStrings();
    return [`src/i18n/${language.code}.json`];
  }
  const expected = [...site.languages, language];
  const problems = siteProblems({ ...site, languages: expected });
  if (problems.length > 0) fail(problems.join('\n'));
  if (existsSync(stringsPath)) fail(`src/i18n/${language.code}.json already exists; remove it, or declare the language in ${siteConfigFile} by hand`);
  const source = readFileSync(configPath, 'utf8');
  const changed = withLanguage(source, language);
  writeFileSync(configPath, changed);
  // Read back, so a file this could not edit cleanly is put back as it was rather than left broken.
  try {
    const reread = await declaration(configPath, 'after');
    if (JSON.stringify(reread.languages) !== JSON.stringify(expected)) throw new Error('its languages did not come out as intended');
  } catch (error) {
    writeFileSync(configPath, source);
    fail(`${siteConfigFile} could not be edited cleanly (${(error as Error).message}); it is unchanged: add ${JSON.stringify(language)} to its \`languages\` by hand`);
  }
  writeStrings();
  return [siteConfigFile, `src/i18n/${language.code}.json`];
}
