/**
 * Characters a content file must not hold, whatever its syntax: control characters (other than
 * tab, line feed and carriage return) and the bidirectional overrides and isolates that make text
 * read differently from how it is stored; and text that is not in composed Unicode (NFC), which
 * the glossary links and search would miss.
 */
import { report, type SourceFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first problem of each kind in a file's text, at its line and column (in code points). */
export function checkText(source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let control = false;
  let bidi = false;
  let decomposed = false;
  source.text.split('\n').forEach((line, index) => {
    const characters = [...line];
    characters.forEach((character, column) => {
      const at = { line: index + 1, column: column + 1 };
      if (!control && controlCharacter.test(character)) {
        control = true;
        diagnostics.push(report(source, 'encoding', `an invisible control character (${codePoint(character)}) is in the text; delete it (retype the words around it if unsure)`, at));
      }
      if (!bidi && bidiControl.test(character)) {
        bidi = true;
        diagnostics.push(report(source, 'encoding', `a bidirectional control character (${codePoint(character)}) is in the text: it makes the text display differently from what it says; delete it`, at));
      }
    });
    if (!decomposed && line.normalize('NFC') !== line) {
      decomposed = true;
      // The first character whose composed form differs: the base letter of a decomposed one.
      let column = 1;
      for (let i = 1; i <= characters.length; i++) {
        if (characters.slice(0, i).join('').normalize('NFC') !== characters.slice(0, i).join('')) {
          column = Math.max(1, i - 1);
          while (column > 1 && /\p{M}/u.test(characters[column - 1]!)) column--;
          break;
        }
      }
      diagnostics.push(report(source, 'encoding', 'the text is in decomposed Unicode (NFD: a letter followed by separate accent marks), which search and the glossary links do not match; convert the file to composed Unicode (NFC), e.g. retype the word or use your editor\'s "normalize to NFC"', { line: index + 1, column }));
    }
  });
  return diagnostics;
}
