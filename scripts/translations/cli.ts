/**
 * `npm run translations`: for each language other than the original, which entries have no
 * translation yet and, in those that have one, which ¶ are missing, outdated (their original
 * paragraph changed since they were translated) or unchecked (no fingerprint recorded), and which
 * UI strings of src/i18n/<lang>.json are still marked untranslated. See src/lib/translation-status.ts
 * and src/i18n/untranslated.ts.
 *
 *   npm run translations                                  the report
 *   npm run translations -- --json                        the same, as JSON, for tools
 *   npm run translations -- --stamp en/speeches/<id>      record that every ¶ of this translation
 *                                                         translates the original as it is now
 *   npm run translations -- --stamp en/speeches/<id>#p7   the same for ¶7 alone
 *   npm run translations -- --stamp en/speeches/<id>#q2   the same for self-check question 2 alone
 *                                                         (without #…, every ¶ and every question)
 *
 * Exits 0 whatever is missing or outdated (that is work to do, not an error); 1 when the content
 * cannot be read (an MDX body that does not parse: `npm run check` explains it) or `--stamp` names
 * no translation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, originalLang, translationLangs } from '../../src/lib/languages.ts';
import { translationStatus, type EntryTranslationStatus } from '../../src/lib/translation-status.ts';
import { untranslatedKeys } from '../../src/i18n/untranslated.ts';
import { readContentDir } from '../check/index.ts';
import { stampedQuestionsText, stampedText } from './stamp.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const corpus = readContentDir(root);

const unreadable = corpus.entries.filter((entry) => !entry.parsed);
if (unreadable.length > 0) {
  for (const entry of unreadable) console.error(`${entry.path}: the MDX does not parse; run \`npm run check\` for where and how to fix it`);
  process.exit(1);
}

const stampIndex = args.indexOf('--stamp');
if (stampIndex >= 0) {
  const target = args[stampIndex + 1] ?? '';
  // A language code may hold digits (`es-419`: LanguageCodeSchema); a collection name does not.
  const match = /^([a-z0-9-]+)\/([a-z-]+)\/([a-z0-9-]+)(?:#p(\d+)|#q(\d+))?$/.exec(target);
  const translation = match ? corpus.find(match[2]!, match[1]!, match[3]!) : undefined;
  const original = match ? corpus.find(match[2]!, originalLang, match[3]!) : undefined;
  if (!match || !translation || !original || match[1] === originalLang) {
    console.error(`--stamp needs a translation as <lang>/<collection>/<id>[#p<n>|#q<n>], e.g. en/speeches/<id>#p7, in a language other than ${originalLang} (got \`${target}\`)`);
    process.exit(1);
  }
  const [paragraph, question] = [match[4], match[5]].map((n) => (n === undefined ? undefined : Number(n)));
  const file = join(root, translation.path);
  const before = readFileSync(file, 'utf8');
  // ¶ first (the body), then questions (the front matter, whose positions the ¶ edits do not move).
  const paragraphs = question === undefined ? stampedText(before, translation, original, paragraph) : { text: before, stamped: [] };
  const questions = paragraph === undefined ? stampedQuestionsText(paragraphs.text, translation, original, question) : { text: paragraphs.text, stamped: [] };
  if (paragraphs.stamped.length + questions.stamped.length === 0) {
    console.error(`${translation.path}: no ${question !== undefined ? `question ${question}` : `¶${paragraph ?? ''}`} with an original to record`);
    process.exit(1);
  }
  writeFileSync(file, questions.text);
  const what = [
    paragraphs.stamped.length === 1 ? `¶${paragraphs.stamped[0]}` : paragraphs.stamped.length > 1 ? `${paragraphs.stamped.length} ¶` : '',
    questions.stamped.length === 1 ? `question ${questions.stamped[0]}` : questions.stamped.length > 1 ? `${questions.stamped.length} questions` : '',
  ].filter(Boolean);
  console.log(`${translation.path}: recorded the original's fingerprint on ${what.join(' and ')}`);
  process.exit(0);
}

const statuses = translationStatus(corpus.entries, originalLang, languages);
const translations = translationLangs;

/** The UI strings of a language still marked untranslated, by key; undefined when it has no file yet. */
function untranslatedStrings(lang: string): { file: string; keys: string[]; total: number } | undefined {
  const file = `src/i18n/${lang}.json`;
  try {
    const strings = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
    return { file, keys: untranslatedKeys(strings), total: Object.keys(strings).length };
  } catch {
    return undefined;
  }
}

if (args.includes('--json')) {
  const ui = Object.fromEntries(translations.map((lang) => [lang, untranslatedStrings(lang) ?? null]));
  console.log(JSON.stringify({ original: originalLang, entries: statuses, ui }, null, 2));
  process.exit(0);
}

const list = (items: EntryTranslationStatus['paragraphs'], state: string) => {
  const numbers = items.filter((item) => item.state === state).map((item) => `¶${item.n}`);
  return numbers.length === 0 ? [] : [`${state} ${numbers.join(', ')}`];
};
console.log(`Translation status (original language: ${originalLang})`);
for (const lang of translations) {
  const mine = statuses.filter((status) => status.lang === lang);
  const complete = mine.filter((status) => status.state === 'complete').length;
  console.log(`\n${lang}: ${complete} of ${mine.length} entries complete`);
  const ui = untranslatedStrings(lang);
  if (!ui) console.log(`  UI strings: src/i18n/${lang}.json is missing (npm run new -- language ${lang} --name <label> creates it)`);
  else if (ui.keys.length > 0) console.log(`  UI strings: ${ui.keys.length} of ${ui.total} still marked untranslated in ${ui.file}: ${ui.keys.slice(0, 5).join(', ')}${ui.keys.length > 5 ? ', …' : ''}`);
  for (const status of mine.filter((candidate) => candidate.state !== 'complete')) {
    const where = `${status.collection}/${status.id}`;
    if (status.state === 'missing') {
      console.log(`  ${where}: not translated (content/${status.collection}/${lang}/${status.id}.mdx)`);
      continue;
    }
    if (status.paragraphs.length > 0) {
      const parts = [...list(status.paragraphs, 'missing'), ...list(status.paragraphs, 'outdated'), ...list(status.paragraphs, 'unchecked')];
      console.log(`  ${where}: ${status.paragraphs.length} of ${status.paragraphCount} ¶ not current: ${parts.join('; ')}`);
    }
    if (status.questions.length > 0) {
      const byState = (state: string) => {
        const numbers = status.questions.filter((item) => item.state === state).map((item) => item.n);
        return numbers.length === 0 ? [] : [`${state} ${numbers.join(', ')}`];
      };
      console.log(`  ${where}: self-check questions not current: ${[...byState('missing'), ...byState('outdated'), ...byState('unchecked')].join('; ')}`);
    }
  }
}
