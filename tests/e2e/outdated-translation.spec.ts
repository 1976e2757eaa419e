/**
 * The real build marks exactly the translated ¶ that `npm run translations` calls outdated (today
 * none), read from the built pages. What the notice says and does is the engine's, tested on the
 * fixture site, which has an outdated ¶ (tests/engine/outdated-translation.spec.ts).
 */
import { readContentDir } from '../../scripts/check/index';
import { languages, originalLang } from '../../src/lib/languages';
import { translationStatus } from '../../src/lib/translation-status';
import { builtDocument } from '../support/built-pages';
import { expect, test } from './fixtures';

test('the real build marks exactly the ¶ npm run translations calls outdated', () => {
  const statuses = translationStatus(readContentDir(process.cwd()).entries, originalLang, languages).filter((entry) => entry.collection === 'speeches' && entry.state !== 'missing');
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) {
    const outdated = status.paragraphs.filter((paragraph) => paragraph.state === 'outdated').map((paragraph) => `p${paragraph.n}`);
    const marked = [...builtDocument(`${status.lang}/speeches/${status.id}`).querySelectorAll('.para[data-outdated]')].map((para) => para.id);
    expect(marked, `${status.lang}/speeches/${status.id}`).toEqual(outdated);
  }
});
