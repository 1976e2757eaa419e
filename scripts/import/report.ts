/**
 * What `npm run import` prints: what it kept and why each paragraph has its voice, the provenance
 * it filled and where from, every block it dropped (its first words and the reason), what needs a
 * decision, and the orientation and breakthrough candidates with the commands to create them.
 */
import type { ImportResult } from './import.ts';

function firstWords(text: string, count = 10): string {
  const words = text.split(' ');
  return words.length <= count ? text : `${words.slice(0, count).join(' ')} …`;
}

/** The report's lines for one import. */
export function importReport(result: ImportResult, fileName: string): string[] {
  const lines: string[] = [];
  const { structure, clean, source, frontMatter } = result;
  lines.push(`Read ${fileName} (${source.format}) → ${result.path}`);
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
  const decisions = [...result.entryDecisions, ...structure.paragraphs.flatMap((paragraph) => paragraph.decisions)];
  lines.push('', `Needs a decision (${decisions.length + result.toFill.length}); \`npm run check\` reports each until it is made:`);
  for (const decision of decisions) lines.push(`  - ${decision}`);
  for (const field of result.toFill) lines.push(`  - ${field}`);
  for (const enumeration of result.enumerations) {
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
