import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedSpec {
  file: string;
  page: string;
  stripPrefix: string;
  cutAt: string | null;
  notBody: string[];
  title: string | null;
}

const seedsDir = join(process.cwd(), 'tests/fixtures/seeds');

export const seedSpecs: SeedSpec[] = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')).seeds;

/** The body paragraphs of a seed: its lines less chrome, captions and the trailing article list. */
export function seedBodyParagraphs(spec: SeedSpec): string[] {
  let text = readFileSync(join(seedsDir, spec.file), 'utf8');
  if (spec.stripPrefix && text.startsWith(spec.stripPrefix)) text = text.slice(spec.stripPrefix.length);
  const lines = text.split('\n').map((line) => line.trim());
  const end = spec.cutAt === null ? lines.length : lines.indexOf(spec.cutAt);
  if (end < 0) throw new Error(`${spec.file}: the cut line "${spec.cutAt}" is not in the seed`);
  const notBody = new Set(spec.notBody);
  return lines.slice(0, end).filter((line) => line !== '' && !notBody.has(line));
}

/** Splits a paragraph into sentences at . ? ! followed by a space. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.?!…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Compares text with spacing and quote style set aside, as the body must be verbatim otherwise. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
