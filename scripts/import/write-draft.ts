/**
 * Writes the draft entry: front matter with the provenance the source gives (and nothing it does
 * not), then one `<Para>` per paragraph with its kind and voice, the source's words escaped so MDX
 * reads them as text, and a `{/* decide: … *\/}` marker before each paragraph an editor must look
 * at (the content check reports every marker: `pending-decision`).
 */
import { stringify } from 'yaml';
import type { SpeechFormat } from '../../src/schemas/speech.ts';
import { decisionMarker } from '../../src/lib/decision-marker.ts';
import type { TextRun } from './source.ts';
import type { DetectedParagraph } from './voices.ts';

/** Front matter of the draft: only fields the source or the editor's options give. */
export interface DraftFrontMatter {
  title?: string;
  titleIsEditorial?: boolean;
  format: SpeechFormat;
  speakers?: string[];
  date?: string;
  dateKind?: 'published' | 'captured' | 'delivered';
  source: { publication?: string; published?: string; photoCredit?: string; url?: string; captured?: string };
}

/** Escapes text so MDX reads every character as itself: no emphasis, tag, expression or entity. */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>{}&]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/, (_match, space: string, marker: string) => `${space}${marker.replace(/([#+\-.)])$/, '\\$1')}`);
}

function emphasis(run: TextRun, text: string): string {
  // Spaces stay outside the markers, or Markdown does not read them as emphasis.
  const [, before = '', inner = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
  if (inner === '') return text;
  const marks = `${run.bold ? '**' : ''}${run.italic ? '*' : ''}`;
  return `${before}${marks}${inner}${[...marks].reverse().join('')}${after}`;
}

/** Runs of text as MDX: each escaped, with the bold and italic the source gives them. */
export function runsMdx(runs: readonly TextRun[]): string {
  return runs.map((run) => emphasis(run, escapeMdxText(run.text))).join('').replace(/\s+/g, ' ').trim();
}

/** The paragraph's MDX: its runs escaped, the answer label bold, quotations in `<Quote>`. */
export function paragraphMdx(paragraph: DetectedParagraph): string {
  const runs = paragraph.emphasisIsSignal ? paragraph.block.runs.map((run) => ({ text: run.text })) : paragraph.block.runs;
  let mdx = runsMdx(runs);
  if (paragraph.label && mdx.startsWith(escapeMdxText(paragraph.label))) {
    mdx = `**${escapeMdxText(paragraph.label)}**${mdx.slice(escapeMdxText(paragraph.label).length)}`;
  }
  for (const quote of paragraph.quotes) {
    const escaped = escapeMdxText(quote);
    mdx = mdx.replace(escaped, `<Quote>${escaped}</Quote>`);
  }
  return mdx;
}

/** Front matter as YAML, its fields in the order given. */
export function frontMatterYaml(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 });
}

/** The draft's whole text: front matter, decisions about the whole entry, then the paragraphs. */
export function draftMdx(frontMatter: DraftFrontMatter, paragraphs: DetectedParagraph[], entryDecisions: string[]): string {
  const source = Object.fromEntries(Object.entries(frontMatter.source).filter(([, value]) => value !== undefined));
  const data = {
    ...(frontMatter.title === undefined ? {} : { title: frontMatter.title }),
    ...(frontMatter.titleIsEditorial ? { titleIsEditorial: true } : {}),
    format: frontMatter.format,
    ...(frontMatter.speakers ? { speakers: frontMatter.speakers } : {}),
    ...(frontMatter.date === undefined ? {} : { date: frontMatter.date, dateKind: frontMatter.dateKind }),
    ...(Object.keys(source).length > 0 ? { source } : {}),
  };
  const yaml = frontMatterYaml(data);
  const body = paragraphs.map((paragraph) => {
    const attributes = [`n={${paragraph.n}}`, paragraph.kind ? `kind="${paragraph.kind}"` : '', paragraph.voice ? `voice="${paragraph.voice}"` : ''].filter(Boolean).join(' ');
    const markers = paragraph.decisions.map((decision) => `${decisionMarker(decision)}\n`).join('');
    return `${markers}<Para ${attributes}>\n${paragraphMdx(paragraph)}\n</Para>\n`;
  });
  const header = entryDecisions.map((decision) => `${decisionMarker(decision)}\n`).join('');
  return `---\n${yaml}---\n\n${header}${header ? '\n' : ''}${body.join('\n')}`;
}
