/**
 * Sources for `npm run import --kind resolution`'s tests, made from the engine fixture site's
 * resolutions (tests/fixtures/site/content/resolutions/): each printed as its issuing office would
 * send it, with the frame real documents have (the issuing body, the number, the national motto or
 * the Party's name, the place and date line, the kind of document, the distribution list "Nơi nhận"
 * and the signature block), as a plain text, a saved page of a made-up document site (with its
 * menu, breadcrumbs, related list and footer) and a Word file (made with the `docx` package, a
 * header table, Word's Title and Heading styles). These are test data: the documents are the
 * fixture's fictional ones, and what their front matter does not give (the place "Núi Mây", the
 * fixture site's made-up province, and the distribution list) is made up here for the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { escape } from 'html-escaper';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content-files';
import { partAnchor, type PartStep } from '../../src/lib/document-parts';
import { originalLang } from '../../src/lib/languages';
import { attributeText, parseMdxBody } from '../../src/lib/speech-paragraphs';
import type { ResolutionData } from '../../src/schemas/resolution';

/** A part as a document's MDX writes it: anchor, number, title, its own paragraphs, its parts. */
export interface OutlinePart {
  anchor: string;
  level: string | undefined;
  n: string;
  title: string | undefined;
  paragraphs: string[];
  children: OutlinePart[];
}

/** A document's body as its MDX writes it: the text before the first part, and the parts. */
export interface DocumentOutline {
  preamble: string[];
  parts: OutlinePart[];
}

function outlineOf(nodes: readonly Nodes[], ancestors: PartStep[], into: { paragraphs: string[]; children: OutlinePart[] }): void {
  for (const node of nodes) {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Part') {
      const element = node as MdxJsxFlowElement;
      const path = [...ancestors, { level: attributeText(element, 'level'), n: attributeText(element, 'n') ?? '' }];
      const part: OutlinePart = { anchor: partAnchor(path), level: path.at(-1)!.level, n: path.at(-1)!.n, title: attributeText(element, 'title'), paragraphs: [], children: [] };
      outlineOf(element.children as Nodes[], path, part);
      into.children.push(part);
    } else if (node.type === 'paragraph') {
      into.paragraphs.push(toString(node).replace(/\s+/g, ' ').trim());
    }
  }
}

/** The outline of a document's MDX body: what a draft and the fixture it was made from are compared on. */
export function documentOutline(body: string): DocumentOutline {
  const tree: Root = parseMdxBody(body);
  const found = { paragraphs: [] as string[], children: [] as OutlinePart[] };
  outlineOf(tree.children as Nodes[], [], found);
  return { preamble: found.paragraphs, parts: found.children };
}

/** One of the fixture site's resolutions, in its original language: its front matter as written (`issued` a YYYY-MM-DD string). */
export interface FixtureDocument {
  id: string;
  data: Omit<ResolutionData, 'issued'> & { issued?: string };
  outline: DocumentOutline;
}

const fixtureDir = join(process.cwd(), 'tests/fixtures/site/content/resolutions', originalLang);

/** Every resolution of the fixture site, read from its MDX. */
export const fixtureDocuments: FixtureDocument[] = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const { yaml, body } = splitFrontmatter(readFileSync(join(fixtureDir, name), 'utf8'));
    return { id: name.replace(/\.mdx$/, ''), data: parse(yaml!) as FixtureDocument['data'], outline: documentOutline(body) };
  });

/** The made-up place of the fixture's date lines (test data: the fixture site's province). */
export const fixturePlace = 'Núi Mây';

/** The issuing body as a header prints it: in capitals. */
export const printedIssuer = (issuer: string) => issuer.toLocaleUpperCase('vi');

/** The signature block's lines: the capacity in capitals, the mark that it is signed, the name. */
export function signatureLines(signer: string): string[] {
  const [capacity = '', ...name] = signer.split(', ');
  return [capacity.toLocaleUpperCase('vi'), '(Đã ký)', name.join(', ')];
}

/** The signer as the import reads it from that block: the capacity as printed, then the name. */
export const printedSigner = (signer: string) => signatureLines(signer).filter((line) => line !== '(Đã ký)').join(', ');

/** A line of a printed document, and what it is on the page. */
export interface PrintedLine {
  text: string;
  role: 'issuer' | 'header' | 'type' | 'title' | 'part-heading' | 'text';
  /** For a part heading: its depth, 1 for the outermost. */
  depth?: number;
}

const partyNumber = (part: OutlinePart, depth: number) => (depth === 3 ? `${part.n})` : `${part.n}.`);
const stateNames: Record<string, string> = { phan: 'Phần', chuong: 'Chương', muc: 'Mục', dieu: 'Điều' };

function partLines(parts: readonly OutlinePart[], depth: number, state: boolean): PrintedLine[] {
  return parts.flatMap((part) => {
    const named = state && part.level ? stateNames[part.level] : undefined;
    const number = named ? `${named} ${part.n}${part.level === 'dieu' || part.level === 'muc' ? '.' : ''}` : state ? (part.level === 'diem' ? `${part.n})` : `${part.n}.`) : partyNumber(part, depth);
    const lines: PrintedLine[] = [];
    const [first, ...others] = part.paragraphs;
    if (part.title !== undefined && part.level === 'chuong') {
      // A chapter prints its number on one line and its title on the next.
      lines.push({ text: number, role: 'part-heading', depth }, { text: part.title, role: 'part-heading', depth });
    } else if (part.title !== undefined) lines.push({ text: `${number} ${part.title}`, role: 'part-heading', depth });
    if (part.title === undefined) lines.push({ text: first === undefined ? number : `${number} ${first}`, role: 'text' });
    else if (first !== undefined) lines.push({ text: first, role: 'text' });
    lines.push(...others.map((text) => ({ text, role: 'text' as const })));
    return [...lines, ...partLines(part.children, depth + 1, state)];
  });
}

/** The document as its office prints it, line by line: header, kind, title, text; and its closing. */
export function printedDocument(document: FixtureDocument): { header: PrintedLine[]; body: PrintedLine[]; recipients: string[]; signature: string[] } {
  const { data, outline } = document;
  const state = data.structure === 'state';
  const day = data.issued;
  const dateLine = day ? `${fixturePlace}, ngày ${day.slice(8, 10)} tháng ${day.slice(5, 7)} năm ${day.slice(0, 4)}` : undefined;
  const header: PrintedLine[] = [
    { text: printedIssuer(data.issuer), role: 'issuer' },
    ...(state ? [] : [{ text: '*', role: 'header' as const }]),
    ...(data.number ? [{ text: `Số: ${data.number}`, role: 'header' as const }] : []),
    ...(state ? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] : ['ĐẢNG CỘNG SẢN VIỆT NAM']).map((text) => ({ text, role: 'header' as const })),
    ...(dateLine ? [{ text: dateLine, role: 'header' as const }] : []),
  ];
  const body: PrintedLine[] = [
    { text: data.documentType.toLocaleUpperCase('vi'), role: 'type' },
    { text: data.title, role: 'title' },
    ...outline.preamble.map((text) => ({ text, role: 'text' as const })),
    ...partLines(outline.parts, 1, state),
  ];
  return { header, body, recipients: ['Nơi nhận:', '- Các đơn vị mẫu,', '- Lưu văn phòng.'], signature: data.signer ? signatureLines(data.signer) : [] };
}

/** The document as a plain text, one line per paragraph, as copied from the office's file. */
export function documentText(document: FixtureDocument): Buffer {
  const printed = printedDocument(document);
  return Buffer.from([...printed.header, ...printed.body].map((line) => line.text).concat(printed.recipients, printed.signature).join('\n') + '\n');
}

/** The made-up document site a page is saved from. */
export const documentSite = { name: 'Cổng Văn bản Mẫu', url: (id: string) => `https://van-ban-mau.example/van-ban/${id}.html` };

function lineHtml(line: PrintedLine): string {
  if (line.role === 'type' || line.role === 'part-heading') return `<p class="${line.role}"><strong>${escape(line.text)}</strong></p>`;
  if (line.role === 'title') return `<p class="title"><strong>${escape(line.text)}</strong></p>`;
  return `<p>${escape(line.text)}</p>`;
}

/** A saved page of a document site: the document in its article, the site's chrome around it. */
export function documentPage(document: FixtureDocument): string {
  const printed = printedDocument(document);
  const left = printed.header.filter((line) => line.role === 'issuer' || line.text === '*' || line.text.startsWith('Số:'));
  const right = printed.header.filter((line) => !left.includes(line));
  const headline = `${document.data.documentType} ${document.data.number ?? ''} ${document.data.title}`.replace(/\s+/g, ' ');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escape(headline)} | ${documentSite.name}</title>
<link rel="canonical" href="${documentSite.url(document.id)}">
<meta property="og:site_name" content="${documentSite.name}">
<meta property="og:title" content="${escape(headline)}">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">${documentSite.name}</a>
  <nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/tim-kiem">Tìm kiếm</a></li></ul></nav>
</header>
<main>
  <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản</a></li></ol>
  <h1 class="page-title">${escape(headline)}</h1>
  <div class="share-bar"><span>Chia sẻ:</span><a href="#">Facebook</a><a href="#">In văn bản</a></div>
  <article class="document-content">
    <table class="doc-top"><tr>
      <td>${left.map((line) => `<p>${escape(line.text)}</p>`).join('')}</td>
      <td>${right.map((line) => `<p>${escape(line.text)}</p>`).join('')}</td>
    </tr></table>
${printed.body.map(lineHtml).join('\n')}
    <table class="doc-bottom"><tr>
      <td>${printed.recipients.map((line) => `<p>${escape(line)}</p>`).join('')}</td>
      <td>${printed.signature.map((line) => `<p><strong>${escape(line)}</strong></p>`).join('')}</td>
    </tr></table>
  </article>
  <aside class="related-documents"><h3>Văn bản liên quan</h3><ul><li><a href="/a">Quy định mẫu khác (hư cấu)</a></li><li><a href="/b">Hướng dẫn mẫu (hư cấu)</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© ${documentSite.name} (trang hư cấu để kiểm thử).</p></footer>
</body>
</html>
`;
}

function wordCell(lines: string[], bold = false): TableCell {
  return new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] })) });
}

/** The document as a Word file from its office: header and closing tables, Title and Heading styles. */
export async function documentWordFile(document: FixtureDocument): Promise<Buffer> {
  const printed = printedDocument(document);
  const left = printed.header.filter((line) => line.role === 'issuer' || line.text === '*' || line.text.startsWith('Số:')).map((line) => line.text);
  const right = printed.header.map((line) => line.text).filter((text) => !left.includes(text));
  const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
  const children = printed.body.map((line) => {
    if (line.role === 'type') return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(line.text)] });
    if (line.role === 'title') return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.text, bold: true })] });
    if (line.role === 'part-heading') return new Paragraph({ heading: headingLevels[Math.min(line.depth ?? 1, 4) - 1]!, children: [new TextRun(line.text)] });
    return new Paragraph({ children: [new TextRun(line.text)] });
  });
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`${document.data.number ?? ''} – bản gửi ban biên tập (tệp kiểm thử)`)] }) },
        footers: { default: new Footer({ children: [new Paragraph('Trang 1')] }) },
        children: [
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [wordCell(left, true), wordCell(right, true)] })] }),
          ...children,
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [wordCell(printed.recipients), wordCell(printed.signature, true)] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
