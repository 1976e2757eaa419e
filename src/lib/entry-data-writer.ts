/**
 * The entry-data writer thread (entry-data-handover.ts): writes each data.js it is handed into the
 * build's output folder, and when the build is done answers with the files it could not write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { EntryDataFile, FromEntryDataWriter, ToEntryDataWriter } from './entry-data-handover.ts';

const port = parentPort!;
const outDir = (workerData as { outDir: string }).outDir;
const failures: string[] = [];

function write(file: EntryDataFile): void {
  const target = join(outDir, file.path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.script);
  } catch (error) {
    failures.push(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

port.on('message', (message: ToEntryDataWriter) => {
  if (message.kind === 'write') message.files.forEach(write);
  else port.postMessage({ failures } satisfies FromEntryDataWriter);
});
