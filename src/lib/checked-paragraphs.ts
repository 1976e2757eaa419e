/**
 * The numbered paragraphs of every body, handed from the content check to the site build. The check
 * parses every body anyway (scripts/check/corpus.ts), beside `astro build` on the second core, and
 * is done long before Astro generates its first page. `npm run build` has it write what it found
 * into a file, and the pages read it instead of parsing every speech again on Astro's one thread (a
 * second of it at a thousand speeches).
 *
 * Each list is keyed by a hash of its body, so a body that is not the one the check read (edited
 * since, or read otherwise) is simply parsed again: the file can make a build faster, never
 * different. Without the file (`astro dev`, `astro build` alone, a check still running) every body
 * is parsed. This module imports nothing of the site's bundle, so the check loads it as it is.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildData, buildDataVariables } from '../build/build-data.ts';
import type { SpeechParagraph } from './speech-paragraphs.ts';

/** The environment variable through which `npm run build` tells the pages where the file is (src/build/build-data.ts). */
export const checkedParagraphsVariable = buildDataVariables.checkedParagraphs;

/** Bumped when the shape of a paragraph changes, so an older file is not read as a newer one. */
const formatVersion = 2;

/**
 * A paragraph as the pages use it. Without its position: the check's is in the body as it follows
 * the front matter, Astro's entry body is trimmed, and no page shows one.
 */
export type CheckedParagraph = Omit<SpeechParagraph, 'position'>;

interface CheckedParagraphsFile {
  version: number;
  bodies: [key: string, paragraphs: CheckedParagraph[]][];
}

/** What a body's paragraphs are filed under: a hash of the body as Astro keeps it (trimmed). */
export function bodyKey(body: string): string {
  return createHash('sha256').update(body.trim()).digest('base64url');
}

/**
 * Writes the file. It appears whole or not at all (written aside, then renamed), as the build may
 * look for it while it is being written. Written a body at a time: the whole file as one string
 * took the check 160 MB more at three thousand speeches, at the build's highest point.
 */
export function writeCheckedParagraphs(file: string, bodies: Iterable<{ body: string; paragraphs: SpeechParagraph[] }>): void {
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    // The same JSON as CheckedParagraphsFile stringified: a version, then the bodies. (writeFileSync
    // on a descriptor writes all of each piece, where writeSync may write part of it.)
    writeFileSync(fd, `{"version":${formatVersion},"bodies":[`);
    let separator = '';
    for (const { body, paragraphs } of bodies) {
      const filed: [string, CheckedParagraph[]] = [bodyKey(body), paragraphs.map(({ position: _position, ...paragraph }) => paragraph)];
      writeFileSync(fd, separator + JSON.stringify(filed));
      separator = ',';
    }
    writeFileSync(fd, ']}');
  } catch (error) {
    closeSync(fd);
    rmSync(aside, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(aside, file);
}

/** What this build's check handed over (read once), or undefined when nothing was. */
let handedOver: Map<string, CheckedParagraph[]> | undefined | null = null;

/**
 * The paragraphs the content check found in `body`, when `npm run build` ran it and the body is the
 * one it read; undefined otherwise (then the body is to be parsed).
 */
export function checkedParagraphsOf(body: string): CheckedParagraph[] | undefined {
  if (handedOver === null) {
    const file = buildData().checkedParagraphsFile;
    handedOver = file ? readCheckedParagraphs(file) : undefined;
  }
  return handedOver?.get(bodyKey(body));
}

/** The paragraphs in the file by body key; undefined when there is no file, or none of this format. */
export function readCheckedParagraphs(file: string): Map<string, CheckedParagraph[]> | undefined {
  let contents: CheckedParagraphsFile;
  try {
    contents = JSON.parse(readFileSync(file, 'utf8')) as CheckedParagraphsFile;
  } catch {
    return undefined;
  }
  return contents.version === formatVersion ? new Map(contents.bodies) : undefined;
}
