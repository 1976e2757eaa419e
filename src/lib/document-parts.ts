/**
 * The numbered parts of an official document, and their citable anchors. Two numbering schemes:
 *
 * - **party** documents (nghị quyết, chỉ thị, kết luận of the Party): by depth, I. II. III. (Roman),
 *   then 1. 2. 3. within each, then a) b) c) within each; anchors join the numbers with dots:
 *   `II`, `II.3`, `II.3.b`.
 * - **state** documents (luật, nghị định, thông tư …): named levels Phần › Chương › Mục › Điều ›
 *   khoản › điểm, each written `<Part level="dieu" n="5">`. Phần, Chương and Điều count through the
 *   whole document, Mục within its Chương, khoản within its Điều, điểm within its khoản; anchors
 *   `phan-1`, `chuong-ii`, `chuong-ii-muc-1`, `dieu-5`, `dieu-5-khoan-2`, `dieu-5-khoan-2-diem-a`.
 *
 * Letters follow the Vietnamese alphabet of legal drafting (a, b, c, d, đ, e, g, h …: no f, j, w,
 * z); in an anchor đ is written `dd`, so addresses stay ASCII. Pure functions: the content check,
 * the body writer (on its thread) and the pages share them.
 */

export type PartScheme = 'party' | 'state';

/** The levels of a state document, outermost first. */
export const stateLevels = ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'diem'] as const;
export type StateLevel = (typeof stateLevels)[number];

/** The levels of a party document, by depth. */
export const partyLevels = ['roman', 'number', 'letter'] as const;
export type PartyLevel = (typeof partyLevels)[number];

export type PartLevel = StateLevel | PartyLevel;

/** One step of a part's path: the `level` attribute (state documents only) and the number as written. */
export interface PartStep {
  level: string | undefined;
  n: string;
}

type NumberForm = 'roman' | 'number' | 'letter';

const stateForms: Record<StateLevel, NumberForm> = { phan: 'number', chuong: 'roman', muc: 'number', dieu: 'number', khoan: 'number', diem: 'letter' };

/** Which levels may hold each state level (`top` for the document itself). */
export const stateParents: Record<StateLevel, readonly (StateLevel | 'top')[]> = {
  phan: ['top'],
  chuong: ['top', 'phan'],
  muc: ['chuong'],
  dieu: ['top', 'phan', 'chuong', 'muc'],
  khoan: ['dieu'],
  diem: ['khoan'],
};

/** The letters of legal drafting, in order. */
export const pointLetters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

function isStateLevel(level: string | undefined): level is StateLevel {
  return (stateLevels as readonly (string | undefined)[]).includes(level);
}

/** The scheme a path is written in: a `level` attribute makes it a state document's. */
export function schemeOf(path: readonly PartStep[]): PartScheme {
  return path.some((step) => step.level !== undefined) ? 'state' : 'party';
}

/** The level of the last step of a path; undefined when it has none (an unknown level, a party part too deep). */
export function levelOf(path: readonly PartStep[]): PartLevel | undefined {
  const last = path.at(-1);
  if (!last) return undefined;
  if (schemeOf(path) === 'state') return isStateLevel(last.level) ? last.level : undefined;
  return partyLevels[path.length - 1];
}

function formOf(level: PartLevel): NumberForm {
  return isStateLevel(level) ? stateForms[level] : level;
}

const romanValues: [string, number][] = [['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]];

function toRoman(value: number): string {
  let rest = value;
  let roman = '';
  for (const [symbol, amount] of romanValues) {
    while (rest >= amount) {
      roman += symbol;
      rest -= amount;
    }
  }
  return roman;
}

/**
 * The position a number stands for in its form (I → 1, 3 → 3, đ → 5), or undefined when it is not
 * a number of that form (`IIII`, `03`, `f`).
 */
export function ordinalOf(n: string, form: NumberForm): number | undefined {
  if (form === 'number') return /^[1-9]\d*$/.test(n) ? Number(n) : undefined;
  if (form === 'letter') {
    const index = (pointLetters as readonly string[]).indexOf(n);
    return index === -1 ? undefined : index + 1;
  }
  if (!/^[IVXLCDM]+$/.test(n)) return undefined;
  let value = 0;
  for (let index = 0; index < n.length; index++) {
    const current = romanValues.find(([symbol]) => symbol === n[index])![1];
    const next = romanValues.find(([symbol]) => symbol === n[index + 1])?.[1] ?? 0;
    value += current < next ? -current : current;
  }
  // Only the canonical spelling: IIII or VX are not numbers.
  return value > 0 && toRoman(value) === n ? value : undefined;
}

/** The number at a position in a form: (2, roman) → II, (5, letter) → đ. */
export function numberAt(position: number, form: NumberForm): string {
  if (form === 'number') return String(position);
  if (form === 'letter') return pointLetters[position - 1] ?? '?';
  return toRoman(position);
}

const anchorText = (n: string) => n.toLowerCase().replaceAll('đ', 'dd');

/** The part's anchor: `II.3.b`, `dieu-5-khoan-2`, `chuong-ii-muc-1`. */
export function partAnchor(path: readonly PartStep[]): string {
  if (schemeOf(path) === 'party') return path.map((step) => step.n.replaceAll('đ', 'dd')).join('.');
  const last = path.at(-1);
  const step = (level: StateLevel) => path.find((item) => item.level === level);
  const named = (...levels: StateLevel[]) =>
    levels.flatMap((level) => {
      const found = step(level);
      return found ? [`${level}-${anchorText(found.n)}`] : [];
    }).join('-');
  switch (last?.level) {
    case 'phan':
      return named('phan');
    case 'chuong':
      return named('chuong');
    case 'muc':
      return named('chuong', 'muc');
    case 'dieu':
      return named('dieu');
    case 'khoan':
      return named('dieu', 'khoan');
    case 'diem':
      return named('dieu', 'khoan', 'diem');
    default:
      return path.map((item) => `${item.level ?? 'part'}-${anchorText(item.n)}`).join('-');
  }
}

/** Translates a UI key with its `{{n}}`; the keys are `part.*` (src/i18n/). */
export type PartTranslate = (key: `part.${string}`, params: { n: string }) => string;

/**
 * The number the page shows before a part, as the document prints it: `II.`, `3.`, `b)`;
 * `Chương II`, `Mục 1`, `Điều 5.` for the named levels of a state document, `2.` and `a)` for its
 * khoản and điểm.
 */
export function partNumberLabel(path: readonly PartStep[], tr: PartTranslate): string {
  const level = levelOf(path);
  const n = path.at(-1)?.n ?? '';
  if (level === undefined) return n;
  if (formOf(level) === 'letter') return `${n})`;
  if (level === 'phan' || level === 'chuong' || level === 'muc') return tr(`part.${level}`, { n });
  if (level === 'dieu') return `${tr('part.dieu', { n })}.`;
  return `${n}.`;
}

/**
 * How a citation names a part: `mục II.3.b` / `section II.3.b`; `Điều 5, khoản 2, điểm a` /
 * `Article 5, clause 2, point a`; `Chương II, Mục 1`.
 */
export function partCitationLabel(path: readonly PartStep[], tr: PartTranslate): string {
  if (schemeOf(path) === 'party') return tr('part.party', { n: path.map((step) => step.n).join('.') });
  const last = levelOf(path);
  const from: StateLevel = last === 'muc' ? 'chuong' : last === 'khoan' || last === 'diem' ? 'dieu' : (last as StateLevel | undefined) ?? 'dieu';
  const start = path.findIndex((step) => step.level === from);
  return path
    .slice(start === -1 ? 0 : start)
    .map((step) => (isStateLevel(step.level) ? tr(`part.${step.level}`, { n: step.n }) : step.n))
    .join(', ');
}

/** A part as the content check reads it: its path, where it starts, and the parts inside it. */
export interface ParsedPart {
  path: PartStep[];
  position: { line: number; column: number } | undefined;
  children: ParsedPart[];
}

/** A numbering problem: where, and what is wrong and how to fix it. */
export interface PartProblem {
  rule: 'part-numbering' | 'duplicate-part';
  position: { line: number; column: number } | undefined;
  message: string;
}

const describe = (path: readonly PartStep[]) => {
  const last = path.at(-1)!;
  return last.level ? `<Part level="${last.level}" n="${last.n}">` : `<Part n="${last.n}">`;
};

/**
 * Every numbering problem of a document's parts, in reading order: a part not in the document's
 * scheme, an unknown or misplaced level, a number not of its level's form, out of sequence, or
 * an anchor given twice.
 */
export function partNumberingProblems(parts: readonly ParsedPart[], scheme: PartScheme): PartProblem[] {
  const problems: PartProblem[] = [];
  const anchors = new Set<string>();
  // Phần, Chương and Điều count through the whole document.
  const documentWide = new Map<StateLevel, number>();
  const problem = (part: ParsedPart, rule: PartProblem['rule'], message: string) => problems.push({ rule, position: part.position, message });

  const walk = (siblings: readonly ParsedPart[], parentLevel: StateLevel | 'top') => {
    // Within one parent, party numbers and the restarting state levels count from 1.
    const counters = new Map<string, number>();
    for (const part of siblings) {
      const step = part.path.at(-1)!;
      const depth = part.path.length;
      let level: PartLevel | undefined;
      if (scheme === 'party') {
        if (step.level !== undefined) {
          problem(part, 'part-numbering', `${describe(part.path)} has a \`level\`, but this is a party document (\`structure: party\`), numbered I. › 1. › a) by depth; remove \`level\`, or set \`structure: state\` if it is a state document`);
          continue;
        }
        level = partyLevels[depth - 1];
        if (!level) {
          problem(part, 'part-numbering', `${describe(part.path)} is a fourth level inside ${part.path.slice(0, -1).map((item) => item.n).join('.')}; a party document has three (I. › 1. › a)): make it text of its part, or close the part above first`);
          continue;
        }
      } else {
        if (!isStateLevel(step.level)) {
          problem(part, 'part-numbering', step.level === undefined
            ? `${describe(part.path)} has no \`level\`; in a state document (\`structure: state\`) write it, one of ${stateLevels.map((item) => `\`${item}\``).join(', ')} (Phần, Chương, Mục, Điều, khoản, điểm)`
            : `${describe(part.path)}: \`${step.level}\` is not a level; use one of ${stateLevels.map((item) => `\`${item}\``).join(', ')}`);
          continue;
        }
        level = step.level;
        if (!stateParents[level].includes(parentLevel)) {
          const where = parentLevel === 'top' ? 'at the top of the document' : `inside a \`${parentLevel}\``;
          problem(part, 'part-numbering', `a \`${level}\` cannot stand ${where}; it belongs ${stateParents[level].map((item) => (item === 'top' ? 'at the top' : `in a \`${item}\``)).join(' or ')}`);
          continue;
        }
      }
      const form = formOf(level);
      const position = ordinalOf(step.n, form);
      const counterKey = scheme === 'state' && (level === 'phan' || level === 'chuong' || level === 'dieu') ? undefined : level;
      const previous = counterKey === undefined ? documentWide.get(level as StateLevel) ?? 0 : counters.get(counterKey) ?? 0;
      const expected = numberAt(previous + 1, form);
      if (position === undefined) {
        problem(part, 'part-numbering', `${describe(part.path)}: \`${step.n}\` is not a ${form === 'roman' ? 'Roman numeral (I, II, III …)' : form === 'letter' ? `letter of legal drafting (${pointLetters.slice(0, 8).join(', ')} …)` : 'number (1, 2, 3 …)'}; expected \`${expected}\` here`);
      } else if (position !== previous + 1) {
        const scope = counterKey === undefined ? 'through the whole document' : depth > 1 ? `within ${partAnchor(part.path.slice(0, -1))}` : 'from the start';
        problem(part, 'part-numbering', `${describe(part.path)} is out of sequence: expected \`${expected}\` here (numbered ${scope}); number the parts in reading order, none skipped or repeated`);
      }
      if (position !== undefined) {
        if (counterKey === undefined) documentWide.set(level as StateLevel, position);
        else counters.set(counterKey, position);
      }
      const anchor = partAnchor(part.path);
      if (anchors.has(anchor)) problem(part, 'duplicate-part', `${describe(part.path)} gives the anchor \`#${anchor}\` a second time; each part is cited by its anchor, so it must be unique: renumber this part`);
      anchors.add(anchor);
      walk(part.children, scheme === 'state' ? (level as StateLevel) : 'top');
    }
  };
  walk(parts, 'top');
  return problems;
}

/** Every part of a document, depth first, as `{ anchor, path }`. */
export function flattenParts<Part extends { path: PartStep[]; children: Part[] }>(parts: readonly Part[]): Part[] {
  return parts.flatMap((part) => [part, ...flattenParts(part.children)]);
}

/**
 * The path an anchor names, as far as the anchor says it (`II.3.b` → II › 3 › b; `dieu-5-khoan-2`
 * → Điều 5 › khoản 2), for naming a part where only its address is known (a `<Ref>` without words).
 */
export function partPathOfAnchor(anchor: string): PartStep[] {
  const steps = [...anchor.matchAll(/(phan|chuong|muc|dieu|khoan|diem)-([a-z0-9]+)/g)];
  const fromAnchor = (n: string) => n.replaceAll('dd', 'đ');
  if (steps.length === 0) return anchor.split('.').map((n) => ({ level: undefined, n: fromAnchor(n) }));
  return steps.map(([, level, n = '']) => ({ level, n: level === 'chuong' ? n.toUpperCase() : fromAnchor(n) }));
}
