/**
 * The entry-data writer thread (entry-data-handover.ts): writes each data.js it is handed into the
 * build's output folder, and when the build is done answers with the files it could not write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workerData } from 'node:worker_threads';
import type { EntryDataFile, WriterReport } from './entry-data-handover.ts';
import { serveThread } from './thread.ts';

const failures: string[] = [];

function write(file: EntryDataFile): void {
  const target = join((workerData as { outDir: string }).outDir, file.path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.script);
  } catch (error) {
    failures.push(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

serveThread<EntryDataFile, 'close', WriterReport>({ item: write, answer: () => ({ failures }) });
