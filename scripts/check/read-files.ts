/**
 * Reads the content folder for the check without ever throwing: every file-system or encoding
 * problem (a dangling or looping link, an unreadable file, a folder named like an entry, bytes that
 * are not UTF-8) becomes one diagnostic naming the file, and the file is left out of the corpus.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeUtf8, notUtf8Message } from '../../src/lib/content-text.ts';
import { report, type SourceFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';

/** What a file-system error means for an editor, by Node's error code. */
function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'is a symbolic link to nothing (its target is gone); delete the link or restore the file it points to';
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself; replace it with the real file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied); make it readable, e.g. chmod a+r';
    default:
      return `cannot be read (${code ?? String(error)}); check the file exists and is a plain file`;
  }
}

/**
 * Decodes a file as UTF-8 (TextDecoder drops a leading byte-order mark, what Notepad writes: it is
 * harmless) and says where it is not UTF-8. The text is still returned (bad bytes as U+FFFD) so
 * the other rules do not report the file as missing.
 */
function decodeContent(path: string, bytes: Uint8Array): { text: string; problem: Diagnostic | undefined } {
  const { text, notUtf8 } = decodeUtf8(bytes);
  return { text, problem: notUtf8 && report({ path }, 'encoding', notUtf8Message, notUtf8) };
}

/**
 * Every file below `<root>/<contentDir>` whose name matches `pattern`, as text, and a diagnostic
 * for each one that cannot be read as a content file.
 */
export function readSources(root: string, contentDir: string, pattern: RegExp): { sources: SourceFile[]; problems: Diagnostic[] } {
  const sources: SourceFile[] = [];
  const problems: Diagnostic[] = [];
  const relativePath = (full: string) => relative(root, full).replaceAll('\\', '/');
  const visitDir = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(report({ path: relativePath(dir) }, 'unreadable-file', `this folder ${describeFsError(error)}`));
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      const path = relativePath(full);
      if (entry.isDirectory()) {
        if (pattern.test(entry.name)) problems.push(report({ path }, 'unreadable-file', 'this folder is named like a content file; rename it so its name does not end in .mdx'));
        else visitDir(full);
        continue;
      }
      if (!pattern.test(entry.name)) continue;
      try {
        // stat follows a symbolic link, so a dangling or looping one fails here, by name.
        if (!statSync(full).isFile()) {
          problems.push(report({ path }, 'unreadable-file', 'this is not a plain file (a link to a folder, a device or a pipe); replace it with the MDX file itself'));
          continue;
        }
        const { text, problem } = decodeContent(path, readFileSync(full));
        if (problem) problems.push(problem);
        sources.push({ path, text });
      } catch (error) {
        problems.push(report({ path }, 'unreadable-file', `this file ${describeFsError(error)}`));
      }
    }
  };
  visitDir(join(root, contentDir));
  return { sources, problems };
}
