import { describe, expect, test } from 'vitest';
import { linkTerms, usesTerm } from '../../src/lib/glossary';

const term = { forms: ['thế trận lòng dân'], href: '/vi/glossary/the-tran-long-dan/', label: 'Thuật ngữ: thế trận lòng dân' };

describe('usesTerm', () => {
  test('matches whole words, ignoring case', () => {
    expect(usesTerm('củng cố “Thế trận lòng dân”.', term.forms)).toBe(true);
    expect(usesTerm('GRDP bình quân', ['GRDP'])).toBe(true);
    expect(usesTerm('các GRDPs', ['GRDP'])).toBe(false);
  });
});

describe('linkTerms', () => {
  test('wraps the first occurrence and keeps the words exactly', () => {
    const html = linkTerms('<p>củng cố “thế trận lòng dân” và thế trận lòng dân.</p>', [term]);
    expect(html).toBe(
      '<p>củng cố “<a class="term" href="/vi/glossary/the-tran-long-dan/" title="Thuật ngữ: thế trận lòng dân">thế trận lòng dân</a>” và thế trận lòng dân.</p>',
    );
  });

  test('leaves text inside existing links alone', () => {
    const html = '<p><a href="/x/">thế trận lòng dân</a></p>';
    expect(linkTerms(html, [term])).toBe(html);
  });

  test('leaves the rest of the HTML byte for byte as rendered, entities and attribute quoting included', () => {
    const html = '<div class=para data-x=\'1\'><p>L&#39;ordre &amp; thế trận lòng dân<br>đây</p></div>';
    expect(linkTerms(html, [term])).toBe(
      '<div class=para data-x=\'1\'><p>L&#39;ordre &amp; <a class="term" href="/vi/glossary/the-tran-long-dan/" title="Thuật ngữ: thế trận lòng dân">thế trận lòng dân</a><br>đây</p></div>',
    );
  });

  test('skips buttons and scripts, and links the first occurrence after them', () => {
    const html = '<button>thế trận lòng dân</button><script>"thế trận lòng dân"</script><p>thế trận lòng dân</p>';
    expect(linkTerms(html, [term])).toBe(
      '<button>thế trận lòng dân</button><script>"thế trận lòng dân"</script><p><a class="term" href="/vi/glossary/the-tran-long-dan/" title="Thuật ngữ: thế trận lòng dân">thế trận lòng dân</a></p>',
    );
  });

  test('a later term never matches inside or across a link made for an earlier one', () => {
    const border = { forms: ['kinh tế cửa khẩu'], href: '/vi/glossary/kinh-te-cua-khau/', label: 'Thuật ngữ: kinh tế cửa khẩu' };
    const economy = { forms: ['kinh tế'], href: '/vi/glossary/kinh-te/', label: 'Thuật ngữ: kinh tế' };
    expect(linkTerms('<p>kinh tế cửa khẩu và kinh tế số</p>', [border, economy])).toBe(
      '<p><a class="term" href="/vi/glossary/kinh-te-cua-khau/" title="Thuật ngữ: kinh tế cửa khẩu">kinh tế cửa khẩu</a> và <a class="term" href="/vi/glossary/kinh-te/" title="Thuật ngữ: kinh tế">kinh tế</a> số</p>',
    );
  });

  test('escapes the link attributes', () => {
    const quoted = { forms: ['GRDP'], href: '/x/?a=1&b=2', label: 'Term: "GRDP"' };
    expect(linkTerms('<p>GRDP</p>', [quoted])).toBe('<p><a class="term" href="/x/?a=1&amp;b=2" title="Term: &quot;GRDP&quot;">GRDP</a></p>');
  });
});
