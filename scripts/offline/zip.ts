import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { unzipSync } from 'fflate';
import type { ZipEntryData, ZipEntryJob } from './zip-worker';
import { startThreadPool } from '../../src/build/thread.ts';

/**
 * The ZIP of the offline copy: each file deflated by fflate on a worker, the archive put together
 * by zip.js, which writes ZIP64 records where the format needs them: a library of ten thousand
 * texts has more files than a plain ZIP counts (65,535), and fflate wrote the count modulo 65,536,
 * so an unzip tool saw a few thousand (docs/offline.md). Reproducible: entries in sorted order,
 * every one dated `date` (the source's date, never the clock) whatever the time zone of the
 * machine that builds it.
 */

/** Every file under a folder, as sorted paths relative to it with `/` separators. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** Files whose format is compressed already: stored as they are, deflate would gain nothing. */
const alreadyCompressed = /\.(woff2?|png|jpe?g|webp|avif)$/i;

/**
 * fflate's level 6 (zlib's default). On the 4072-page benchmark's copy (338 MB) levels 6 and 9 make
 * the same ZIP within 0.04% (63.24 and 63.22 MB), level 6 a little sooner (7.5 s against 8 s);
 * level 1 saves a fifth of the time for a ZIP 14% larger (72.2 MB).
 */
const level = 6 satisfies ZipEntryJob['level'];

/**
 * Zips `dir` so that it unpacks into one folder `folderName/`. Its files are read and deflated by
 * one worker per core (`zip-worker.ts`), as deflate is most of the time and no file's waits for
 * another's; this thread only puts the entries together. The bytes do not depend on which worker
 * deflates what.
 */
export async function zipFolder(dir: string, folderName: string, date: Date, { zip64 = false } = {}): Promise<Uint8Array> {
  // ZIP stores local (DOS) time and zip.js reads it from the Date in the local zone: shift the
  // date so the local reading is the UTC one, and every machine writes the same bytes.
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  const files = filesUnder(dir);
  const pool = startThreadPool<ZipEntryJob, ZipEntryData>(new URL('./zip-worker.ts', import.meta.url), { name: 'ZIP deflate', most: files.length });
  let entries: ZipEntryData[];
  try {
    const jobs = files.map((file): ZipEntryJob => ({ path: join(dir, file), level: alreadyCompressed.test(file) ? 0 : level }));
    // Deflating is the work, in proportion to a file's size; a stored file costs little.
    entries = await pool.run(jobs, (job) => (job.level === 0 ? 0 : statSync(job.path).size));
  } finally {
    await pool.close();
  }

  // Each entry's data goes in as the worker made it, with its CRC and size (`passThrough`). No
  // extended timestamp (the DOS date is the only one) and no data descriptors: the local headers
  // carry the sizes, which are known.
  // `zip64` writes its records whatever the size, for a test; zip.js adds them by itself when needed.
  const zip = new ZipWriter(new Uint8ArrayWriter(), { extendedTimestamp: false, dataDescriptor: false, useWebWorkers: false, ...(zip64 ? { zip64 } : {}) });
  for (const [index, file] of files.entries()) {
    const { data, deflated, crc, size } = entries[index]!;
    await zip.add(`${folderName}/${file}`, new Uint8ArrayReader(data), { passThrough: true, uncompressedSize: size, signature: crc, compressionMethod: deflated ? 8 : 0, lastModDate: mtime });
  }
  return zip.close();
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
