/**
 * Pagefind excerpts are escaped text with the matched words wrapped in `<mark>`. The search UI
 * builds them as DOM text nodes from these parts instead of assigning HTML, so nothing in an
 * excerpt can ever become markup.
 */

/** A run of excerpt text; `mark` when it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes (`&lt;`, `&#39;`, `&#x27;` …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return namedEntities[body.toLowerCase()] ?? reference;
  });
}

/** Splits an excerpt into plain and marked parts; any other tag is dropped, its text kept. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    if (/^<\/?mark\b/i.test(piece)) {
      mark = !piece.startsWith('</');
    } else if (piece !== '' && !/^<\/?[a-z]/i.test(piece)) {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
