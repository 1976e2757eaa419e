/**
 * The content check against hostile and careless input (issue 17): one row per class of bad input,
 * each asserting the exact diagnostics (place, rule id, message) the whole mini corpus then gives,
 * and a harmless neighbour of each class that must pass. File-system cases run on a corpus written
 * to a temporary folder; a few run the CLI in a child process for its exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContentDir, checkSources } from '../../../scripts/check/index';
import { corpusWith, speech, validFiles } from './mini-corpus';

const viTalk = 'content/speeches/vi/talk.mdx';
const viPerson = 'content/people/vi/an.mdx';
const projectRoot = process.cwd();

type Outcome = [place: string, rule: string, message: string][];

/** Every diagnostic of a corpus, as [file:line:column without the file when it is `file`, rule, message]. */
function outcome(diagnostics: ReturnType<typeof checkSources>, file = viTalk): Outcome {
  return diagnostics.map((d) => [`${d.file === file ? '' : `${d.file}:`}${d.line}:${d.column}`, d.rule, d.message]);
}

/** ¶2 of the Vietnamese speech keeps its <Ref> (so both languages still agree) and gets `words` after it. */
const withWords = (words: string) => speech('vi', `Về <Ref to="orientations/roads">đường sá</Ref>. ${words}`);

describe('the body: code, markup and characters', () => {
  test.each<[string, string, Outcome]>([
  ["comment trick", "{/* a */ process.exit(3) /* b */}", [["15:49", "unsafe-content", "`{/* a */ process.exit(3) /* b */}` runs code at build time; remove it, or write a literal brace as \\{"]]],
  ["comment trick in text", "x {/* a */ globalThis.fetch(\"https://e.example\") /* b */} y", [["15:51", "unsafe-content", "`{/* a */ globalThis.fetch(\"https://e.example\") /* b */}` runs code at build time; remove it, or write a literal brace as \\{"]]],
  ["env in text", "{process.env.HOME}", [["15:49", "unsafe-content", "`{process.env.HOME}` runs code at build time; remove it, or write a literal brace as \\{"]]],
  ["flow expression", "\n\n{1 + 1}\n", [["17:1", "unsafe-content", "`{1 + 1}` runs code at build time; remove it, or write a literal brace as \\{"]]],
  ["import", "\n\nimport fs from \"node:fs\"\n", [["17:1", "unsafe-content", "`import`/`export` runs code at build time; remove it: the layout already provides the components"]]],
  ["export", "\n\nexport const x = 1\n", [["17:1", "unsafe-content", "`import`/`export` runs code at build time; remove it: the layout already provides the components"]]],
  ["spread", "<span {...props}>x</span>", [["15:55", "unsafe-content", "`{...props}` spreads code into `<span>`; write each attribute as name=\"value\""]]],
  ["attr call", "<span title={String(1)}>x</span>", [["15:55", "unsafe-content", "`title={String(1)}` runs code at build time; use a literal such as title={7} or title=\"text\""]]],
  ["attr template", "<span title={`a`}>x</span>", [["15:55", "unsafe-content", "`title={`a`}` runs code at build time; use a literal such as title={7} or title=\"text\""]]],
  ["attr comment trick", "<span title={/* a */ x /* b */}>x</span>", [["15:55", "unsafe-content", "`title={/* a */ x /* b */}` runs code at build time; use a literal such as title={7} or title=\"text\""]]],
  ["attr regex", "<span title={/x/}>x</span>", [["15:55", "unsafe-content", "`title={/x/}` runs code at build time; use a literal such as title={7} or title=\"text\""]]],
  ["script", "<script>alert(1)</script>", [["15:49", "unsafe-content", "`<script>` is not allowed in content: it could run or embed code; remove it"]]],
  ["iframe", "<iframe src=\"/\" />", [["15:49", "unsafe-content", "`<iframe>` is not allowed in content: it could run or embed code; remove it"]]],
  ["handler", "<span onClick=\"x\">x</span>", [["15:55", "unsafe-content", "event handler `onClick` on `<span>` is not allowed in content; remove it"]]],
  ["js url", "[x](javascript:alert(1))", [["15:49", "unsafe-content", "a script URL is not allowed in content; link to a page instead"]]],
  ["a js href", "<a href=\"javascript:alert(1)\">x</a>", [["15:52", "unsafe-content", "`href` holds a script URL; link to a page instead"]]],
  ["unknown component", "<Chart />", [["15:49", "unknown-component", "unknown component `<Chart>` (did you mean `Part`?); content may use <Para>, <Part>, <Quote>, <Ref>"]]],
  ["nested ref", "<Ref to=\"orientations/roads\">a <Ref to=\"orientations/roads\">b</Ref></Ref>", [["15:80", "nested-link", "`<Ref>` inside `<Ref>` makes a link inside a link; close the first `<Ref>` before opening the next"]]],
  ["style", "<span style=\"color:red\">x</span>", [["15:55", "unsafe-content", "`style` on `<span>` is not allowed in content: the site's Content Security Policy blocks inline styles; remove it, the layout styles the text"]]],
  ["md image other origin", "![m](https://evil.example/x.png)", [["15:49", "external-resource", "the image `https://evil.example/x.png` is on another site: the site loads nothing from other origins (Content Security Policy); put the image under public/ and write its path, e.g. /images/map.png"]]],
  ["img other origin", "<img src=\"//evil.example/a.png\" />", [["15:49", "unknown-component", "unknown component `<img>`; content may use <Para>, <Part>, <Quote>, <Ref>"], ["15:54", "external-resource", "the image `//evil.example/a.png` is on another site: the site loads nothing from other origins (Content Security Policy); put the image under public/ and write its path, e.g. /images/map.png"]]],
  ["http link", "[s](http://x.example/)", [["15:49", "external-link", "the link `http://x.example/` leaves the site other than by https:; link to another site only as https://\u2026, or to an entry with <Ref to=\"collection/id\">"]]],
  ["ftp link", "[s](ftp://x.example/)", [["15:49", "external-link", "the link `ftp://x.example/` leaves the site other than by https:; link to another site only as https://\u2026, or to an entry with <Ref to=\"collection/id\">"]]],
  ["a http href", "<a href=\"http://x.example/\">x</a>", [["15:49", "external-link", "the link `http://x.example/` leaves the site other than by https:; link to another site only as https://\u2026, or to an entry with <Ref to=\"collection/id\">"]]],
  ["bidi", "a\u202eb", [["15:50", "encoding", "a bidirectional control character (U+202E) is in the text: it makes the text display differently from what it says; delete it"]]],
  ["isolate", "a\u2066b", [["15:50", "encoding", "a bidirectional control character (U+2066) is in the text: it makes the text display differently from what it says; delete it"]]],
  ["nul", "a\u0000b", [["15:50", "encoding", "an invisible control character (U+0000) is in the text; delete it (retype the words around it if unsure)"]]],
  ["esc", "a\u001bb", [["15:50", "encoding", "an invisible control character (U+001B) is in the text; delete it (retype the words around it if unsure)"]]],
  ["nfd", "Vie\u0323\u0302t", [["15:51", "encoding", "the text is in decomposed Unicode (NFD: a letter followed by separate accent marks), which search and the glossary links do not match; convert the file to composed Unicode (NFC), e.g. retype the word or use your editor's \"normalize to NFC\""]]],
  ["pure comment", "{/* a note for editors */}", []],
  ["https link", "[s](https://x.example/)", []],
  ["relative link", "[s](/vi/orientations/roads/)", []],
  ["literal attr", "<span title={\"x\"}>x</span>", []],
  // Classes the check already refused before issue 17, kept refused.
  ["an unclosed tag", "<span>x", [["content/orientations/vi/roads.mdx:1:1","unreferenced-entry","no speech passage refers to this entry; wrap the words that bear on it in a speech paragraph with <Ref to=\"orientations/roads\">…</Ref>"],["content/orientations/vi/roads.mdx:6:11","unsupported-relation","`statedIn` points at talk ¶2, but no <Ref to=\"orientations/roads\"> there carries it; wrap the words of that ¶ that state this item in <Ref to=\"orientations/roads\">…</Ref>, or point `statedIn` at the ¶ that states it"],["content/orientations/vi/roads.mdx:6:40","unknown-paragraph","`speeches/talk#p2`: speeches/talk has no ¶2 (it has no numbered paragraphs); point at an existing paragraph"],["15:49","mdx-syntax","the MDX does not parse: Expected a closing tag for `<span>` before the end of `paragraph`; close every <Tag> with </Tag> and write a literal { or < as \\{ or \\<"]]],
  ["a stray brace", "a { b", [["content/orientations/vi/roads.mdx:1:1","unreferenced-entry","no speech passage refers to this entry; wrap the words that bear on it in a speech paragraph with <Ref to=\"orientations/roads\">…</Ref>"],["content/orientations/vi/roads.mdx:6:11","unsupported-relation","`statedIn` points at talk ¶2, but no <Ref to=\"orientations/roads\"> there carries it; wrap the words of that ¶ that state this item in <Ref to=\"orientations/roads\">…</Ref>, or point `statedIn` at the ¶ that states it"],["content/orientations/vi/roads.mdx:6:40","unknown-paragraph","`speeches/talk#p2`: speeches/talk has no ¶2 (it has no numbered paragraphs); point at an existing paragraph"],["15:54","mdx-syntax","the MDX does not parse: Unexpected end of file in expression, expected a corresponding closing brace for `{`; close every <Tag> with </Tag> and write a literal { or < as \\{ or \\<"]]],
  ["a broken internal link", "[x](/vi/orientations/road/)", [["15:49","broken-link","the link `/vi/orientations/road/` goes to /vi/orientations/road/, a page the build will not write (did you mean `/vi/orientations/roads/`?); link between entries with <Ref to=\"collection/id\">"]]],
  ["a link to a missing ¶", "[x](/vi/speeches/talk/#p9)", [["15:49","broken-link","the link `/vi/speeches/talk/#p9` points at ¶9, which content/speeches/vi/talk.mdx does not have; point at an existing paragraph"]]],
  ["a reference to a missing entry", "<Ref to=\"orientations/road\">x</Ref>", [["content/speeches/en/talk.mdx:14:1","reference-mismatch","¶2 refers to `orientations/road` in content/speeches/vi/talk.mdx but not here; add <Ref to=\"orientations/road\"> around the matching words"],["15:54","unknown-reference","`orientations/road`: there is no orientations entry `road` in vi (did you mean `roads`?); use the file name of an entry in content/orientations/vi/"]]],
  ["a <Para> inside a <Para>", "\n\n<Para n={3}>\nx\n</Para>\n", [["17:1","nested-paragraph","a <Para> inside ¶2; close ¶2 with </Para> before the next <Para> opens"]]],
  ["a data: image", "![x](data:image/svg+xml,<svg/>)", [["15:49","unsafe-content","a script URL is not allowed in content; link to a page instead"]]],
  ["a mixed-case script URL", "[x](JaVaScRiPt:alert(1))", [["15:49","unsafe-content","a script URL is not allowed in content; link to a page instead"]]],
  ["a vbscript href", "<a href=\"vbscript:x\">x</a>", [["15:52","unsafe-content","`href` holds a script URL; link to a page instead"]]],
  ["a protocol-relative link", "[x](//evil.example/)", [["15:49","external-link","the link `//evil.example/` leaves the site other than by https:; link to another site only as https://…, or to an entry with <Ref to=\"collection/id\">"]]],
  ])('%s', (_name, words, expected) => {
    expect(outcome(checkSources(corpusWith({ [viTalk]: withWords(words) })))).toEqual(expected);
  });
});

const withDate = (date: string) => validFiles[viTalk]!.replace('date: 2026-01-28', `date: ${date}`);

describe('front matter: strict dates, closed sets, hostile YAML', () => {
  test.each<[string, string, Outcome]>([
    ['a year only', withDate('2026'), [['5:7', 'schema', '`date` is `2026`, not a date; write it as YYYY-MM-DD, e.g. 2026-01-28']]],
    ['an empty date', withDate(''), [['5:7', 'schema', '`date` is empty; write the date as YYYY-MM-DD, e.g. 2026-01-28, or leave the field out where it is optional']]],
    ['a boolean', withDate('true'), [['5:7', 'schema', '`date` is `true`, not a date; write it as YYYY-MM-DD, e.g. 2026-01-28']]],
    ['30 February', withDate('2026-02-30'), [['5:7', 'schema', '`date` is `2026-02-30`, February 2026 has no day 30; write a real date as YYYY-MM-DD']]],
    ['month 13', withDate('2026-13-01'), [['5:7', 'schema', '`date` is `2026-13-01`, there is no month 13; write it as YYYY-MM-DD, e.g. 2026-01-28']]],
    ['a Vietnamese day/month/year', withDate('01/02/2026'), [['5:7', 'schema', '`date` is `01/02/2026`, not a YYYY-MM-DD date; write 1 February 2026 (01/02/2026 as Vietnamese write it) as 2026-02-01']]],
    ['an American month/day/year', withDate('01/28/2026'), [['5:7', 'schema', '`date` is `01/28/2026`, not a date; write it as YYYY-MM-DD, e.g. 2026-01-28']]],
    ['a time of day', withDate('2026-02-01T10:00:00Z'), [['5:7', 'schema', '`date` is `2026-02-01T10:00:00Z`, not a date; write it as YYYY-MM-DD, e.g. 2026-01-28']]],
    ['a quoted ISO date is fine', withDate('"2026-01-28"'), []],
    ['an unknown ¶ kind', validFiles[viTalk]!.replace('<Para n={1}>', '<Para n={1} kind="lede">'), [['10:13', 'unknown-value', '`<Para kind="lede">`: `kind` is one of `lead`, `question`, `answer` (did you mean `lead`?); use one of them or leave `kind` out']]],
    ['a ¶ kind as an expression', validFiles[viTalk]!.replace('<Para n={1}>', '<Para n={1} kind={"question"}>'), []],
    ['a byte-order mark (what Notepad writes)', `\uFEFF${validFiles[viTalk]!}`, []],
    [
      'a YAML alias bomb',
      validFiles[viTalk]!.replace('dateKind: delivered', 'dateKind: delivered\nx: &a [1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: [*b,*b,*b,*b,*b,*b,*b,*b,*b]'),
      [['2:1', 'schema', 'the front matter cannot be read (Excessive alias count indicates a resource exhaustion attack); write each value out instead of YAML anchors (&name) and aliases (*name)']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(outcome(checkSources(corpusWith({ [viTalk]: text })))).toEqual(expected);
  });
});

describe('files on disk', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  /** Writes the mini corpus (with changes: text, bytes, or a function that makes the file itself) to a new folder. */
  function writeCorpus(changes: Record<string, string | Uint8Array | ((path: string) => void)> = {}): string {
    root = mkdtempSync(join(tmpdir(), 'check-fuzz-'));
    for (const [path, content] of Object.entries({ ...validFiles, ...changes })) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      if (typeof content === 'function') content(full);
      else writeFileSync(full, content);
    }
    return root;
  }

  const latin1 = Buffer.concat([Buffer.from(validFiles[viPerson]!.replace('Người phát biểu.\n', 'Ng')), Buffer.from([0xe9]), Buffer.from('\n')]);

  test.each<[string, Record<string, string | Uint8Array | ((path: string) => void)>, Outcome]>([
    ['a Latin-1 byte', { [viPerson]: latin1 }, [['content/people/vi/an.mdx:7:3', 'encoding', 'this byte is not UTF-8 (the file was saved in another encoding, such as Latin-1 or Windows-1258); save the file as UTF-8']]],
    ['a dangling symbolic link', { 'content/people/vi/ghost.mdx': (path) => symlinkSync('nowhere.mdx', path) }, [['content/people/vi/ghost.mdx:1:1', 'unreadable-file', 'this file is a symbolic link to nothing (its target is gone); delete the link or restore the file it points to']]],
    ['a looping symbolic link', { 'content/people/vi/loop.mdx': (path) => symlinkSync('loop.mdx', path) }, [['content/people/vi/loop.mdx:1:1', 'unreadable-file', 'this file is a symbolic link that loops back on itself; replace it with the real file']]],
    ['a folder named .mdx', { 'content/people/vi/folder.mdx': (path) => mkdirSync(path) }, [['content/people/vi/folder.mdx:1:1', 'unreadable-file', 'this folder is named like a content file; rename it so its name does not end in .mdx']]],
    ['a link to a folder', { 'content/people/vi/folder-link.mdx': (path) => symlinkSync('.', path) }, [['content/people/vi/folder-link.mdx:1:1', 'unreadable-file', 'this is not a plain file (a link to a folder, a device or a pipe); replace it with the MDX file itself']]],
    ['a byte-order mark on disk', { [viTalk]: `\uFEFF${validFiles[viTalk]!}` }, []],
  ])('%s', (_name, changes, expected) => {
    expect(outcome(checkContentDir(writeCorpus(changes)))).toEqual(expected);
  });

  /** Runs `npm run check`'s script in a corpus folder. */
  const runCli = (dir: string) => spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/check/cli.ts')], { cwd: dir, encoding: 'utf8' });

  test.each<[string, Record<string, string | Uint8Array | ((path: string) => void)>, number, string]>([
    ['the comment trick', { [viTalk]: withWords('{/* a */ process.exit(0) /* b */}') }, 1, 'content/speeches/vi/talk.mdx:15:49  error  `{/* a */ process.exit(0) /* b */}` runs code at build time; remove it, or write a literal brace as \\{  [unsafe-content]'],
    ['a dangling link', { 'content/people/vi/ghost.mdx': (path) => symlinkSync('nowhere.mdx', path) }, 1, 'content/people/vi/ghost.mdx:1:1  error  this file is a symbolic link to nothing (its target is gone); delete the link or restore the file it points to  [unreadable-file]'],
    ['a Latin-1 byte', { [viPerson]: latin1 }, 1, 'content/people/vi/an.mdx:7:3  error  this byte is not UTF-8'],
    ['a pure comment', { [viTalk]: withWords('{/* a note */}') }, 0, '✓ content check: no problems'],
  ])('the CLI: %s', { timeout: 60_000 }, (_name, changes, status, line) => {
    const result = runCli(writeCorpus(changes));
    expect(result?.status).toBe(status);
    expect(`${result?.stdout}${result?.stderr}`).toContain(line);
    // One line per problem, never a stack trace.
    expect(result?.stderr).not.toMatch(/^\s+at /m);
  });
});
