/**
 * What `npm run import` prints: what it kept and why each paragraph has its voice, the provenance
 * it filled and where from, every block it dropped (its first words and the reason), what needs a
 * decision, and the orientation and breakthrough candidates with the commands to create them.
 */
import { partAnchor, type PartStep } from '../../src/lib/document-parts.ts';
import type { AnyImportResult, DocumentImportResult, ImportResult } from './import.ts';
import { documentDecisions, type DocumentNode } from './parts.ts';
import { blockText } from './source.ts';

function firstWords(text: string, count = 10): string {
  const words = text.split(' ');
  return words.length <= count ? text : `${words.slice(0, count).join(' ')} …`;
}

/** What was kept of a speech, and its provenance. */
function speechLines(result: ImportResult): string[] {
  const lines: string[] = [];
  const { structure, source, frontMatter } = result;
  lines.push('', `Kept ${structure.paragraphs.length} paragraphs, format \`${structure.format}\` (${structure.formatBecause}):`);
  for (const paragraph of structure.paragraphs) {
    const role = [paragraph.kind, paragraph.voice].filter(Boolean).join(', ') || 'body';
    lines.push(`  ¶${paragraph.n} ${role}${paragraph.because ? ` — ${paragraph.because.replace(/^[^:]+: /, '')}` : ''}: “${firstWords(paragraph.text, 8)}”`);
  }
  lines.push('', 'Provenance:');
  lines.push(`  title: ${frontMatter.title ? `“${frontMatter.title}”` : 'none in the source (titleIsEditorial: true)'}`);
  lines.push(`  date: ${result.date ? `${result.date.date} (${result.date.kind}), from ${result.date.from}` : 'none in the source'}`);
  lines.push(`  publication: ${frontMatter.source.publication ?? 'not named by the source'}`);
  lines.push(`  address: ${frontMatter.source.url ?? 'not given by the source (no canonical link or og:url)'}`);
  lines.push(`  photo credit: ${frontMatter.source.photoCredit ?? 'none given'}`);
  lines.push(`  byline: ${source.metadata.byline ?? 'none given'}${source.metadata.byline ? ' (not a field of a speech: see it in the source)' : ''}`);
  return lines;
}

/** One line per part, indented as it nests, with the paragraphs it holds. */
function partLines(content: readonly DocumentNode[], ancestors: PartStep[], depth: number): string[] {
  return content.flatMap((node) => {
    if (node.type === 'text') return [];
    const path = [...ancestors, { level: node.level, n: node.n }];
    const paragraphs = node.content.filter((inner) => inner.type === 'text');
    const first = paragraphs[0];
    const said = node.title !== undefined ? `title “${node.title}”` : first ? `“${firstWords(blockText(first.block), 8)}”` : 'no text of its own';
    const count = paragraphs.length > 0 ? ` (${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'})` : '';
    return [`${'  '.repeat(depth)}#${partAnchor(path)} — ${node.because}: ${said}${count}`, ...partLines(node.content, path, depth + 1)];
  });
}

/** What was kept of an official document, and what its frame states. */
function documentLines(result: DocumentImportResult): string[] {
  const { document, frame, frontMatter } = result;
  const preamble = document.content.filter((node) => node.type === 'text').length;
  const parts = partLines(document.content, [], 1);
  const lines = ['', `Kept ${parts.length} parts, structure \`${document.structure}\` (${document.structureBecause})${preamble > 0 ? `, after ${preamble} paragraph${preamble === 1 ? '' : 's'} before the first part` : ''}:`, ...parts];
  const stated = (label: string, value: { value: string; from: string } | undefined, absent = 'not stated by the source') => `  ${label}: ${value ? `“${value.value}”, from ${value.from}` : absent}`;
  lines.push('', 'Provenance:');
  lines.push(stated('title', frame.title));
  lines.push(stated('documentType', frame.documentType, 'no heading names the kind of document'));
  lines.push(stated('number', frame.number));
  lines.push(stated('issuer', frame.issuer, 'the header does not name it'));
  lines.push(stated('issued', frame.issued, frame.place ? 'the date line gives no whole date' : 'no date line'));
  lines.push(`  place: ${frame.place ? `“${frame.place.value}” (not a field of a ${result.path.split('/')[1]} entry: see it in the source)` : 'not stated by the source'}`);
  lines.push(stated('signer', frame.signer, 'no signature block'));
  lines.push(`  address: ${frontMatter.sourceUrl ?? 'not given by the source (no canonical link or og:url)'}`);
  return lines;
}

/** The report's lines for one import. */
export function importReport(result: AnyImportResult, fileName: string): string[] {
  const { clean, source } = result;
  const lines = [`Read ${fileName} (${source.format}) → ${result.path}`, ...(result.shape === 'paragraphs' ? speechLines(result) : documentLines(result))];
  lines.push('', `Dropped ${clean.dropped.length} block${clean.dropped.length === 1 ? '' : 's'}:`);
  // A run of blocks dropped for one reason (a list of related articles) is one line, with its count.
  for (let start = 0; start < clean.dropped.length; ) {
    let end = start + 1;
    while (end < clean.dropped.length && clean.dropped[end]!.reason === clean.dropped[start]!.reason) end += 1;
    const run = clean.dropped.slice(start, end);
    const where = run.length === 1 ? run[0]!.where : `${run[0]!.where} to ${run.at(-1)!.where} (${run.length} blocks)`;
    lines.push(`  ${where}: “${firstWords(run[0]!.text)}”${run.length > 1 ? ' …' : ''} — ${run[0]!.reason}`);
    start = end;
  }
  for (const note of source.notes) lines.push(`  (${note})`);
  const decisions = [...result.entryDecisions, ...(result.shape === 'paragraphs' ? result.structure.paragraphs.flatMap((paragraph) => paragraph.decisions) : documentDecisions(result.document.content))];
  lines.push('', `Needs a decision (${decisions.length + result.toFill.length}); \`npm run check\` reports each until it is made:`);
  for (const decision of decisions) lines.push(`  - ${decision}`);
  for (const field of result.toFill) lines.push(`  - ${field}`);
  for (const enumeration of result.shape === 'paragraphs' ? result.enumerations : []) {
    const kind = enumeration.kind;
    const first = enumeration.items[0]!;
    const last = enumeration.items.at(-1)!;
    lines.push(
      '',
      `Candidates: ${first.ordinal} … ${last.ordinal} (¶${first.n}–¶${last.n})${enumeration.introduction ? `, introduced by ¶${enumeration.introduction}` : ''}: ${kind ? `${kind}s` : 'orientations or breakthroughs? the introduction does not say'}. Nothing is created; if they are, run:`,
    );
    for (const item of enumeration.items) {
      const newKind = kind ?? 'orientation';
      lines.push(`  npm run new -- ${newKind} ${item.id} --from speeches/${result.id}#p${item.n}`);
      lines.push(`    and in ¶${item.n}: <Ref to="${newKind === 'breakthrough' ? 'breakthroughs' : 'orientations'}/${item.id}">${item.words}</Ref>`);
    }
  }
  return lines;
}
