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
});
