import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
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
 * Files deflated at a time. The ZIP is written as it is made, a batch at a time (and the next
 * batch deflated meanwhile), so that neither the archive nor every file's deflated data is held:
 * at three thousand speeches, made whole in memory, it took the offline step to 1.4 GB.
 */
const defaultBatchSize = 1000;

/**
 * Zips `dir` into the file `zipPath`, so that it unpacks into one folder `folderName/`; returns the
 * ZIP's size in bytes. Its files are read and deflated by one worker per core (`zip-worker.ts`), as
 * deflate is most of the time and no file's waits for another's; this thread only puts the entries
 * together. The bytes do not depend on which worker deflates what, nor on `batchSize`.
 */
export async function zipFolder(dir: string, folderName: string, date: Date, zipPath: string, { zip64 = false, batchSize = defaultBatchSize } = {}): Promise<number> {
  // ZIP stores local (DOS) time and zip.js reads it from the Date in the local zone: shift the
  // date so the local reading is the UTC one, and every machine writes the same bytes.
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  const files = filesUnder(dir);
  const jobs = files.map((file): ZipEntryJob => ({ path: join(dir, file), level: alreadyCompressed.test(file) ? 0 : level }));
  const batches = Array.from({ length: Math.ceil(jobs.length / batchSize) }, (_, index) => jobs.slice(index * batchSize, (index + 1) * batchSize));
  mkdirSync(dirname(zipPath), { recursive: true });
  // Written aside and renamed when whole: a failed ZIP leaves no half file under the ZIP's name.
  const aside = `${zipPath}.${process.pid}.tmp`;
  const output = createWriteStream(aside);
  const written = new Promise<void>((resolve, reject) => output.once('close', resolve).once('error', reject));
  // A write error is awaited below; until then it must not end the process as an unhandled rejection.
  written.catch(() => undefined);
  // Each entry's data goes in as the worker made it, with its CRC and size (`passThrough`). No
  // extended timestamp (the DOS date is the only one) and no data descriptors: the local headers
  // carry the sizes, which are known.
  // `zip64` writes its records whatever the size, for a test; zip.js adds them by itself when needed.
  const zip = new ZipWriter(Writable.toWeb(output), { extendedTimestamp: false, dataDescriptor: false, useWebWorkers: false, ...(zip64 ? { zip64 } : {}) });
  const pool = startThreadPool<ZipEntryJob, ZipEntryData>(new URL('./zip-worker.ts', import.meta.url), { name: 'ZIP deflate', most: files.length });
  try {
    // Deflating is the work, in proportion to a file's size; a stored file costs little.
    const deflate = (batch: ZipEntryJob[] | undefined) => {
      const deflated = batch && pool.run(batch, (job) => (job.level === 0 ? 0 : statSync(job.path).size));
      // Awaited in turn; a batch that fails (or is stopped) before its turn is no unhandled rejection.
      deflated?.catch(() => undefined);
      return deflated;
    };
    let next = deflate(batches[0]);
    let fileIndex = 0;
    for (let batch = 0; next; batch++) {
      const entries = await next;
      next = deflate(batches[batch + 1]);
      for (const { data, deflated, crc, size } of entries) {
        const file = files[fileIndex++]!;
        await zip.add(`${folderName}/${file}`, new Uint8ArrayReader(data), { passThrough: true, uncompressedSize: size, signature: crc, compressionMethod: deflated ? 8 : 0, lastModDate: mtime });
      }
    }
    await zip.close();
    await written;
    renameSync(aside, zipPath);
  } catch (error) {
    output.destroy();
    // The file's own error says more (no space left, a folder in the way) than the writer's after it.
    const writeError = await written.then(
      () => undefined,
      (failed: unknown) => failed,
    );
    try {
      rmSync(aside, { force: true });
    } catch {
      // What is left aside is not the ZIP; the reason it failed is what matters.
    }
    throw writeError ?? error;
  } finally {
    await pool.close();
  }
  return statSync(zipPath).size;
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
