/**
 * An assignment rides in a reading list's address beside its items:
 * `#items=…&assignment=1.<base64url of the deflated JSON>`, so the link is the assignment, with no
 * server, and works from disk. The leading number is the format's version: a link keeps the version
 * it was written in, and a later format adds a number without breaking the links already sent.
 * An address is anyone's text, so reading it is bounded at every step (the address, the inflated
 * bytes, each field) and whatever cannot be read is left out and named, never run or shown as HTML.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { applyDatePattern } from './date-patterns.ts';

/** What a teacher adds to a reading list. Every field may be empty. */
export interface Assignment {
  title: string;
  instructions: string;
  /** Discussion questions, in the order the teacher set. */
  questions: string[];
  /** The due date as a calendar day, `YYYY-MM-DD`, or '' for none. */
  due: string;
}

/** The format version this code writes; it reads every version in `readers`. */
export const assignmentVersion = 1;

/** The longest each part may be, in characters (the editor's `maxlength`s are the same). */
export const assignmentLimits = {
  title: 200,
  instructions: 2000,
  questions: 20,
  question: 500,
  /** The encoded part of the address: past this, it is not even decoded. */
  encoded: 8000,
  /** The inflated JSON, in bytes: a small address that inflates past this is refused, not inflated further. */
  inflated: 32_768,
} as const;

/** An empty assignment: a reading list that is only a list. */
export const noAssignment: Assignment = {
  title: '',
  instructions: '',
  questions: [],
  due: '',
};

/** Why an assignment, or a part of it, was left out of what the page shows. */
export type AssignmentProblem =
  | { kind: 'too-long' }
  | { kind: 'unreadable' }
  | { kind: 'newer-version'; version: string }
  | { kind: 'field'; field: 'title' | 'instructions' | 'questions' | 'due' };

/** The assignment an address holds, and what was left out of it. */
export interface ReadAssignment {
  assignment: Assignment;
  problems: AssignmentProblem[];
}

/** Whether the assignment says anything (an empty one is not written into the address). */
export function hasAssignment(assignment: Assignment): boolean {
  return assignment.title !== '' || assignment.instructions !== '' || assignment.questions.length > 0 || assignment.due !== '';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or undefined when it is not one. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/**
 * Inflates at most `limit` bytes, feeding the compressed bytes in small steps so that a hostile
 * payload (deflate packs a thousand bytes into one) is stopped just past the limit, not after.
 */
function boundedInflate(bytes: Uint8Array, limit: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let overLimit = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) overLimit = true;
    else chunks.push(chunk);
  });
  const step = 32;
  try {
    for (let start = 0; start < bytes.length && !overLimit; start += step) {
      inflater.push(bytes.subarray(start, start + step), start + step >= bytes.length);
    }
  } catch {
    return undefined;
  }
  if (overLimit) return undefined;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A calendar day that exists, `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The written fields of a version-1 payload, each kept only when it has the right shape and size. */
function readVersion1(json: unknown, problems: AssignmentProblem[]): Assignment {
  const fields = (json && typeof json === 'object' && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  const text = (value: unknown, limit: number, field: 'title' | 'instructions'): string => {
    if (value === undefined) return '';
    if (typeof value === 'string' && value.length <= limit) return value;
    problems.push({ kind: 'field', field });
    return '';
  };
  const assignment: Assignment = {
    title: text(fields.t, assignmentLimits.title, 'title'),
    instructions: text(fields.i, assignmentLimits.instructions, 'instructions'),
    questions: [],
    due: '',
  };
  if (fields.q !== undefined) {
    const questions = Array.isArray(fields.q) ? fields.q : [];
    const good = questions.filter(
      (question): question is string => typeof question === 'string' && question.length <= assignmentLimits.question && question.trim() !== '',
    );
    assignment.questions = good.slice(0, assignmentLimits.questions);
    if (!Array.isArray(fields.q) || good.length !== questions.length || good.length > assignmentLimits.questions)
      problems.push({ kind: 'field', field: 'questions' });
  }
  if (fields.d !== undefined) {
    if (typeof fields.d === 'string' && isCalendarDay(fields.d)) assignment.due = fields.d;
    else problems.push({ kind: 'field', field: 'due' });
  }
  return assignment;
}

/** The readers of each format version this code knows; an older link is read by its own version's reader. */
const readers: Record<string, (json: unknown, problems: AssignmentProblem[]) => Assignment> = { '1': readVersion1 };

/**
 * Reads an assignment part (`1.<base64url>`): an unreadable or oversized one is left out whole, a
 * field of the wrong shape or size alone, each with the problem named for the page's notice.
 */
export function readAssignment(part: string | undefined): ReadAssignment {
  const problems: AssignmentProblem[] = [];
  const none = () => ({
    assignment: { ...noAssignment, questions: [] },
    problems,
  });
  if (part === undefined || part === '') return none();
  if (part.length > assignmentLimits.encoded) {
    problems.push({ kind: 'too-long' });
    return none();
  }
  const match = /^(\d{1,4})\.(.*)$/s.exec(part);
  if (!match) {
    problems.push({ kind: 'unreadable' });
    return none();
  }
  const reader = readers[match[1]!];
  if (!reader) {
    problems.push({ kind: 'newer-version', version: match[1]! });
    return none();
  }
  const bytes = fromBase64Url(match[2]!);
  const inflated = bytes && boundedInflate(bytes, assignmentLimits.inflated);
  let json: unknown;
  try {
    if (!inflated) throw new Error('unreadable');
    json = JSON.parse(strFromU8(inflated));
  } catch {
    problems.push({ kind: 'unreadable' });
    return none();
  }
  return { assignment: reader(json, problems), problems };
}

/** An assignment cut to the limits a reader applies, so what is written is what will be read. */
export function withinLimits(assignment: Assignment): Assignment {
  return {
    title: assignment.title.slice(0, assignmentLimits.title),
    instructions: assignment.instructions.slice(0, assignmentLimits.instructions),
    questions: assignment.questions
      .map((question) => question.slice(0, assignmentLimits.question))
      .filter((question) => question.trim() !== '')
      .slice(0, assignmentLimits.questions),
    due: isCalendarDay(assignment.due) ? assignment.due : '',
  };
}

/** The assignment part of an address (`1.<base64url>`), or '' for an empty assignment. */
export function encodeAssignment(assignment: Assignment): string {
  const kept = withinLimits(assignment);
  if (!hasAssignment(kept)) return '';
  // Short keys and no empty fields: every byte saved is a smaller QR code on the worksheet.
  const json: Record<string, unknown> = {};
  if (kept.title) json.t = kept.title;
  if (kept.instructions) json.i = kept.instructions;
  if (kept.questions.length > 0) json.q = kept.questions;
  if (kept.due) json.d = kept.due;
  return `${assignmentVersion}.${toBase64Url(deflateSync(strToU8(JSON.stringify(json)), { level: 9 }))}`;
}

/**
 * A due date as the page's language writes it: its declared pattern (site.config.ts
 * `languages[].dates.long`), else its locale's long date.
 */
export function formatDueDate(due: string, pattern: string | undefined, locale: string): string {
  const date = new Date(`${due}T00:00:00Z`);
  return pattern
    ? applyDatePattern(date, pattern)
    : new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
}
