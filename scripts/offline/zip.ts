import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The ZIP of the offline copy, by fflate. Reproducible: entries in sorted order, every one dated
 * `date` (the source's date, never the clock) whatever the time zone of the machine that builds it.
 */

/** Every file under a folder, as sorted paths relative to it with `/` separators. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** Zips `dir` so that it unpacks into one folder `folderName/`. */
export function zipFolder(dir: string, folderName: string, date: Date): Uint8Array {
  // ZIP stores local (DOS) time and fflate reads it from the Date in the local zone: shift the
  // date so the local reading is the UTC one, and every machine writes the same bytes.
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  const entries: Zippable = {};
  for (const file of filesUnder(dir)) {
    const alreadyCompressed = /\.(woff2?|png|jpe?g|webp|avif)$/i.test(file);
    entries[`${folderName}/${file}`] = [readFileSync(join(dir, file)), { level: alreadyCompressed ? 0 : 9, mtime }];
  }
  return zipSync(entries, { mtime });
}

/** Unpacks a ZIP into a folder; returns the paths of the files written, relative to it. */
export function unzipTo(zip: Uint8Array, dir: string): string[] {
  const files = unzipSync(zip);
  const written: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const path = join(dir, name);
    if (relative(dir, path).startsWith('..')) throw new Error(`${name} would unpack outside ${dir}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    written.push(name);
  }
  return written.sort();
}
