/**
 * The benchmark's synthetic corpus passes the content check beside the real corpus: a rule the
 * corpus generator does not follow would stop `npm run bench:site` at its first build, and nothing
 * else runs the generator. It also holds what the benchmark relies on: every kind of text it
 * writes, several speakers and years, a vocabulary that does not repeat a few sentences, and no
 * real person named as a speaker.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { corpusShape, writeSyntheticCorpus } from '../../scripts/bench/corpus';
import { formatDiagnostic } from '../../scripts/check/diagnostic';
import { checkContentDir } from '../../scripts/check/index';

const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const speeches = 60;
cpSync('content', join(root, 'content'), { recursive: true });
const realPeople = new Set(readdirSync('content/people/vi').map((file) => file.replace(/\.mdx$/, '')));
const shape = writeSyntheticCorpus(join(root, 'content'), speeches);
const benchFiles = (collection: string, lang: string) =>
  readdirSync(join(root, 'content', collection, lang))
    .filter((file) => file.startsWith('bench-'))
    .map((file) => readFileSync(join(root, 'content', collection, lang, file), 'utf8'));

test('the synthetic corpus passes the content check beside the real one', () => {
  const errors = checkContentDir(root).filter((diagnostic) => diagnostic.severity === 'error');
  expect(errors.map(formatDiagnostic)).toEqual([]);
});

test('it writes what corpusShape says, in both languages, with resolutions among the speeches', () => {
  expect(shape).toEqual(corpusShape(speeches));
  expect(shape.resolutions).toBeGreaterThan(0);
  for (const lang of ['vi', 'en']) {
    expect(benchFiles('speeches', lang)).toHaveLength(shape.speeches);
    expect(benchFiles('resolutions', lang)).toHaveLength(shape.resolutions);
    expect(benchFiles('people', lang)).toHaveLength(shape.people);
    expect(benchFiles('events', lang)).toHaveLength(shape.events);
  }
});

test('speeches come from several invented speakers, years and formats, never from a real person', () => {
  const texts = benchFiles('speeches', 'vi');
  const field = (name: string) => new Set(texts.map((text) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)![1]!));
  const speakers = [...field('speakers')].map((list) => list.replace(/[[\]]/g, ''));
  expect(speakers.length).toBeGreaterThan(1);
  for (const speaker of speakers) expect(realPeople.has(speaker)).toBe(false);
  expect(new Set([...field('date')].map((date) => date.slice(0, 4))).size).toBeGreaterThan(3);
  expect(field('format')).toEqual(new Set(['speech', 'interview', 'speech-report']));
  for (const person of benchFiles('people', 'vi')) expect(person).toMatch(/hư cấu/);
});

test('the vocabulary is not a few sentences repeated', () => {
  const sentences = benchFiles('speeches', 'vi')
    .flatMap((text) => text.split('\n---\n')[1]!.split(/(?<=\.)\s+/))
    .map((sentence) => sentence.replace(/<[^>]+>/g, '').trim())
    .filter((sentence) => sentence.length > 20);
  const distinct = new Set(sentences);
  // Most sentences are written once; the few that repeat are the lines around a cross-reference.
  expect(distinct.size / sentences.length).toBeGreaterThan(0.8);
  const syllables = new Set(sentences.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  expect(syllables.size).toBeGreaterThan(400);
});
