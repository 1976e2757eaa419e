import { describe, expect, test } from 'vitest';
import { citationAddress, citationFor, citationPieces, citationTemplate, documentCitationPieces, documentCitationTemplate, pageCitationAddress, templateForVoice, templatesForVoices, type CitationPhrases } from '../../src/lib/citation';

const phrases: CitationPhrases = {
  responsible: {
    reported: '{{publication}}, report of remarks by {{speakers}}',
    narration: "{{publication}}, reporter's words about {{speakers}}",
    question: "{{publication}}, interviewer's question to {{speakers}}",
    note: '{{publication}}, caption or note',
  },
  unnamedPublication: 'Unnamed publication',
  editorialTitle: "[untitled in the source; editors' description: {{title}}]",
  titleTranslation: "[editors' translation: “{{title}}”]",
};
const headline = { text: 'Quyết tâm', lang: 'vi', editorial: false };
const interview = { speakers: ['Phan Thăng An'], title: headline, publication: 'Tạp chí Dân chủ và Pháp luật', date: '7 March 2026', paragraphLabel: '¶{{n}}' };

describe('a citation credits whoever answers for the words', () => {
  test("the speaker's own words: the speaker, then where they appeared", () => {
    expect(citationFor(citationTemplate(interview, 'direct', phrases), 3, 'https://example.org/en/speeches/x/#p3')).toBe(
      'Phan Thăng An, “Quyết tâm”, Tạp chí Dân chủ và Pháp luật, 7 March 2026, ¶3. https://example.org/en/speeches/x/#p3',
    );
  });

  test("a question: the publication's, addressed to the speaker", () => {
    expect(citationTemplate(interview, 'question', phrases)).toBe("Tạp chí Dân chủ và Pháp luật, interviewer's question to Phan Thăng An, “Quyết tâm”, 7 March 2026, ¶{{n}}.");
  });

  test('narration and a reported speech: the publication, the speaker as subject', () => {
    expect(citationTemplate(interview, 'narration', phrases)).toMatch(/^Tạp chí Dân chủ và Pháp luật, reporter's words about Phan Thăng An, /);
    expect(citationTemplate(interview, 'reported', phrases)).toMatch(/^Tạp chí Dân chủ và Pháp luật, report of remarks by Phan Thăng An, /);
  });

  test("a source that names no publication, with the editors' title marked as theirs", () => {
    const report = { speakers: ['Tô Lâm'], title: { text: 'Working session', lang: 'en', editorial: true }, date: '28 January 2026', paragraphLabel: '¶{{n}}' };
    expect(citationTemplate(report, 'reported', phrases)).toBe(
      "Unnamed publication, report of remarks by Tô Lâm, [untitled in the source; editors' description: Working session], 28 January 2026, ¶{{n}}.",
    );
    expect(citationTemplate(report, 'direct', phrases)).toBe("Tô Lâm, [untitled in the source; editors' description: Working session], 28 January 2026, ¶{{n}}.");
  });

  test("on a translated page the source's own title, then the editors' translation labelled as theirs", () => {
    const translated = { ...interview, title: { ...headline, translation: 'Determined' } };
    expect(citationTemplate(translated, 'direct', phrases)).toBe(
      "Phan Thăng An, “Quyết tâm” [editors' translation: “Determined”], Tạp chí Dân chủ và Pháp luật, 7 March 2026, ¶{{n}}.",
    );
    // The source's title is the one piece in the original's language, so a page can mark it.
    expect(citationPieces(translated, 'question', phrases).filter((piece) => piece.lang)).toEqual([{ text: 'Quyết tâm', lang: 'vi' }]);
    expect(citationPieces(interview, 'direct', phrases).map((piece) => piece.text).join('')).toBe(citationTemplate(interview, 'direct', phrases));
  });

  test('without a ¶ label it cites the whole text', () => {
    const { paragraphLabel: _, ...whole } = interview;
    expect(citationFor(citationTemplate(whole, 'direct', phrases), '', 'https://example.org/en/speeches/x/')).toBe(
      'Phan Thăng An, “Quyết tâm”, Tạp chí Dân chủ và Pháp luật, 7 March 2026. https://example.org/en/speeches/x/',
    );
  });

  test("a ¶'s template is its voice's; a ¶ with no voice, or one without a template, is the speaker's own words", () => {
    const templates = { direct: 'speaker ¶{{n}}', question: 'publication asks ¶{{n}}' };
    expect(templateForVoice(templates, 'question')).toBe('publication asks ¶{{n}}');
    expect(templateForVoice(templates, undefined)).toBe('speaker ¶{{n}}');
    expect(templateForVoice(templates, 'note')).toBe('speaker ¶{{n}}');
    expect(templateForVoice(undefined, 'question')).toBeUndefined();
  });
});

describe('the address a citation carries', () => {
  const path = 'vi/speeches/x/';
  const noSiteNote = '(path within the library)';

  test('the canonical address when the site URL is known, wherever the page was opened', () => {
    for (const current of [new URL('file:///tmp/offline/vi/speeches/x/index.html'), new URL('http://127.0.0.1:4361/vi/speeches/x/')]) {
      expect(citationAddress(7, { canonical: 'https://example.org/vi/speeches/x/', current, path, noSiteNote })).toBe('https://example.org/vi/speeches/x/#p7');
    }
  });

  test('without a site URL: the address open in the browser, or the library path said to be one, never file:', () => {
    expect(citationAddress(7, { current: new URL('http://127.0.0.1:4361/vi/speeches/x/'), path, noSiteNote })).toBe('http://127.0.0.1:4361/vi/speeches/x/#p7');
    const fromDisk = citationAddress(7, { current: new URL('file:///tmp/offline/vi/speeches/x/index.html'), path, noSiteNote });
    expect(fromDisk).toBe('/vi/speeches/x/#p7 (path within the library)');
    expect(fromDisk).not.toContain('file:');
  });
});

describe('pageCitationAddress', () => {
  test('the canonical address when the site address is known, printed as it is', () => {
    expect(pageCitationAddress(new URL('https://example.org/library/'), '/library/vi/speeches/x/', '(library path)')).toEqual({
      canonical: 'https://example.org/library/vi/speeches/x/',
      printed: 'https://example.org/library/vi/speeches/x/',
    });
  });
  test('without one, no canonical address, and the printed path says it is the library’s', () => {
    expect(pageCitationAddress(undefined, '/vi/speeches/x/', '(library path)')).toEqual({ canonical: undefined, printed: '/vi/speeches/x/ (library path)' });
  });
});

describe('an official document is cited as its issuing body’s, with its own title', () => {
  const document = {
    issuer: 'Central Committee',
    documentType: 'Resolution',
    number: '57-NQ/TW',
    date: '22 December 2024',
    numberPhrase: ' No. {{number}}',
    phrases,
  };

  test('on the original page: the title as the document gives it, quoted', () => {
    const title = { text: 'Về đột phá', lang: 'vi', editorial: false };
    expect(documentCitationTemplate({ ...document, title })).toBe('Central Committee, Resolution No. 57-NQ/TW, “Về đột phá”, 22 December 2024, {{n}}.');
    expect(documentCitationTemplate({ ...document, title }, false)).toBe('Central Committee, Resolution No. 57-NQ/TW, “Về đột phá”, 22 December 2024.');
  });

  test('on a translated page: the original title quoted and marked with its language, the translation labelled as the editors’', () => {
    const title = { text: 'Về đột phá', lang: 'vi', editorial: false, translation: 'On breakthroughs' };
    expect(documentCitationTemplate({ ...document, title })).toBe(
      "Central Committee, Resolution No. 57-NQ/TW, “Về đột phá” [editors' translation: “On breakthroughs”], 22 December 2024, {{n}}.",
    );
    expect(documentCitationTemplate({ ...document, title })).not.toContain('“On breakthroughs”,');
    expect(documentCitationPieces({ ...document, title }).filter((piece) => piece.lang)).toEqual([{ text: 'Về đột phá', lang: 'vi' }]);
  });
});

test('a page carries the citation templates of the voices its paragraphs use, and the speaker\'s own', () => {
  const templates = { direct: 'D', reported: 'R', question: 'Q', narration: 'N', note: 'X' };
  expect(templatesForVoices(templates, [undefined, 'question', 'narration', 'question'])).toEqual({ direct: 'D', question: 'Q', narration: 'N' });
  expect(templatesForVoices(templates, [])).toEqual({ direct: 'D' });
});
