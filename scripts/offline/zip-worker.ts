import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
// With its extension: Node runs this worker as it is (type stripping), even where tsx is not loaded (unit tests).
import { serveThread } from '../../src/build/thread.ts';

/**
 * A worker of `zip.ts`: reads a file of the folder being zipped and gives its ZIP entry's data:
 * deflated by fflate (the same bytes on every machine), or as it is; and its CRC and size.
 */

export interface ZipEntryJob {
  path: string;
  /** The deflate level, or 0 to store the file as it is. */
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

export interface ZipEntryData {
  /** What the ZIP holds: the deflated bytes, or the file's own. */
  data: Uint8Array<ArrayBuffer>;
  /** Whether `data` is deflated. */
  deflated: boolean;
  crc: number;
  size: number;
}

serveThread<never, ZipEntryJob, ZipEntryData>({
  answer: ({ path, level }) => {
    const bytes = readFileSync(path);
    const entry = { crc: crc32(bytes), size: bytes.byteLength };
    // fflate's output is a plain (not shared) ArrayBuffer of its own.
    return level === 0 ? { ...entry, data: bytes, deflated: false } : { ...entry, data: deflateSync(bytes, { level }) as Uint8Array<ArrayBuffer>, deflated: true };
  },
  // Deflated bytes are handed back without a copy; a file's own bytes may share Node's buffer pool, so they are copied.
  transferOf: ({ data, deflated }) => (deflated ? [data.buffer] : []),
});
