/**
 * `npm run import -- <file> [--kind speech|resolution] [--id <id>] [--speaker <person-id>] [--format interview|speech|speech-report] [--force]`:
 * reads a saved web page (.html, .htm), a copied text (.txt) or a Word file (.docx) and writes a
 * draft entry in the site's original language (of any kind whose descriptor is `importable`), then prints what it kept, dropped and left to
 * decide, and what the content check says of the draft. It never overwrites an entry without
 * `--force`, and writes nothing for a file it cannot read.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { originalLang } from '../../src/lib/languages.ts';
import { SpeechFormatSchema } from '../../src/schemas/speech.ts';
import { formatDiagnostic } from '../check/diagnostic.ts';
import { checkContentDir } from '../check/index.ts';
import { writeEntryFiles } from '../new-entry.ts';
import { importableKinds, importSource } from './import.ts';
import { importReport } from './report.ts';
import { ImportError } from './source.ts';

const usage = `usage: npm run import -- <file.html|.htm|.txt|.docx> [--kind ${importableKinds.join('|')}] [--id <id>] [--speaker <person-id>] [--format speech|interview|speech-report] [--force]`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      id: { type: 'string' },
      speaker: { type: 'string' },
      format: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new ImportError(usage);
  const format = values.format === undefined ? undefined : SpeechFormatSchema.safeParse(values.format);
  if (format && !format.success) throw new ImportError(`--format is \`${values.format}\`; use one of ${SpeechFormatSchema.options.join(', ')}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path`);
  }
  const root = process.cwd();
  const people = readContentFiles(root)
    .files.filter((entry) => entry.collection === 'people' && entry.lang === originalLang)
    .flatMap((entry) => {
      const name = (entry.frontmatter as { name?: unknown } | undefined)?.name;
      return typeof name === 'string' ? [{ id: entry.id, name }] : [];
    });
  const result = await importSource(bytes, { fileName: basename(file), lang: originalLang, kind: values.kind, id: values.id, speaker: values.speaker, format: format?.data, people });
  for (const line of importReport(result, file)) console.log(line);
  try {
    writeEntryFiles(root, [{ path: result.path, text: result.text }], { overwrite: values.force ?? false });
  } catch (error) {
    throw new ImportError(`${(error as Error).message.replace('choose another id or edit that file', 'choose another id with --id, or replace it with --force')}; nothing was written`);
  }
  console.log(`\n✓ wrote ${result.path}`);
  const remaining = checkContentDir(root).filter((diagnostic) => diagnostic.file === result.path);
  if (remaining.length > 0) {
    console.log('\nThe content check on the draft (each line is a decision to make; docs/authoring.md):');
    for (const diagnostic of remaining) console.log(formatDiagnostic(diagnostic));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const file = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
    if (error instanceof ImportError) console.error(`✗ ${file ? `${file}: ` : ''}${error.message}`);
    else console.error(`✗ ${file ? `${file}: ` : ''}the import failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
