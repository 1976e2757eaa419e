/**
 * Writes the draft of an official document: front matter with what the document's frame states,
 * then one `<Part>` per numbered part, nested as the source nests them, each with the number it
 * prints (`level` in a state document), its title, and its paragraphs escaped so MDX reads them as
 * text; a `{/* decide: … *\/}` marker stands before each part or paragraph an editor must look at.
 */
import type { DetectedDocument, DocumentNode } from './parts.ts';
import { decisionMarker } from '../../src/lib/decision-marker.ts';
import { frontMatterYaml, runsMdx } from './write-draft.ts';

/** Front matter of a document's draft: only fields the source states (the resolutions schema's names). */
export interface DocumentFrontMatter {
  title?: string;
  documentType?: string;
  number?: string;
  issuer?: string;
  issued?: string;
  signer?: string;
  structure: 'party' | 'state';
  sourceUrl?: string;
}

/**
 * A JSX attribute's value in quotes MDX reads as written: a JSX string has no escapes, so it takes
 * the quote mark the value does not hold; undefined when it holds both.
 */
export function attributeValue(value: string): string | undefined {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return undefined;
}

function nodeMdx(node: DocumentNode): string {
  const markers = node.decisions.map((decision) => `${decisionMarker(decision)}\n`).join('');
  if (node.type === 'text') return `${markers}${runsMdx(node.block.runs)}\n`;
  const attributes = [node.level ? `level="${node.level}"` : '', `n=${attributeValue(node.n)}`];
  if (node.title !== undefined) {
    // parts.ts keeps a title with both quote marks as text, so every title here has a form.
    const quoted = attributeValue(node.title);
    if (quoted === undefined) throw new Error(`a part's title holds both quote marks: ${node.title}`);
    attributes.push(`title=${quoted}`);
  }
  const inner = node.content.map(nodeMdx).join('\n');
  return `${markers}<Part ${attributes.filter(Boolean).join(' ')}>\n\n${inner}${inner ? '\n' : ''}</Part>\n`;
}

/** The draft's whole text: front matter, decisions about the whole document, then its text and parts. */
export function documentDraftMdx(frontMatter: DocumentFrontMatter, document: DetectedDocument, entryDecisions: string[]): string {
  const data = Object.fromEntries(Object.entries(frontMatter).filter(([, value]) => value !== undefined));
  const header = entryDecisions.map((decision) => `${decisionMarker(decision)}\n`).join('');
  return `---\n${frontMatterYaml(data)}---\n\n${header}${header ? '\n' : ''}${document.content.map(nodeMdx).join('\n')}`;
}
