import { describe, expect, test } from 'vitest';
import { formatDiagnostic, type RuleId } from '../../../scripts/check/diagnostic';
import { checkSources } from '../../../scripts/check/index';
import { corpusWith, orientation, person, speech, validFiles } from './mini-corpus';
import { site } from '../../../src/lib/site';

/** The formatted lines a corpus produces for some rules (all rules when none given). */
function linesFor(changes: Record<string, string | null>, ...rules: RuleId[]): string[] {
  return checkSources(corpusWith(changes))
    .filter((diagnostic) => rules.length === 0 || rules.includes(diagnostic.rule))
    .map(formatDiagnostic);
}

const viTalk = 'content/speeches/vi/talk.mdx';
const enTalk = 'content/speeches/en/talk.mdx';
const viRoads = 'content/orientations/vi/roads.mdx';

test('the valid mini corpus has no problems', () => {
  expect(linesFor({})).toEqual([]);
});

describe('1. front matter that fails the schema', () => {
  test('names the field, the value and the expected form, at the value', () => {
    expect(linesFor({ [viTalk]: validFiles[viTalk]!.replace('date: 2026-01-28', 'date: soon') }, 'schema')).toEqual([
      'content/speeches/vi/talk.mdx:5:7  error  `date` is `soon`, not a date; write it as YYYY-MM-DD, e.g. 2026-01-28  [schema]',
    ]);
  });

  test('lists the allowed values of a closed set, with a suggestion', () => {
    expect(linesFor({ [viTalk]: validFiles[viTalk]!.replace('format: speech', 'format: speach') }, 'schema')).toEqual([
      'content/speeches/vi/talk.mdx:3:9  error  `format` is `speach`; use one of `speech`, `interview`, `speech-report` (did you mean `speech`?)  [schema]',
    ]);
  });

  test('reports a missing field and an unknown one', () => {
    const text = validFiles[viTalk]!.replace('summary: "Tóm tắt."', 'sumary: "Tóm tắt."');
    expect(linesFor({ [viTalk]: text }, 'schema')).toEqual([
      'content/speeches/vi/talk.mdx:1:1  error  missing field `summary`; add `summary: …` to the front matter  [schema]',
      'content/speeches/vi/talk.mdx:7:1  error  unknown field `sumary` (did you mean `summary`?); speeches entries have `title`, `titleIsEditorial`, `format`, `speakers`, `date`, `dateKind`, `place`, `occasion`, `events`, `targets`, `source`, `summary`, `selfCheck`  [schema]',
    ]);
  });
});

describe('2. references to entries that do not exist', () => {
  test('an unknown id, with the closest one suggested', () => {
    const text = speech('vi', 'Về <Ref to="orientations/road">đường sá</Ref>.');
    expect(linesFor({ [viTalk]: text }, 'unknown-reference')).toEqual([
      'content/speeches/vi/talk.mdx:15:9  error  `orientations/road`: there is no orientations entry `road` in vi (did you mean `roads`?); use the file name of an entry in content/orientations/vi/  [unknown-reference]',
    ]);
  });

  test('the wrong collection', () => {
    const text = speech('vi', 'Về <Ref to="breakthroughs/roads">đường sá</Ref>.');
    expect(linesFor({ [viTalk]: text }, 'unknown-reference')).toEqual([
      'content/speeches/vi/talk.mdx:15:9  error  `roads` is in orientations, not in breakthroughs; write `orientations/roads`  [unknown-reference]',
    ]);
  });

  test('a front-matter relation to a missing entry', () => {
    expect(linesFor({ [viTalk]: validFiles[viTalk]!.replace('speakers: [an]', 'speakers: [an, binh]') }, 'unknown-reference')).toEqual([
      'content/speeches/vi/talk.mdx:4:16  error  `binh`: there is no people entry `binh` in vi; use the file name of an entry in content/people/vi/  [unknown-reference]',
    ]);
  });
});

describe('3. references to ¶ anchors that do not exist', () => {
  test('in a <Ref> address', () => {
    const text = `${orientation('vi')}\nXem <Ref to="speeches/talk#p9" />.\n`;
    expect(linesFor({ [viRoads]: text }, 'unknown-paragraph')).toEqual([
      'content/orientations/vi/roads.mdx:11:10  error  `speeches/talk#p9`: speeches/talk has no ¶9 (it has ¶1–¶2); point at an existing paragraph  [unknown-paragraph]',
    ]);
  });

  test('in a front-matter passage', () => {
    expect(linesFor({ [viRoads]: orientation('vi').replace('paragraphs: [2]', 'paragraphs: [3]') }, 'unknown-paragraph')).toEqual([
      'content/orientations/vi/roads.mdx:6:40  error  `speeches/talk#p3`: speeches/talk has no ¶3 (it has ¶1–¶2); point at an existing paragraph  [unknown-paragraph]',
    ]);
  });
});

describe('4. translations and their originals', () => {
  // An entry not yet translated is published in the original (issue 19): work for
  // `npm run translations`, not a problem for the check, even where translations refer to it.
  test('an entry not yet translated is no problem', () => {
    expect(linesFor({ 'content/orientations/en/roads.mdx': null })).toEqual([]);
  });

  test('a translation without an original is', () => {
    expect(linesFor({ 'content/orientations/vi/roads.mdx': null }, 'missing-original')).toEqual([
      'content/orientations/en/roads.mdx:1:1  error  there is no original (vi) for this translation; add content/orientations/vi/roads.mdx, or give this file the id of the entry it translates  [missing-original]',
    ]);
  });
});

describe('5. speeches whose vi and en paragraphs differ', () => {
  test('in count or ¶ anchors', () => {
    const text = speech('en', 'On <Ref to="orientations/roads">roads</Ref>.').replace('<Para n={2}>', '<Para n={3}>');
    expect(linesFor({ [enTalk]: text }, 'paragraph-mismatch')).toEqual([
      'content/speeches/en/talk.mdx:14:1  error  2 paragraphs in content/speeches/vi/talk.mdx but 2 here (missing ¶2; extra ¶3); translate paragraph for paragraph with the same <Para n> numbers  [paragraph-mismatch]',
    ]);
  });

  test('in what a paragraph refers to', () => {
    expect(linesFor({ [enTalk]: speech('en', 'On roads.') }, 'reference-mismatch')).toEqual([
      'content/speeches/en/talk.mdx:14:1  error  ¶2 refers to `orientations/roads` in content/speeches/vi/talk.mdx but not here; add <Ref to="orientations/roads"> around the matching words  [reference-mismatch]',
    ]);
  });
});

describe('5b. whether the source has a headline, the same in every language', () => {
  test("the original's title is the editors' but the translation's is not said to be", () => {
    const text = validFiles[viTalk]!.replace('format: speech', 'titleIsEditorial: true\nformat: speech');
    expect(linesFor({ [viTalk]: text }, 'title-mismatch')).toEqual([
      "content/speeches/en/talk.mdx:2:1  error  content/speeches/vi/talk.mdx says the source has no headline (titleIsEditorial: true) but this translation does not; add `titleIsEditorial: true` here too: the title is the editors' description in every language  [title-mismatch]",
    ]);
  });

  test('a translation that calls the source\'s headline the editors\'', () => {
    const text = validFiles[enTalk]!.replace('format: speech', 'titleIsEditorial: true\nformat: speech');
    expect(linesFor({ [enTalk]: text }, 'title-mismatch')).toEqual([
      "content/speeches/en/talk.mdx:3:19  error  this translation says the source has no headline (titleIsEditorial: true) but content/speeches/vi/talk.mdx gives the source's own; remove `titleIsEditorial` here: `title` is then the editors' translation of the source's headline  [title-mismatch]",
    ]);
  });
});

describe('5c. facts about the source, the same in every language', () => {
  test('a translation with another date, format or speaker than its original', () => {
    const text = validFiles[enTalk]!.replace('date: 2026-01-28', 'date: 2026-01-29').replace('format: speech', 'format: interview');
    expect(linesFor({ [enTalk]: text }, 'source-mismatch')).toEqual([
      'content/speeches/en/talk.mdx:3:9  error  `format` is interview here but speech in content/speeches/vi/talk.mdx; a translation states the same facts about the source as its original: write `format: speech` (or correct the original, if it is the one that is wrong)  [source-mismatch]',
      'content/speeches/en/talk.mdx:5:7  error  `date` is 2026-01-29 here but 2026-01-28 in content/speeches/vi/talk.mdx; a translation states the same facts about the source as its original: write `date: 2026-01-28` (or correct the original, if it is the one that is wrong)  [source-mismatch]',
    ]);
  });

  test('a speaker list that differs', () => {
    expect(linesFor({ [enTalk]: validFiles[enTalk]!.replace('speakers: [an]', 'speakers: [an, an]') }, 'source-mismatch')).toEqual([
      'content/speeches/en/talk.mdx:4:11  error  `speakers` is [an, an] here but [an] in content/speeches/vi/talk.mdx; a translation states the same facts about the source as its original: write `speakers: [an]` (or correct the original, if it is the one that is wrong)  [source-mismatch]',
    ]);
  });

  test('a source field missing in the translation, or given only there', () => {
    const withSource = (text: string, source: string) => text.replace('dateKind: delivered', `dateKind: delivered\nsource:\n${source}`);
    const vi = withSource(validFiles[viTalk]!, '  publication: "Báo Mẫu"');
    const en = withSource(validFiles[enTalk]!, '  url: "https://example.org/a"');
    expect(linesFor({ [viTalk]: vi, [enTalk]: en }, 'source-mismatch')).toEqual([
      'content/speeches/en/talk.mdx:8:3  error  `source.publication` is missing here but content/speeches/vi/talk.mdx gives "Báo Mẫu"; a translation states the same facts about the source as its original: add `publication: "Báo Mẫu"` under `source:`  [source-mismatch]',
      'content/speeches/en/talk.mdx:8:8  error  `source.url` is "https://example.org/a" here but content/speeches/vi/talk.mdx does not give it; a translation states the same facts about the source as its original: remove it here, or add it to the original if the source gives it  [source-mismatch]',
    ]);
    expect(linesFor({ [viTalk]: vi, [enTalk]: withSource(validFiles[enTalk]!, '  publication: "Báo Mẫu"') }, 'source-mismatch')).toEqual([]);
  });

  test('what a translation words in its own language (title, summary, place) may differ', () => {
    expect(linesFor({}, 'source-mismatch')).toEqual([]);
  });
});

describe('6. duplicates', () => {
  test('two ids that differ only in case', () => {
    const lines = linesFor({ 'content/people/vi/An.mdx': person('vi'), 'content/people/en/An.mdx': person('en') }, 'duplicate-id');
    expect(lines).toEqual([
      'content/people/en/An.mdx:1:1  error  the id `An` is already used by content/people/en/an.mdx; rename one of the files (ids are lowercase kebab-case and unique per collection)  [duplicate-id]',
      'content/people/vi/An.mdx:1:1  error  the id `An` is already used by content/people/vi/an.mdx; rename one of the files (ids are lowercase kebab-case and unique per collection)  [duplicate-id]',
    ]);
  });

  test('a ¶ anchor used twice', () => {
    const text = validFiles[viTalk]!.replace('<Para n={2}>', '<Para n={1}>');
    expect(linesFor({ [viTalk]: text }, 'duplicate-paragraph')).toEqual([
      'content/speeches/vi/talk.mdx:14:1  error  ¶1 appears twice; give this paragraph the next free number (¶ anchors must be unique)  [duplicate-paragraph]',
    ]);
  });
});

describe('a ¶ that is not a paragraph of its own', () => {
  test('a ¶ opened inside another', () => {
    const text = validFiles[viTalk]!.replace(/<\/Para>\s*<Para n=\{2\}>/, '\n<Para n={2}>').replace(/<\/Para>\s*$/, '</Para>\n</Para>\n');
    expect(linesFor({ [viTalk]: text }, 'nested-paragraph')).toEqual([
      'content/speeches/vi/talk.mdx:13:1  error  a <Para> inside ¶1; close ¶1 with </Para> before the next <Para> opens  [nested-paragraph]',
    ]);
  });
});

describe('7. MDX that does not parse or uses an unknown component', () => {
  test('an unclosed element', () => {
    const text = speech('vi', 'Về <Ref to="orientations/roads">đường sá.');
    expect(linesFor({ [viTalk]: text }, 'mdx-syntax')).toEqual([
      'content/speeches/vi/talk.mdx:15:4  error  the MDX does not parse: Expected a closing tag for `<Ref>` before the end of `paragraph`; close every <Tag> with </Tag> and write a literal { or < as \\{ or \\<  [mdx-syntax]',
    ]);
  });

  test('a misspelled component', () => {
    const text = speech('vi', 'Về <Reff to="orientations/roads">đường sá</Reff>.');
    expect(linesFor({ [viTalk]: text }, 'unknown-component')).toEqual([
      'content/speeches/vi/talk.mdx:15:4  error  unknown component `<Reff>` (did you mean `Ref`?); content may use <Para>, <Part>, <Quote>, <Ref>  [unknown-component]',
    ]);
  });
});

test('8. script, frames, handlers and javascript: URLs', () => {
  const text = speech('vi', 'Về <Ref to="orientations/roads">đường sá</Ref> <span onClick="x()">a</span> [b](javascript:alert(1)).\n\n<script>alert(1)</script>\n\n<iframe src="https://example.com" />');
  expect(linesFor({ [viTalk]: text }, 'unsafe-content')).toEqual([
    'content/speeches/vi/talk.mdx:15:54  error  event handler `onClick` on `<span>` is not allowed in content; remove it  [unsafe-content]',
    'content/speeches/vi/talk.mdx:15:77  error  a script URL is not allowed in content; link to a page instead  [unsafe-content]',
    'content/speeches/vi/talk.mdx:17:1  error  `<script>` is not allowed in content: it could run or embed code; remove it  [unsafe-content]',
    'content/speeches/vi/talk.mdx:19:1  error  `<iframe>` is not allowed in content: it could run or embed code; remove it  [unsafe-content]',
  ]);
});

test('9. internal links to pages or ¶ that will not exist', () => {
  const text = `${person('vi')}\nXem [bài nói](/vi/speeches/tallk/) và [đoạn 9](/vi/speeches/talk/#p9); [ngoài](https://example.org/) không kiểm.\n`;
  expect(linesFor({ 'content/people/vi/an.mdx': text }, 'broken-link')).toEqual([
    'content/people/vi/an.mdx:9:5  error  the link `/vi/speeches/tallk/` goes to /vi/speeches/tallk/, a page the build will not write (did you mean `/vi/speeches/talk/`?); link between entries with <Ref to="collection/id">  [broken-link]',
    'content/people/vi/an.mdx:9:39  error  the link `/vi/speeches/talk/#p9` points at ¶9, which content/speeches/vi/talk.mdx does not have; point at an existing paragraph  [broken-link]',
  ]);
});

test('9. a link to a page not yet translated lands on the original the site publishes there, and its ¶', () => {
  const text = `${person('en')}\nSee [the talk](/en/speeches/talk/#p2), not [¶9](/en/speeches/talk/#p9).\n`;
  expect(linesFor({ 'content/speeches/en/talk.mdx': null, 'content/people/en/an.mdx': text }, 'broken-link')).toEqual([
    'content/people/en/an.mdx:9:44  error  the link `/en/speeches/talk/#p9` points at ¶9, which content/speeches/vi/talk.mdx does not have; point at an existing paragraph  [broken-link]',
  ]);
});

test('9. a list page is written in a language without a translation of the kind yet: it lists the originals', () => {
  const text = `${person('en')}\nSee [the speeches](/en/speeches/).\n`;
  expect(linesFor({ 'content/speeches/en/talk.mdx': null, 'content/people/en/an.mdx': text }, 'broken-link')).toEqual([]);
});

test('9. a list\'s later pages exist only as far as its entries run', () => {
  const text = `${person('vi')}\nXem [trang 2](/vi/speeches/page/2/).\n`;
  expect(linesFor({ 'content/people/vi/an.mdx': text }, 'broken-link')).toEqual([
    expect.stringContaining('the link `/vi/speeches/page/2/` goes to /vi/speeches/page/2/, a page the build will not write'),
  ]);
});

test('9. an entry\'s later passage pages exist only as far as the paragraphs citing it run', () => {
  // One more citing ¶ than a page holds, in a second speech: the orientation's passages run to page 2.
  const citing = site.passagePageSize + 1;
  const paras = (lang: 'vi' | 'en') =>
    Array.from({ length: citing }, (_, index) => `<Para n={${index + 1}}>\n${lang === 'vi' ? 'Về' : 'On'} <Ref to="orientations/roads">${lang === 'vi' ? 'đường' : 'roads'}</Ref>.\n</Para>\n`).join('\n');
  const long = (lang: 'vi' | 'en') => speech(lang, 'x').replace(/<Para n=\{1\}>[\s\S]*$/, paras(lang));
  const text = `${person('vi')}\nXem [trang 2](/vi/orientations/roads/passages/2/) và [trang 3](/vi/orientations/roads/passages/3/).\n`;
  expect(linesFor({ 'content/speeches/vi/long.mdx': long('vi'), 'content/speeches/en/long.mdx': long('en'), 'content/people/vi/an.mdx': text }, 'broken-link')).toEqual([
    expect.stringContaining('the link `/vi/orientations/roads/passages/3/` goes to /vi/orientations/roads/passages/3/, a page the build will not write'),
  ]);
  // Without that speech no passage but the stated one cites it, and neither page is written.
  expect(linesFor({ 'content/people/vi/an.mdx': text }, 'broken-link')).toHaveLength(2);
});

test('9. a long timeline\'s year pages exist for the years it has, as far as each year runs', () => {
  const text = `${person('vi')}\nXem [2026](/vi/timeline/2026/), [trang 2](/en/timeline/2026/page/2/), [2025](/vi/timeline/2025/).\n`;
  // One speech more than a list page holds, all in 2026: a year index, and 2026 on two pages.
  const speeches = Object.fromEntries(Array.from({ length: site.listPageSize }, (_, index) => [`content/speeches/vi/talk-${index}.mdx`, speech('vi', 'x')]));
  expect(linesFor({ ...speeches, 'content/people/vi/an.mdx': text }, 'broken-link')).toEqual([
    expect.stringContaining('the link `/vi/timeline/2025/` goes to /vi/timeline/2025/, a page the build will not write'),
  ]);
  // A timeline that fits one page has no year pages.
  expect(linesFor({ 'content/people/vi/an.mdx': text }, 'broken-link')).toHaveLength(3);
});

test('9. a person\'s later pages of texts exist as far as their texts run', () => {
  const text = `${person('vi')}\nXem [trang 2](/vi/people/an/own-words/2/), [trang 3](/vi/people/an/own-words/3/).\n`;
  // One speech more than a list page holds, all by the same person.
  const speeches = Object.fromEntries(Array.from({ length: site.listPageSize }, (_, index) => [`content/speeches/vi/talk-${index}.mdx`, speech('vi', 'x')]));
  expect(linesFor({ ...speeches, 'content/people/vi/an.mdx': text }, 'broken-link')).toEqual([
    expect.stringContaining('the link `/vi/people/an/own-words/3/` goes to /vi/people/an/own-words/3/, a page the build will not write'),
  ]);
  expect(linesFor({ 'content/people/vi/an.mdx': text }, 'broken-link')).toHaveLength(2);
});

test('9. a link to the bilingual view (?view=both) is a link to the speech page; the old parallel page is gone', () => {
  const text = `${person('vi')}\nĐọc [song ngữ](/vi/speeches/talk/?view=both#p1), không phải [trang cũ](/vi/speeches/talk/parallel/).\n`;
  expect(linesFor({ 'content/people/vi/an.mdx': text }, 'broken-link')).toEqual([
    'content/people/vi/an.mdx:9:61  error  the link `/vi/speeches/talk/parallel/` goes to /vi/speeches/talk/parallel/, a page the build will not write (did you mean `/vi/speeches/talk/`?); link between entries with <Ref to="collection/id">  [broken-link]',
  ]);
});

describe('10. empty bodies and missing titles', () => {
  test('an empty body', () => {
    expect(linesFor({ 'content/people/vi/an.mdx': person('vi').replace('Người phát biểu.\n', '') }, 'empty-body')).toEqual([
      "content/people/vi/an.mdx:6:1  error  the body is empty; write the entry's text below the closing `---` of the front matter  [empty-body]",
    ]);
  });

  test('a missing title', () => {
    expect(linesFor({ [viRoads]: orientation('vi').replace('title: "Đường sá"\n', '') }, 'missing-title')).toEqual([
      'content/orientations/vi/roads.mdx:1:1  error  the entry has no title; add `title: "…"` to the front matter  [missing-title]',
    ]);
  });
});

test('11. an orientation no speech passage refers to is a warning', () => {
  const lines = linesFor({ [viTalk]: speech('vi', 'Về đường sá.'), [enTalk]: speech('en', 'On roads.') }, 'unreferenced-entry');
  expect(lines).toEqual([
    'content/orientations/en/roads.mdx:1:1  warning  no speech passage refers to this entry; wrap the words that bear on it in a speech paragraph with <Ref to="orientations/roads">…</Ref>  [unreferenced-entry]',
    'content/orientations/vi/roads.mdx:1:1  warning  no speech passage refers to this entry; wrap the words that bear on it in a speech paragraph with <Ref to="orientations/roads">…</Ref>  [unreferenced-entry]',
  ]);
});

describe('12. files whose language or collection the path does not give', () => {
  test('an unknown language folder', () => {
    expect(linesFor({ 'content/speeches/fr/talk.mdx': validFiles[viTalk]! }, 'unknown-language')).toEqual([
      'content/speeches/fr/talk.mdx:1:1  error  cannot tell the language from the path (`fr` is not a language); put the file at content/<collection>/<lang>/<id>.mdx where <lang> is one of the site\'s languages (vi, en; site.config.ts)  [unknown-language]',
    ]);
  });

  test('an unknown collection folder', () => {
    expect(linesFor({ 'content/speech/vi/talk.mdx': validFiles[viTalk]! }, 'unknown-collection')).toEqual([
      'content/speech/vi/talk.mdx:1:1  error  no collection `speech` (did you mean `speeches`?); move the file to content/<collection>/<lang>/ where <collection> is one of speeches, orientations, breakthroughs, resolutions, people, events, targets, glossary  [unknown-collection]',
    ]);
  });
});

describe('whose words each paragraph holds', () => {
  const asFormat = (text: string, format: string) => text.replace('format: speech', `format: ${format}`);
  const withVoices = (text: string, first: string, second: string) =>
    text.replace('<Para n={1}>', `<Para n={1} voice="${first}">`).replace('<Para n={2}>', `<Para n={2} voice="${second}">`);

  test('a speech of one voice needs none', () => {
    expect(linesFor({}, 'paragraph-voice')).toEqual([]);
  });

  test('an interview or a report names the voice of every paragraph, and the message explains the choices', () => {
    const lines = linesFor({ [viTalk]: asFormat(validFiles[viTalk]!, 'speech-report') }, 'paragraph-voice');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'content/speeches/vi/talk.mdx:10:1  error  ¶1 does not say whose words it holds, and a text of format `speech-report` has more than one voice; add voice="…" to its <Para>: `direct` (the speaker\'s own words), `reported` (the speaker\'s words told by the reporter ("… nhấn mạnh …")), `question` (the interviewer\'s question), `narration` (the journalist\'s lead or narration), `note` (a caption or editor\'s note)  [paragraph-voice]',
    );
  });

  test('a report whose paragraphs all say whose words they are passes', () => {
    const vi = withVoices(asFormat(validFiles[viTalk]!, 'speech-report'), 'narration', 'reported');
    const en = withVoices(asFormat(validFiles[enTalk]!, 'speech-report'), 'narration', 'reported');
    expect(linesFor({ [viTalk]: vi, [enTalk]: en }, 'paragraph-voice')).toEqual([]);
  });

  test('an unknown voice, with the choices', () => {
    const vi = withVoices(asFormat(validFiles[viTalk]!, 'interview'), 'journalist', 'direct');
    expect(linesFor({ [viTalk]: vi }, 'paragraph-voice')[0]).toMatch(/^content\/speeches\/vi\/talk\.mdx:10:1 {2}error {2}¶1 has voice="journalist", which is not a voice; use one of `direct` \(the speaker's own words\), `reported`/);
  });

  test('a question credited to the speaker', () => {
    const vi = asFormat(validFiles[viTalk]!, 'interview').replace('<Para n={1}>', '<Para n={1} kind="question" voice="direct">').replace('<Para n={2}>', '<Para n={2} voice="direct">');
    expect(linesFor({ [viTalk]: vi }, 'paragraph-voice')).toEqual([
      'content/speeches/vi/talk.mdx:10:1  error  ¶1 is a question (kind="question") but says voice="direct"; a question is the interviewer\'s words: write voice="question"  [paragraph-voice]',
    ]);
  });

  test('a lead credited to the speaker, or to no one', () => {
    const vi = withVoices(asFormat(validFiles[viTalk]!, 'speech-report'), 'direct', 'reported').replace('<Para n={1} voice="direct">', '<Para n={1} kind="lead" voice="direct">');
    const en = withVoices(asFormat(validFiles[enTalk]!, 'speech-report'), 'direct', 'reported').replace('<Para n={1} voice="direct">', '<Para n={1} kind="lead">');
    expect(linesFor({ [viTalk]: vi, [enTalk]: en }, 'paragraph-voice')).toEqual([
      'content/speeches/en/talk.mdx:10:1  error  ¶1 is the publication\'s lead (kind="lead") but gives no voice, so it is cited as the speaker\'s own words; a lead is the publication\'s words: write voice="narration" (or voice="note" for an editor\'s note), or remove kind="lead" if these are the speaker\'s words  [paragraph-voice]',
      'content/speeches/en/talk.mdx:10:1  error  ¶1 does not say whose words it holds, and a text of format `speech-report` has more than one voice; add voice="…" to its <Para>: `direct` (the speaker\'s own words), `reported` (the speaker\'s words told by the reporter ("… nhấn mạnh …")), `question` (the interviewer\'s question), `narration` (the journalist\'s lead or narration), `note` (a caption or editor\'s note)  [paragraph-voice]',
      'content/speeches/vi/talk.mdx:10:1  error  ¶1 is the publication\'s lead (kind="lead") but says voice="direct"; a lead is the publication\'s words: write voice="narration" (or voice="note" for an editor\'s note), or remove kind="lead" if these are the speaker\'s words  [paragraph-voice]',
    ]);
    const asLead = (text: string, voice: string) => withVoices(asFormat(text, 'speech-report'), voice, 'reported').replace(`<Para n={1} voice="${voice}">`, `<Para n={1} kind="lead" voice="${voice}">`);
    for (const voice of ['narration', 'note']) expect(linesFor({ [viTalk]: asLead(validFiles[viTalk]!, voice), [enTalk]: asLead(validFiles[enTalk]!, voice) }, 'paragraph-voice')).toEqual([]);
  });

  test('narration in a text that claims to be the speaker\'s own words', () => {
    expect(linesFor({ [viTalk]: withVoices(validFiles[viTalk]!, 'narration', 'direct') }, 'paragraph-voice')).toEqual([
      'content/speeches/vi/talk.mdx:10:1  error  ¶1 says voice="narration" in a text of format `speech`, which holds only the speaker\'s own words; change the format to `interview` or `speech-report`, or remove the voice  [paragraph-voice]',
    ]);
  });

  test('a translation that credits a paragraph to someone else', () => {
    const vi = withVoices(asFormat(validFiles[viTalk]!, 'speech-report'), 'narration', 'reported');
    const en = withVoices(asFormat(validFiles[enTalk]!, 'speech-report'), 'narration', 'direct');
    expect(linesFor({ [viTalk]: vi, [enTalk]: en }, 'paragraph-voice')).toEqual([
      'content/speeches/en/talk.mdx:14:1  error  ¶2 says voice="direct" but ¶2 of the original (vi) says voice="reported"; a translation keeps each paragraph\'s voice: write voice="reported"  [paragraph-voice]',
    ]);
  });
  test('a translation that gives no voice where the original gives one is cited as the speaker\'s words, and is refused', () => {
    // The format differs too (source-mismatch); the voices are still compared, so narration is never cited as the speaker's.
    const vi = withVoices(asFormat(validFiles[viTalk]!, 'speech-report'), 'narration', 'reported');
    expect(linesFor({ [viTalk]: vi }, 'paragraph-voice')).toEqual([
      'content/speeches/en/talk.mdx:10:1  error  ¶1 gives no voice (so is cited as the speaker\'s own words) but ¶1 of the original (vi) says voice="narration"; a translation keeps each paragraph\'s voice: write voice="narration"  [paragraph-voice]',
      'content/speeches/en/talk.mdx:14:1  error  ¶2 gives no voice (so is cited as the speaker\'s own words) but ¶2 of the original (vi) says voice="reported"; a translation keeps each paragraph\'s voice: write voice="reported"  [paragraph-voice]',
    ]);
  });

  test('a translation that gives a voice the original leaves to its format', () => {
    expect(linesFor({ [enTalk]: withVoices(validFiles[enTalk]!, 'direct', 'direct') }, 'paragraph-voice')).toEqual([]);
    const vi = withVoices(asFormat(validFiles[viTalk]!, 'speech-report'), 'narration', 'reported');
    expect(linesFor({ [viTalk]: vi.replace('<Para n={2} voice="reported">', '<Para n={2}>'), [enTalk]: withVoices(asFormat(validFiles[enTalk]!, 'speech-report'), 'narration', 'reported') }, 'paragraph-voice')).toContain(
      'content/speeches/en/talk.mdx:14:1  error  ¶2 says voice="reported" but ¶2 of the original (vi) gives no voice (so is cited as the speaker\'s own words); a translation keeps each paragraph\'s voice: remove the voice, or write voice="direct"  [paragraph-voice]',
    );
  });
});

describe('relations called stated are carried by a ¶', () => {
  const breakthrough = (extra: string) => `---
title: "Cán bộ"
order: 1
ordinal: "Một là"
summary: "Tóm tắt."
statedIn: { speech: talk, paragraphs: [2] }
orientations: [roads]
${extra}---

Một là, cán bộ.
`;
  const viTalkWithBreakthrough = speech('vi', 'Về <Ref to="orientations/roads">đường sá</Ref> và <Ref to="breakthroughs/cadres">cán bộ</Ref>.');

  test('statedIn pointing at a ¶ that holds no <Ref> to the item', () => {
    expect(linesFor({}, 'unsupported-relation')).toEqual([]);
    expect(linesFor({ [viRoads]: orientation('vi').replace('paragraphs: [2]', 'paragraphs: [1]') }, 'unsupported-relation')).toEqual([
      'content/orientations/vi/roads.mdx:6:11  error  `statedIn` points at talk ¶1, but no <Ref to="orientations/roads"> there carries it; wrap the words of that ¶ that state this item in <Ref to="orientations/roads">…</Ref>, or point `statedIn` at the ¶ that states it  [unsupported-relation]',
    ]);
  });

  test('a target\'s statedIn, which its page shows as "Stated in", is held to a <Ref> there too', () => {
    const target = `---
title: "Tăng trưởng"
value: "10%"
statedIn: { speech: talk, paragraphs: [2] }
summary: "Tóm tắt."
---

Mục tiêu.
`;
    const withRef = speech('vi', 'Về <Ref to="orientations/roads">đường sá</Ref> và <Ref to="targets/growth">tăng trưởng</Ref>.');
    expect(linesFor({ [viTalk]: withRef, 'content/targets/vi/growth.mdx': target }, 'unsupported-relation')).toEqual([]);
    expect(linesFor({ 'content/targets/vi/growth.mdx': target }, 'unsupported-relation')).toEqual([
      'content/targets/vi/growth.mdx:4:11  error  `statedIn` points at talk ¶2, but no <Ref to="targets/growth"> there carries it; wrap the words of that ¶ that state this item in <Ref to="targets/growth">…</Ref>, or point `statedIn` at the ¶ that states it  [unsupported-relation]',
    ]);
  });

  test('a breakthrough–orientation link is the editors\' reading unless a ¶ carries it', () => {
    const files = { [viTalk]: viTalkWithBreakthrough, 'content/breakthroughs/vi/cadres.mdx': breakthrough('') };
    expect(linesFor(files, 'unsupported-relation')).toEqual([]);
    expect(linesFor({ ...files, 'content/breakthroughs/vi/cadres.mdx': breakthrough('orientationsStatedIn: { speech: talk, paragraphs: [2] }\n') }, 'unsupported-relation')).toEqual([]);
    expect(linesFor({ ...files, 'content/breakthroughs/vi/cadres.mdx': breakthrough('orientationsStatedIn: { speech: talk, paragraphs: [1] }\n') }, 'unsupported-relation')).toEqual([
      'content/breakthroughs/vi/cadres.mdx:7:16  error  `orientationsStatedIn` says talk ¶1 states that this breakthrough serves `roads`, but no <Ref to="orientations/roads"> there carries it; mark the words with that <Ref>, or remove `orientationsStatedIn` so the link is shown as the editors\' reading  [unsupported-relation]',
    ]);
  });
});

describe('resolutions: references to parts, and the parts themselves', () => {
  const resolution = (lang: 'vi' | 'en', body = '<Part n="I">\n\n<Part n="1">\n\n<Part n="a">\nx\n</Part>\n\n<Part n="b">\ny\n</Part>\n\n</Part>\n\n</Part>\n') => `---
title: "${lang === 'vi' ? 'Về mẫu' : 'On a sample'}"
documentType: "${lang === 'vi' ? 'Nghị quyết' : 'Resolution'}"
number: "01-NQ/MAU"
issuer: "${lang === 'vi' ? 'Hội Mẫu (hư cấu)' : 'Sample Association (fictional)'}"
structure: party
summary: "${lang === 'vi' ? 'Tóm tắt.' : 'Summary.'}"
---

${body}`;
  const withResolution = (viWords: string, enWords = viWords, viBody?: string): Record<string, string> => ({
    'content/resolutions/vi/sample.mdx': resolution('vi', viBody),
    'content/resolutions/en/sample.mdx': resolution('en'),
    [viTalk]: speech('vi', `Về <Ref to="orientations/roads">đường sá</Ref>, ${viWords}.`),
    [enTalk]: speech('en', `On <Ref to="orientations/roads">roads</Ref>, ${enWords}.`),
  });

  test('a <Ref> from a speech to a part at any level passes', () => {
    expect(linesFor(withResolution('<Ref to="resolutions/sample#I.1.b">tiết b</Ref> và <Ref to="resolutions/sample#I">mục I</Ref>'))).toEqual([]);
  });

  test('an unknown document and an unknown part, at the <Ref>, with a suggestion', () => {
    expect(linesFor(withResolution('<Ref to="resolutions/sampel#I.1.b">x</Ref> <Ref to="resolutions/sample#I.1.c">y</Ref>'), 'unknown-reference', 'unknown-part').filter((line) => line.startsWith(viTalk))).toEqual([
      'content/speeches/vi/talk.mdx:15:54  error  `resolutions/sampel#I.1.b`: there is no resolutions entry `sampel` in vi (did you mean `sample`?); use the file name of an entry in content/resolutions/vi/  [unknown-reference]',
      'content/speeches/vi/talk.mdx:15:97  error  `resolutions/sample#I.1.c`: resolutions/sample has no part `#I.1.c` (did you mean `I.1.a`?) (its parts run I … I.1.b); point at a part it has  [unknown-part]',
    ]);
  });

  test('a part anchor on a speech, and a kind that may not refer to resolutions', () => {
    const files = withResolution('<Ref to="speeches/talk#I.1">x</Ref>');
    files[viRoads] = validFiles[viRoads]!.replace('Thứ nhất, đường sá.', 'Thứ nhất, <Ref to="resolutions/sample#I">đường sá</Ref>.');
    expect(linesFor(files, 'unknown-reference', 'unknown-part').filter((line) => line.includes('/vi/'))).toEqual([
      'content/orientations/vi/roads.mdx:9:16  error  `resolutions/sample#I`: orientations may not refer to resolutions; only speeches may (src/kinds/resolutions.ts)  [unknown-reference]',
      'content/speeches/vi/talk.mdx:15:54  error  `speeches/talk#I.1`: `#I.1` is not an anchor of speeches; only resolutions have part anchors such as #II.3.b: point at a paragraph as `#p<n>`  [unknown-part]',
    ]);
  });

  test('numbering, at the part, in the file', () => {
    const body = '<Part n="I">\n\n<Part n="2">\nx\n</Part>\n\n</Part>\n\n<Part n="I">\ny\n</Part>\n';
    expect(linesFor(withResolution('x', 'x', body), 'part-numbering', 'duplicate-part', 'paragraph-mismatch')).toEqual([
      'content/resolutions/en/sample.mdx:10:1  error  the parts differ from content/resolutions/vi/sample.mdx (missing #I.2; extra #I.1, #I.1.a, #I.1.b); translate part for part with the same <Part> numbers and levels  [paragraph-mismatch]',
      'content/resolutions/vi/sample.mdx:12:1  error  <Part n="2"> is out of sequence: expected `1` here (numbered within I); number the parts in reading order, none skipped or repeated  [part-numbering]',
      'content/resolutions/vi/sample.mdx:18:1  error  <Part n="I"> gives the anchor `#I` a second time; each part is cited by its anchor, so it must be unique: renumber this part  [duplicate-part]',
      'content/resolutions/vi/sample.mdx:18:1  error  <Part n="I"> is out of sequence: expected `II` here (numbered from the start); number the parts in reading order, none skipped or repeated  [part-numbering]',
    ]);
  });

  test('<Part> belongs to documents and <Para> to speeches', () => {
    const files = withResolution('x', 'x', '<Para n={1}>\nx\n</Para>\n');
    files[viTalk] = validFiles[viTalk]!.replace('<Para n={1}>', '<Part n="I">\n\n</Part>\n\n<Para n={1}>');
    expect(linesFor(files, 'unknown-component', 'part-numbering')).toEqual([
      'content/resolutions/vi/sample.mdx:9:1  error  an official document has no numbered parts; wrap each part in <Part n="I">…</Part>, nested as the document nests them  [part-numbering]',
      'content/resolutions/vi/sample.mdx:10:1  error  <Para> numbers the paragraphs of a speech; an official document is numbered in parts: write <Part n="…"> (see docs/authoring.md)  [unknown-component]',
      'content/speeches/vi/talk.mdx:10:1  error  <Part> numbers the parts of an official document (resolutions); in speeches write <Para n={…}>  [unknown-component]',
    ]);
  });
});

describe('decisions the import left to an editor', () => {
  test('each `{/* decide: … */}` marker is an error at its place, until it is deleted', () => {
    const marked = validFiles[viTalk]!.replace('<Para n={2}>', '{/* decide: ¶2 has no reporting verb */}\n<Para n={2}>\nA {/* decide: inline too */} mark.\n');
    expect(linesFor({ [viTalk]: marked }, 'pending-decision')).toEqual([
      'content/speeches/vi/talk.mdx:14:1  error  a decision is left to an editor: ¶2 has no reporting verb; decide, change the text or front matter if needed, then delete this `{/* decide: … */}` note  [pending-decision]',
      'content/speeches/vi/talk.mdx:16:3  error  a decision is left to an editor: inline too; decide, change the text or front matter if needed, then delete this `{/* decide: … */}` note  [pending-decision]',
    ]);
  });

  test('an ordinary editors’ comment is no decision', () => {
    const commented = validFiles[viTalk]!.replace('<Para n={2}>', '{/* note for editors: decide later */}\n<Para n={2}>');
    expect(linesFor({ [viTalk]: commented }, 'pending-decision')).toEqual([]);
  });
});

describe('self-check questions: answers at an existing ¶ that bears on the entry, the same in every translation', () => {
  /** The file with review questions added after its summary, one per `at`. */
  const withQuestions = (text: string, ...places: string[]) =>
    text.replace(/(summary: "[^"]*"\n)/, `$1selfCheck:\n${places.map((at) => `  - question: "Q?"\n    answer: "A."\n    at: ${at}\n`).join('')}`);
  const enRoads = 'content/orientations/en/roads.mdx';

  test('a speech’s question answered by its own ¶, and an orientation’s by a ¶ that refers to it, pass', () => {
    expect(
      linesFor({
        [viTalk]: withQuestions(validFiles[viTalk]!, 'p2'),
        [enTalk]: withQuestions(validFiles[enTalk]!, 'p2'),
        [viRoads]: withQuestions(validFiles[viRoads]!, 'speeches/talk#p2'),
        [enRoads]: withQuestions(validFiles[enRoads]!, 'speeches/talk#p2'),
      }),
    ).toEqual([]);
  });

  test('an answer at a ¶ the speech does not have', () => {
    expect(linesFor({ [viTalk]: withQuestions(validFiles[viTalk]!, 'p9'), [enTalk]: withQuestions(validFiles[enTalk]!, 'p9') }, 'self-check-answer')).toEqual([
      'content/speeches/en/talk.mdx:11:9  error  `p9`: speeches/talk has no ¶9 (it has ¶1–¶2); point at the ¶ that holds the answer  [self-check-answer]',
      'content/speeches/vi/talk.mdx:11:9  error  `p9`: speeches/talk has no ¶9 (it has ¶1–¶2); point at the ¶ that holds the answer  [self-check-answer]',
    ]);
  });

  test('an orientation’s answer at a ¶ that does not refer to it, at a speech that does not exist, or at a ¶ of its own', () => {
    expect(linesFor({ [viRoads]: withQuestions(validFiles[viRoads]!, 'speeches/talk#p1', 'speeches/tallk#p2', 'p2') }, 'self-check-answer')).toEqual([
      'content/orientations/vi/roads.mdx:9:9  error  `speeches/talk#p1`: ¶1 of speeches/talk holds no <Ref to="orientations/roads">, so it does not state or refer to this entry; point at a ¶ that does, or mark the words of that ¶ with <Ref to="orientations/roads">…</Ref>  [self-check-answer]',
      'content/orientations/vi/roads.mdx:12:9  error  `speeches/tallk#p2`: there is no speeches entry `tallk` (did you mean `talk`?); use the file name of an entry in content/speeches/vi/  [self-check-answer]',
      'content/orientations/vi/roads.mdx:15:9  error  `p2`: orientations entries have no ¶ of their own; point at the ¶ of a speech that refers to it, as `speeches/<id>#p<n>`  [self-check-answer]',
    ]);
  });

  test('an answer place that is not an address is a schema error with the form to write', () => {
    expect(linesFor({ [viTalk]: withQuestions(validFiles[viTalk]!, '"¶2"') }, 'schema')).toEqual([
      'content/speeches/vi/talk.mdx:11:9  error  `selfCheck[0].at`: write `p<n>` for a ¶ of this entry, or `speeches/<id>#p<n>` for a ¶ of a speech, e.g. `p7`; correct it as docs/content-model.md describes  [schema]',
    ]);
  });

  test('a translation without the original’s questions, or with an answer at another ¶', () => {
    expect(linesFor({ [viTalk]: withQuestions(validFiles[viTalk]!, 'p2') }, 'self-check-mismatch')).toEqual([
      "content/speeches/en/talk.mdx:1:1  error  content/speeches/vi/talk.mdx has 1 self-check question but this translation has 0; translate each of the original's questions, in its order, with the same `at`  [self-check-mismatch]",
    ]);
    expect(linesFor({ [viTalk]: withQuestions(validFiles[viTalk]!, 'p2'), [enTalk]: withQuestions(validFiles[enTalk]!, 'p1') }, 'self-check-mismatch')).toEqual([
      "content/speeches/en/talk.mdx:11:9  error  question 1 has its answer at `p1` but at `p2` in content/speeches/vi/talk.mdx; a translated question keeps the original's `at`  [self-check-mismatch]",
    ]);
  });

  test('an entry not yet translated has nothing to compare', () => {
    expect(linesFor({ [viTalk]: withQuestions(validFiles[viTalk]!, 'p2'), [enTalk]: null }, 'self-check-mismatch')).toEqual([]);
  });
});
