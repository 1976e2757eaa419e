/**
 * Translation status (src/lib/translation-status.ts, `npm run translations`): a translated ¶ is
 * outdated exactly when its original paragraph changed after its fingerprint was recorded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus, type SourceFile } from '../../scripts/check/corpus';
import { stampedQuestionsText, stampedText } from '../../scripts/translations/stamp';
import { outdatedParagraphs, paragraphFingerprint, paragraphStates, questionFingerprint, questionStates, translationStatus } from '../../src/lib/translation-status';
import { corpusWith, speech } from './check/mini-corpus';

/** The corpus as `npm run translations` reads it: unchecked. */
const readCorpus = (files: SourceFile[]) => buildCorpus(files, { treeRules: [] });

const cli = join(process.cwd(), 'scripts/translations/cli.ts');

describe('a paragraph fingerprint', () => {
  test('ignores how the text is wrapped and how its marks are encoded, not what it says', () => {
    const original = 'Phát triển kinh tế cửa khẩu.';
    expect(paragraphFingerprint(`  Phát triển kinh tế\n   cửa khẩu.  `)).toBe(paragraphFingerprint(original));
    expect(paragraphFingerprint(original.normalize('NFD'))).toBe(paragraphFingerprint(original));
    expect(paragraphFingerprint('Phát triển kinh tế cửa khẩu!')).not.toBe(paragraphFingerprint(original));
    expect(paragraphFingerprint(original)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('the ¶ a page marks as outdated', () => {
  const original = [
    { n: 1, text: 'Một.' },
    { n: 2, text: 'Hai, đã sửa.' },
    { n: 3, text: 'Ba.' },
  ];
  test('exactly those stamped with the fingerprint of an earlier text of their original', () => {
    const translation = [
      { n: 1, text: 'One.', source: paragraphFingerprint('Một.') },
      { n: 2, text: 'Two.', source: paragraphFingerprint('Hai.') },
      { n: 3, text: 'Three.' },
    ];
    expect(outdatedParagraphs(original, translation)).toEqual([2]);
    // Brought up to date (stamped again), it is no longer marked; unstamped or missing ¶ never are.
    expect(outdatedParagraphs(original, [{ ...translation[0]!, n: 1 }, { n: 2, text: 'Two.', source: paragraphFingerprint('Hai, đã sửa.') }])).toEqual([]);
  });
});

describe('paragraph states', () => {
  const original = [
    { n: 1, text: 'Một.' },
    { n: 2, text: 'Hai.' },
    { n: 3, text: 'Ba.' },
    { n: 4, text: 'Bốn.' },
  ];
  test('current, outdated, unchecked and missing, in the original order', () => {
    const translation = [
      { n: 1, text: 'One.', source: paragraphFingerprint('Một.') },
      { n: 2, text: 'Two.', source: paragraphFingerprint('Hai, trước khi sửa.') },
      { n: 3, text: 'Three.' },
    ];
    expect(paragraphStates(original, translation)).toEqual([
      { n: 1, state: 'current' },
      { n: 2, state: 'outdated' },
      { n: 3, state: 'unchecked' },
      { n: 4, state: 'missing' },
    ]);
  });
});

describe('the status of a corpus', () => {
  test('lists an entry with no translation as missing, and a translation with every ¶ current as complete', () => {
    const entries = [
      { collection: 'speeches', lang: 'vi', id: 'a', paragraphs: [{ n: 1, text: 'Một.' }] },
      { collection: 'speeches', lang: 'en', id: 'a', paragraphs: [{ n: 1, text: 'One.', source: paragraphFingerprint('Một.') }] },
      { collection: 'speeches', lang: 'vi', id: 'b', paragraphs: [{ n: 1, text: 'Hai.' }] },
    ];
    expect(translationStatus(entries, 'vi', ['vi', 'en', 'fr'])).toEqual([
      { collection: 'speeches', id: 'a', lang: 'en', state: 'complete', paragraphs: [], paragraphCount: 1, questions: [] },
      { collection: 'speeches', id: 'b', lang: 'en', state: 'missing', paragraphs: [], paragraphCount: 1, questions: [] },
      { collection: 'speeches', id: 'a', lang: 'fr', state: 'missing', paragraphs: [], paragraphCount: 1, questions: [] },
      { collection: 'speeches', id: 'b', lang: 'fr', state: 'missing', paragraphs: [], paragraphCount: 1, questions: [] },
    ]);
  });

  test('a translation whose ¶ are current is behind while a self-check question is outdated or unchecked', () => {
    const question = { question: 'Hỏi?', answer: 'Đáp.' };
    const entries = [
      { collection: 'orientations', lang: 'vi', id: 'a', paragraphs: [], questions: [question, { question: 'Hai?', answer: 'Hai.' }] },
      { collection: 'orientations', lang: 'en', id: 'a', paragraphs: [], questions: [{ question: 'Q?', answer: 'A.', source: questionFingerprint({ question: 'Hỏi cũ?', answer: 'Đáp.' }) }, { question: 'Two?', answer: 'Two.' }] },
    ];
    expect(translationStatus(entries, 'vi', ['vi', 'en'])).toEqual([
      { collection: 'orientations', id: 'a', lang: 'en', state: 'behind', paragraphs: [], paragraphCount: 0, questions: [{ n: 1, state: 'outdated' }, { n: 2, state: 'unchecked' }] },
    ]);
  });
});

describe('self-check questions of a translation', () => {
  const original = [
    { question: 'Một?', answer: 'Một.' },
    { question: 'Hai?', answer: 'Hai.' },
    { question: 'Ba?', answer: 'Ba.' },
  ];

  test('current, outdated (question or answer changed), unchecked and missing, numbered from 1', () => {
    const translation = [
      { question: 'One?', answer: 'One.', source: questionFingerprint(original[0]!) },
      { question: 'Two?', answer: 'Two.', source: questionFingerprint({ question: 'Hai?', answer: 'Hai, trước khi sửa.' }) },
      { question: 'Three?', answer: 'Three.' },
    ];
    expect(questionStates([...original, { question: 'Bốn?', answer: 'Bốn.' }], translation)).toEqual([
      { n: 1, state: 'current' },
      { n: 2, state: 'outdated' },
      { n: 3, state: 'unchecked' },
      { n: 4, state: 'missing' },
    ]);
  });

  test('stamping records a quoted fingerprint after each question’s `at`, replaces an old one, and changes nothing else', () => {
    const withQuestions = (text: string, extra = '') =>
      text.replace(/(summary: "[^"]*"\n)/, `$1selfCheck:\n  - question: "Q?"\n    answer: "A."\n    at: p2\n${extra}`);
    const viText = withQuestions(corpusWith().find((file) => file.path === 'content/speeches/vi/talk.mdx')!.text);
    const enText = withQuestions(corpusWith().find((file) => file.path === 'content/speeches/en/talk.mdx')!.text);
    const corpus = readCorpus(corpusWith({ 'content/speeches/vi/talk.mdx': viText, 'content/speeches/en/talk.mdx': enText }));
    const original = corpus.find('speeches', 'vi', 'talk')!;
    const fingerprint = questionFingerprint(original.questions[0]!);
    const { text, stamped } = stampedQuestionsText(enText, corpus.find('speeches', 'en', 'talk')!, original);
    expect(stamped).toEqual([1]);
    expect(text).toBe(enText.replace('    at: p2\n', `    at: p2\n    source: "${fingerprint}"\n`));
    const again = readCorpus(corpusWith({ 'content/speeches/vi/talk.mdx': viText, 'content/speeches/en/talk.mdx': text })).find('speeches', 'en', 'talk')!;
    expect(questionStates(original.questions, again.questions)).toEqual([{ n: 1, state: 'current' }]);

    const old = enText.replace('    at: p2\n', '    at: p2\n    source: "00000000"\n');
    const withOld = readCorpus(corpusWith({ 'content/speeches/vi/talk.mdx': viText, 'content/speeches/en/talk.mdx': old })).find('speeches', 'en', 'talk')!;
    expect(stampedQuestionsText(old, withOld, original, 1).text).toBe(old.replace('"00000000"', `"${fingerprint}"`));
  });
});

describe('stamping a translation', () => {
  const corpus = readCorpus(corpusWith());
  const translation = corpus.find('speeches', 'en', 'talk')!;
  const original = corpus.find('speeches', 'vi', 'talk')!;
  const fileText = corpusWith().find((file) => file.path === translation.path)!.text;

  test('records the original fingerprint on every <Para> and changes nothing else', () => {
    const { text, stamped } = stampedText(fileText, translation, original);
    expect(stamped).toEqual([1, 2]);
    const fingerprints = original.paragraphs.map((paragraph) => paragraphFingerprint(paragraph.text));
    expect(text).toBe(fileText.replace('<Para n={1}>', `<Para n={1} source="${fingerprints[0]}">`).replace('<Para n={2}>', `<Para n={2} source="${fingerprints[1]}">`));
    // Read again, every ¶ is current.
    const again = readCorpus(corpusWith({ [translation.path]: text })).find('speeches', 'en', 'talk')!;
    expect(paragraphStates(original.paragraphs, again.paragraphs).map((paragraph) => paragraph.state)).toEqual(['current', 'current']);
  });

  test('replaces an old fingerprint, on one ¶ alone when asked', () => {
    const old = fileText.replace('<Para n={2}>', '<Para n={2} source="00000000">');
    const withOld = readCorpus(corpusWith({ [translation.path]: old })).find('speeches', 'en', 'talk')!;
    const { text, stamped } = stampedText(old, withOld, original, 2);
    expect(stamped).toEqual([2]);
    expect(text).toBe(old.replace('source="00000000"', `source="${paragraphFingerprint(original.paragraphs[1]!.text)}"`));
  });
});

// Each case runs the CLI a few times in Node processes of its own: a ceiling, not a timing.
describe('npm run translations', { timeout: 60_000 }, () => {
  /** A content folder of the mini corpus in a temp folder, where the CLI runs. */
  function contentFolder(changes: Record<string, string | null> = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'translations-'));
    for (const file of corpusWith(changes)) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }
    return root;
  }
  const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

  test('reports unchecked ¶, records fingerprints, then reports an edited original ¶ as outdated, and exits 0 throughout', () => {
    const root = contentFolder();
    try {
      const first = run(root);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('speeches/talk: 2 of 2 ¶ not current: unchecked ¶1, ¶2');

      expect(run(root, '--stamp', 'en/speeches/talk').stdout).toContain('content/speeches/en/talk.mdx: recorded the original\'s fingerprint on 2 ¶');
      expect(run(root).stdout).not.toContain('speeches/talk');

      const vi = join(root, 'content/speeches/vi/talk.mdx');
      writeFileSync(vi, readFileSync(vi, 'utf8').replace('Đoạn một.', 'Đoạn một, đã sửa.'));
      const after = run(root);
      expect(after.status).toBe(0);
      expect(after.stdout).toContain('speeches/talk: 1 of 2 ¶ not current: outdated ¶1');

      const json = JSON.parse(run(root, '--json').stdout) as { entries: { id: string; collection: string; paragraphs: unknown[] }[] };
      expect(json.entries.find((entry) => entry.collection === 'speeches' && entry.id === 'talk')?.paragraphs).toEqual([{ n: 1, state: 'outdated' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('exits 1, naming the file, when a body does not parse', () => {
    const root = contentFolder({ 'content/speeches/en/talk.mdx': speech('en', '<Para n={3}>open').replace('</Para>\n`', '`') });
    try {
      const result = run(root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('content/speeches/en/talk.mdx: the MDX does not parse');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('refuses to stamp what is not a translation', () => {
    const root = contentFolder();
    try {
      const result = run(root, '--stamp', 'vi/speeches/talk');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('--stamp needs a translation as <lang>/<collection>/<id>[#p<n>|#q<n>]');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

