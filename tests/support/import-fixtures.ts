/**
 * Sources for `npm run import`'s tests, made from the two seed texts (tests/fixtures/seeds/): the
 * copied text itself, a saved news page around it (our own template, with the chrome real pages
 * have: masthead, menu, breadcrumbs, share bar, advertisement, tag list, related and most-read
 * lists, footer, scripts, photos with captions) and a Word file (made with the `docx` package,
 * Word's Title and Caption styles, a header and footer). The site and its addresses are made up
 * (`.example`); the text is the seed's, line for line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { escape } from 'html-escaper';
import { seedSpecs, type SeedSpec } from './seed-body';

/** A seed's lines, sorted into what a page makes of them. */
export interface SeedLayout {
  spec: SeedSpec;
  /** The masthead's lines before the title (clock, contact lines). */
  masthead: string[];
  title: string | null;
  /** The body's paragraphs and photos, in reading order. */
  body: ({ type: 'paragraph'; text: string } | { type: 'photo'; alt: string; caption: string })[];
  /** The site's list of other articles, after the text. */
  related: string[];
}

const seedsDir = join(process.cwd(), 'tests/fixtures/seeds');
/** The masthead's clock, where the seed has one. */
const clockLine = /^\S+ \S+ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

/** Sorts a seed's lines with its manifest entry: what is chrome, title, caption, body. */
export function seedLayout(spec: SeedSpec): SeedLayout {
  let text = readFileSync(join(seedsDir, spec.file), 'utf8');
  if (spec.stripPrefix && text.startsWith(spec.stripPrefix)) text = text.slice(spec.stripPrefix.length);
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const cut = spec.cutAt === null ? lines.length : lines.indexOf(spec.cutAt);
  const titleAt = spec.title === null ? -1 : lines.indexOf(spec.title);
  const layout: SeedLayout = { spec, masthead: lines.slice(0, Math.max(titleAt, 0)), title: spec.title, body: [], related: lines.slice(cut + 1) };
  let alt: string | undefined;
  for (const line of lines.slice(titleAt + 1, cut)) {
    if (line === spec.title) alt = line;
    else if (spec.notBody.includes(line)) {
      layout.body.push({ type: 'photo', alt: alt ?? line, caption: line });
      alt = undefined;
    } else layout.body.push({ type: 'paragraph', text: line });
  }
  return layout;
}

/** Every seed, laid out. */
export const seedLayouts: SeedLayout[] = seedSpecs.map(seedLayout);

/** The seed as copied from the page: its own file. */
export function seedText(spec: SeedSpec): Buffer {
  return readFileSync(join(seedsDir, spec.file));
}

const isQuestion = (text: string) => text.endsWith('?');
const answerLabel = /^([^:,]{3,60}):\s/;

function paragraphHtml(text: string, first: boolean): string {
  if (first) return `<div class="sapo"><p><strong>${escape(text)}</strong></p></div>`;
  if (isQuestion(text)) return `<p><strong>${escape(text)}</strong></p>`;
  const label = answerLabel.exec(text);
  if (label) return `<p><strong>${escape(label[1]!)}:</strong> ${escape(text.slice(label[0].length))}</p>`;
  return `<p>${escape(text)}</p>`;
}

/** The page's address and publication: made up, on a reserved domain. */
export const fixtureSite = { name: 'Báo Mẫu', url: (slug: string) => `https://bao-mau.example/chinh-tri/${slug}.html` };

/**
 * A saved news page around the seed. `published` puts an `article:published_time` in its head;
 * without it the page shows only its masthead clock.
 */
export function seedPage(layout: SeedLayout, { slug, published }: { slug: string; published?: string }): string {
  const clock = layout.masthead.find((line) => clockLine.test(line));
  const contacts = layout.masthead.filter((line) => line !== clock);
  const related = layout.related.length > 0 ? layout.related : seedLayouts.flatMap((other) => other.related);
  let firstParagraph = true;
  const body = layout.body
    .map((item) => {
      if (item.type === 'photo') return `<figure class="image"><img src="/anh/${slug}.jpg" alt="${escape(item.alt)}"><figcaption>${escape(item.caption)}</figcaption></figure>`;
      const html = paragraphHtml(item.text, firstParagraph);
      firstParagraph = false;
      return html;
    })
    .join('\n');
  const middle = body.split('\n');
  middle.splice(Math.floor(middle.length / 2), 0, '<div class="ads-inline"><span>Quảng cáo</span><a href="/qc">Mua bảo hiểm ưu đãi hôm nay</a></div>');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escape(layout.title ?? fixtureSite.name)} | ${fixtureSite.name}</title>
<link rel="canonical" href="${fixtureSite.url(slug)}">
<meta property="og:site_name" content="${fixtureSite.name}">
${layout.title ? `<meta property="og:title" content="${escape(layout.title)}">` : ''}
${published ? `<meta property="article:published_time" content="${published}">` : ''}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ page: "article" });</script>
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
</head>
<body>
<header class="site-header">
  <div class="topbar">${clock ? `<span class="date">${escape(clock)}</span>` : ''}${contacts.map((line) => `<span>${escape(line)}</span>`).join('')}</div>
  <a class="logo" href="/">${fixtureSite.name}</a>
  <nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/phap-luat">Pháp luật</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
</header>
<main>
  <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li></ol>
  <article class="detail">
    ${layout.title ? `<h1 class="title">${escape(layout.title)}</h1>` : ''}
    <div class="share-bar"><span>Chia sẻ:</span><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">In bài</a></div>
    <div class="content">
${middle.join('\n')}
    </div>
    <div class="tags">Từ khóa: <a href="/tag/cao-bang">Cao Bằng</a>, <a href="/tag/dai-hoi-xiv">Đại hội XIV</a></div>
    <section class="related-news"><h3>Tin liên quan</h3><ul>${related.slice(0, 6).map((line) => `<li><a href="/bai">${escape(line)}</a></li>`).join('')}</ul></section>
  </article>
  <aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="/a">Thời tiết cuối tuần: miền Bắc rét đậm</a></li><li><a href="/b">Giá vàng hôm nay tăng mạnh</a></li></ol></aside>
</main>
<footer class="site-footer"><p>© Bản quyền thuộc về ${fixtureSite.name}. Giấy phép số 00/GP-MAU (hư cấu).</p><p>Địa chỉ: 1 Phố Mẫu, Hà Nội</p></footer>
<script>document.querySelectorAll("a").forEach(function (a) { a.rel = "noopener"; });</script>
</body>
</html>
`;
}

function wordParagraph(text: string, first: boolean): Paragraph {
  if (first) return new Paragraph({ children: [new TextRun({ text, bold: true })] });
  if (isQuestion(text)) return new Paragraph({ children: [new TextRun({ text, italics: true })] });
  return new Paragraph({ children: [new TextRun(text)] });
}

/** The seed as a Word file from the issuing office: Title style, captions in Caption style, a header and footer. */
export async function seedWordFile(layout: SeedLayout): Promise<Buffer> {
  let first = true;
  const children: Paragraph[] = [];
  if (layout.title) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(layout.title)] }));
  for (const item of layout.body) {
    if (item.type === 'photo') {
      children.push(new Paragraph({ style: 'Caption', alignment: AlignmentType.CENTER, children: [new TextRun(item.caption)] }));
      continue;
    }
    children.push(wordParagraph(item.text, first));
    first = false;
  }
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { italics: true, size: 18 } }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`${fixtureSite.name} – bản gửi ban biên tập`)] }) },
        footers: { default: new Footer({ children: [new Paragraph('Trang 1')] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
