/**
 * What a content file's text must be, shared by the content check and the content loaders (so the
 * dev server and the build refuse what the check refuses): UTF-8, no control characters other than
 * tab and line ends, no bidirectional overrides or isolates (they make text display other than it
 * reads), and composed Unicode (NFC), which the glossary links and search match.
 */

import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One problem in a file's text, at a 1-based line and column (in code points). */
export interface TextProblem {
  line: number;
  column: number;
  message: string;
}

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;

/** The message for a byte that is not UTF-8. */
export const notUtf8Message = 'this byte is not UTF-8 (the file was saved in another encoding, such as Latin-1 or Windows-1258); save the file as UTF-8';

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text of UTF-8 bytes (TextDecoder drops a leading byte-order mark, what Notepad writes: it is
 * harmless) and the 1-based line and column of the first byte that is not UTF-8, if any; then the
 * text has U+FFFD for the bad bytes. A file that is UTF-8 is decoded once.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; notUtf8: { line: number; column: number } | undefined } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notUtf8: undefined };
  } catch {
    // Every byte before the first bad one decodes as itself, so its place in the lossy text is its place in the file.
    const text = new TextDecoder('utf-8').decode(bytes);
    const lines = text.slice(0, text.indexOf('\uFFFD')).split('\n');
    return { text, notUtf8: { line: lines.length, column: [...lines.at(-1)!].length + 1 } };
  }
}

/** The column (1-based, in code points) where a line stops being NFC: the base letter of the first decomposed character. */
function firstDecomposedColumn(characters: string[]): number {
  for (let end = 1; end <= characters.length; end++) {
    const prefix = characters.slice(0, end).join('');
    if (prefix.normalize('NFC') !== prefix) {
      let column = Math.max(1, end - 1);
      while (column > 1 && /\p{M}/u.test(characters[column - 1]!)) column--;
      return column;
    }
  }
  return 1;
}

/** The first problem of each kind in a text (a leading byte-order mark already removed). */
export function textProblems(text: string): TextProblem[] {
  // Nearly every file has none: three passes over the whole text tell it much faster than the scan
  // below, a character at a time, which only says where (docs/performance.md).
  if (!controlCharacter.test(text) && !bidiControl.test(text) && text.normalize('NFC') === text) return [];
  const problems: TextProblem[] = [];
  let control = false;
  let bidi = false;
  let decomposed = false;
  text.split('\n').forEach((line, index) => {
    const characters = [...line];
    characters.forEach((character, column) => {
      const at = { line: index + 1, column: column + 1 };
      if (!control && controlCharacter.test(character)) {
        control = true;
        problems.push({ ...at, message: `an invisible control character (${codePoint(character)}) is in the text; delete it (retype the words around it if unsure)` });
      }
      if (!bidi && bidiControl.test(character)) {
        bidi = true;
        problems.push({ ...at, message: `a bidirectional control character (${codePoint(character)}) is in the text: it makes the text display differently from what it says; delete it` });
      }
    });
    if (!decomposed && line.normalize('NFC') !== line) {
      decomposed = true;
      problems.push({
        line: index + 1,
        column: firstDecomposedColumn(characters),
        message: 'the text is in decomposed Unicode (NFD: a letter followed by separate accent marks), which search and the glossary links do not match; convert the file to composed Unicode (NFC), e.g. retype the word or use your editor\'s "normalize to NFC"',
      });
    }
  });
  return problems;
}

/** Every problem of a file's bytes, in file order: where it is not UTF-8, else what its text holds. */
export function fileTextProblems(bytes: Uint8Array): TextProblem[] {
  const { text, notUtf8 } = decodeUtf8(bytes);
  return notUtf8 ? [{ ...notUtf8, message: notUtf8Message }] : textProblems(text);
}

/**
 * Every text problem of the `.mdx` files below `dir`, as `path:line:column  message` lines (paths
 * as given, joined to `dir`); a file that cannot be read is one line too, never a thrown error.
 */
export function contentTextProblems(dir: string): string[] {
  const lines: string[] = [];
  const visitDir = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      lines.push(`${folder}:1:1  cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      try {
        const stat = statSync(path);
        // A link to a folder is not followed: it could lead back up, round and round.
        if (stat.isDirectory()) {
          if (!lstatSync(path).isSymbolicLink()) visitDir(path);
        }
        else if (name.endsWith('.mdx')) lines.push(...fileTextProblems(readFileSync(path)).map((p) => `${path}:${p.line}:${p.column}  ${p.message}`));
      } catch (error) {
        lines.push(`${path}:1:1  cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); run npm run check for what to do`);
      }
    }
  };
  visitDir(dir);
  return lines;
}

/** Throws, naming file:line:column, when the file at `path` holds text the check refuses. */
export function assertTextAsChecked(path: string): void {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    // Gone or unreadable: the loader reports that itself.
    return;
  }
  const [problem] = fileTextProblems(bytes);
  if (problem) throw new Error(`${path}:${problem.line}:${problem.column}  ${problem.message} (npm run check refuses it too)`);
}
