import { describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/i18n';
import { bodyContextFrom, bodyMarkers, writeOutBody, type RefTarget } from '../../src/lib/entry-body';

const targets: Record<string, RefTarget> = {
  'orientations/a': { href: '/vi/orientations/a/', typeLabel: 'Định hướng · Thứ nhất', shortLabel: 'ĐH1', title: 'Hạ tầng' },
  'people/b': { href: '/vi/people/b/', typeLabel: 'Nhân vật', shortLabel: 'Nhân vật', title: 'Tô Lâm' },
  'resolutions/r': { href: '/vi/resolutions/r/', typeLabel: 'Văn bản', shortLabel: 'Văn bản', title: 'Về X' },
};
const term = { forms: ['cửa khẩu'], href: '/vi/glossary/cua-khau/', label: 'Thuật ngữ: cửa khẩu' };
// As the body thread gets it: plain data, structured-cloned.
const context = bodyContextFrom(structuredClone({ strings: uiStrings('vi'), targets, terms: [term], lang: 'vi' }));
const complete = (html: string) => writeOutBody(html, context);

describe('entry body markers', () => {
  test('are the element names MDX renders <Para>, <Ref> and <Part> as', () => {
    expect(bodyMarkers).toEqual({ Para: 'speech-para', Ref: 'entry-ref', Part: 'document-part' });
  });

  test('a body without markers stays byte for byte as rendered', () => {
    const html = '<h2 id="x">A &amp; B</h2>\n<p class=plain data-x=\'1\'>L&#39;ordre<br>cửa khẩu</p>';
    expect(complete(html)).toBe(html);
  });

  test('a <Ref> to an entry the language does not have fails, pointing to the check', () => {
    expect(() => complete('<p><entry-ref to="orientations/zz#p2">x</entry-ref></p>')).toThrow(
      '<Ref to="orientations/zz"> points at nothing in vi; run `npm run check` for the file and line.',
    );
    // Not an entry's address, even if the object has such a key.
    expect(() => complete('<p><entry-ref to="constructor">x</entry-ref></p>')).toThrow('<Ref to="constructor"> points at nothing in vi');
  });
});

describe('<Ref>', () => {
  test('keeps the words as the link text and names the target in the title and accessible name', () => {
    expect(complete('<p>về <entry-ref to="orientations/a">hạ <em>tầng</em></entry-ref>.</p>')).toBe(
      '<p>về <a class="ref" href="/vi/orientations/a/" title="Định hướng · Thứ nhất: Hạ tầng" data-ref="orientations/a" data-ref-type="ĐH1" aria-label="hạ tầng (Định hướng · Thứ nhất: Hạ tầng)">hạ <em>tầng</em></a>.</p>',
    );
  });

  test('without words, links the target by title, with the ¶ it points at', () => {
    expect(complete('<p><entry-ref to="orientations/a#p3"></entry-ref></p>')).toBe(
      '<p><a class="ref" href="/vi/orientations/a/#p3" data-ref="orientations/a#p3" data-ref-type="ĐH1" aria-label="Hạ tầng, Đoạn 3 (Định hướng · Thứ nhất)">Hạ tầng, Đoạn 3</a></p>',
    );
  });

  test('decodes the words once for the accessible name, and escapes attributes as Astro does', () => {
    expect(complete('<p><entry-ref to="people/b">A &amp; &quot;B&quot;</entry-ref></p>')).toBe(
      '<p><a class="ref" href="/vi/people/b/" title="Nhân vật: Tô Lâm" data-ref="people/b" data-ref-type="Nhân vật" aria-label="A &amp; &quot;B&quot; (Nhân vật: Tô Lâm)">A &amp; &quot;B&quot;</a></p>',
    );
  });
});

describe('<Para>', () => {
  test('is a numbered, citable block with its tools', () => {
    expect(complete('<speech-para n="7" kind="lead"><p>Mở đầu.</p></speech-para>')).toBe(
      '<div class="para para--lead" id="p7">' +
        '<a class="para-number" href="#p7">¶7<span class="visually-hidden"> · Đoạn 7</span></a>' +
        '<span class="para-voice" data-pagefind-ignore>Lời dẫn của tòa soạn:</span> ' +
        '<div class="para-text"><p>Mở đầu.</p></div>' +
        '<span class="para-tools" data-pagefind-ignore>' +
        '<button type="button" class="cite-button" data-cite>Trích dẫn<span class="visually-hidden"> Đoạn 7</span></button>' +
        '<button type="button" class="reading-add" data-reading-add>+ Danh sách đọc<span class="visually-hidden"> Đoạn 7</span></button>' +
        '</span></div>',
    );
  });

  test("labels, visibly, whose words a paragraph is when they are not the speaker's, and marks its voice for the citation", () => {
    const narration = complete('<speech-para n="2" voice="narration"><p>Sáng 28/1 …</p></speech-para>');
    expect(narration).toContain('<div class="para para--voice-narration" id="p2">');
    expect(narration).toContain('<span class="para-voice" data-pagefind-ignore>Lời phóng viên:</span>');
    const reported = complete('<speech-para n="3" voice="reported"><p>Tổng bí thư nhấn mạnh …</p></speech-para>');
    expect(reported).toContain('para--voice-reported');
    // The journalist's account of what the speaker said is not the speaker's own words: labelled too.
    expect(reported).toContain('<span class="para-voice" data-pagefind-ignore>Lời tường thuật của phóng viên:</span>');
  });

  test('a translated ¶ behind its original says so in words before its text, with the way to the original ¶; the others do not', () => {
    const english = bodyContextFrom(structuredClone({ strings: uiStrings('en'), targets, terms: [], lang: 'en' }));
    const outdated = { paragraphs: [2], originalHref: '/vi/speeches/talk/', originalLang: 'vi' };
    const body = '<speech-para n="1"><p>One.</p></speech-para><speech-para n="2" voice="direct"><p>Two.</p></speech-para>';
    const written = writeOutBody(body, english, 'speeches/talk', outdated);
    expect(written).toContain(
      '<div class="para para--voice-direct" id="p2" data-outdated>' +
        '<a class="para-number" href="#p2">¶2<span class="visually-hidden"> · Paragraph 2</span></a>' +
        '<p class="para-outdated" data-pagefind-ignore><strong>Translation not up to date:</strong> the original of this paragraph has changed since it was translated. ' +
        '<a href="/vi/speeches/talk/#p2" hreflang="vi">Read the original ¶2</a></p>' +
        '<div class="para-text"><p>Two.</p></div>',
    );
    expect(written.match(/para-outdated/g)).toHaveLength(1);
    expect(writeOutBody(body, english, 'speeches/talk')).toBe(writeOutBody(body, english, 'speeches/talk', { ...outdated, paragraphs: [] }));
    expect(writeOutBody(body, english, 'speeches/talk')).not.toContain('outdated');
  });

  test("tells a relation this ¶ states (it is the target's statedIn) from the editors' reading", () => {
    const stated = bodyContextFrom(
      structuredClone({ strings: uiStrings('vi'), targets: { ...targets, 'orientations/a': { ...targets['orientations/a']!, statedAt: ['speeches/talk#p5'] } }, terms: [], lang: 'vi' }),
    );
    const body = (n: number) => `<speech-para n="${n}"><p><entry-ref to="orientations/a">hạ tầng</entry-ref></p></speech-para>`;
    const inItsParagraph = writeOutBody(body(5), stated, 'speeches/talk');
    expect(inItsParagraph).toContain('<p class="para-refs para-refs--stated" data-relation="stated" data-pagefind-ignore><span class="para-refs-label">Đoạn này nêu:</span>');
    expect(inItsParagraph).not.toContain('data-relation="editorial"');
    for (const elsewhere of [writeOutBody(body(6), stated, 'speeches/talk'), writeOutBody(body(5), stated, 'speeches/other'), writeOutBody(body(5), stated)]) {
      expect(elsewhere).toContain('data-relation="editorial"');
      expect(elsewhere).not.toContain('data-relation="stated"');
    }
  });

  test('says a question is one, visibly and to screen readers', () => {
    expect(complete('<speech-para n="2" kind="question"><p>Hỏi gì?</p></speech-para>')).toContain(
      '</a><span class="para-voice" data-pagefind-ignore>Hỏi:</span> <div class="para-text">',
    );
  });

  test('links glossary terms outside its references, and lists what it refers to once each, in order', () => {
    const html = complete(
      '<speech-para n="3"><p><entry-ref to="people/b">cửa khẩu</entry-ref> và cửa khẩu; <entry-ref to="orientations/a#p1">x</entry-ref> <entry-ref to="people/b">y</entry-ref></p></speech-para>',
    );
    expect(html).toContain(
      '<div class="para-text"><p><a class="ref" href="/vi/people/b/" title="Nhân vật: Tô Lâm" data-ref="people/b" data-ref-type="Nhân vật" aria-label="cửa khẩu (Nhân vật: Tô Lâm)">cửa khẩu</a> và <a class="term" href="/vi/glossary/cua-khau/" title="Thuật ngữ: cửa khẩu">cửa khẩu</a>; ',
    );
    expect(html).toContain(
      '<p class="para-refs para-refs--editorial" data-relation="editorial" data-pagefind-ignore><span class="para-refs-label">Ban biên tập liên hệ với:</span> ' +
        '<a href="/vi/people/b/"><span class="para-refs-type">Nhân vật:</span> Tô Lâm</a> · ' +
        '<a href="/vi/orientations/a/"><span class="para-refs-type">Định hướng · Thứ nhất:</span> Hạ tầng</a></p></div>',
    );
  });

  test('writes out each paragraph and keeps what lies between them', () => {
    const html = complete('<speech-para n="1"><p>a</p></speech-para>\n<h2>giữa</h2>\n<speech-para n="2"><p>b</p></speech-para>');
    expect(html.match(/<div class="para" id="p\d+"/g)).toEqual(['<div class="para" id="p1"', '<div class="para" id="p2"']);
    expect(html).toContain('</div>\n<h2>giữa</h2>\n<div class="para" id="p2"');
  });
});

test('a marker left open is an error, not a page with a hole', () => {
  expect(() => complete('<speech-para n="1"><p>a</p>')).toThrow(/<speech-para> is not closed/);
});

describe('parts of an official document', () => {
  test('each is a section with its anchor from the parts around it, its printed number, a heading where titled, and a cite button', () => {
    const html = complete('<document-part n="II" title="Nhiệm vụ"><p>Mở đầu.</p><document-part n="3"><document-part n="b"><p>Tiết b.</p></document-part></document-part></document-part>');
    const sections = [...html.matchAll(/<section class="part part--(\w+)" id="([^"]+)" data-part="\2" data-pagefind-title="([^"]+)">/g)].map((match) => match.slice(1));
    expect(sections).toEqual([['roman', 'II', 'mục II'], ['number', 'II.3', 'mục II.3'], ['letter', 'II.3.b', 'mục II.3.b']]);
    expect(html).toContain('<h2 class="part-head"><a class="part-number" href="#II">II.<span class="visually-hidden"> · mục II</span></a> <span class="part-title">Nhiệm vụ</span></h2>');
    expect(html).toContain('<p class="part-head"><a class="part-number" href="#II.3.b">b)<span class="visually-hidden"> · mục II.3.b</span></a></p>');
    expect(html).toContain('<button type="button" class="cite-button" data-cite="mục II.3.b" data-cite-anchor="II.3.b">Trích dẫn<span class="visually-hidden"> mục II.3.b</span></button>');
  });

  test('a state document names its levels in anchors and labels', () => {
    const html = complete('<document-part level="dieu" n="5" title="Phạm vi"><document-part level="khoan" n="2"><document-part level="diem" n="đ"><p>x</p></document-part></document-part></document-part>');
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])).toEqual(['dieu-5', 'dieu-5-khoan-2', 'dieu-5-khoan-2-diem-dd']);
    expect(html).toContain('>Điều 5.<span class="visually-hidden"> · Điều 5</span>');
    expect(html).toContain('data-cite="Điều 5, khoản 2, điểm đ"');
  });

  test('a <Ref> to a part links to its anchor, and without words names the part', () => {
    expect(complete('<entry-ref to="resolutions/r#II.3.b">tiết b</entry-ref>')).toContain('href="/vi/resolutions/r/#II.3.b"');
    expect(complete('<entry-ref to="resolutions/r#dieu-5-khoan-2"></entry-ref>')).toContain('>Về X, Điều 5, khoản 2</a>');
  });
});
