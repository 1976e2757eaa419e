/**
 * The assignment part of the reading list page: the teacher's editor (title, instructions,
 * discussion questions, due date), the read-only view a student sees first, the questions with
 * room to answer and the QR code that the printed worksheet carries. Loaded on first use, when the
 * address holds an assignment or the editor is opened, so a plain list costs nothing more.
 */
import { fillPlaceholders as fill } from '../../i18n/translator';
import {
  assignmentLimits,
  encodeAssignment,
  formatDueDate,
  hasAssignment,
  readAssignment,
  withinLimits,
  type Assignment,
  type AssignmentProblem,
} from '../../lib/assignment';
import { qrCodeSvg } from './qr-code';

/** The page's strings for the assignment (`assignment.*`, placeholders unfilled). */
interface AssignmentStrings {
  titleLabel: string;
  instructionsLabel: string;
  dueLabel: string;
  questionsLegend: string;
  questionLabel: string;
  due: string;
  qrCaption: string;
  qrTooLong: string;
  qrNoAddress: string;
  skippedUnreadable: string;
  skippedTooLong: string;
  skippedVersion: string;
  skippedFields: string;
  up: string;
  down: string;
  remove: string;
}

/** What the list page gives the assignment tools, and how they hand a changed assignment back. */
export interface AssignmentHost {
  container: HTMLElement;
  /** Writes the assignment part (`1.…`, or '' for none) into the address. */
  save(part: string): void;
  /**
   * Whether the address the list was opened at (or last changed to) listed items, as the reader
   * opened it: not the address after the page wrote this device's scratch list into it, which
   * depends on whether its lookup had settled.
   */
  addressListed(): boolean;
}

/** What the list page calls as its address changes. */
export interface AssignmentTools {
  /** The address was replaced (the reader pasted or followed another): read its assignment again. */
  read(part: string | undefined): void;
  /** The address was rewritten (the items changed): the QR code follows it. */
  addressChanged(): void;
  /** The assignment as the address holds it (what the worksheet and the Word export show). */
  current(): Assignment;
}

/** Where this device keeps the assignment being written (read by ./page.ts). */
const assignmentStorageKey = 'reading-list-assignment';

/** How many ruled lines a printed worksheet leaves under each question. */
const answerLines = 6;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Instructions as the teacher wrote them: a paragraph per blank-line-separated block, line breaks kept by CSS. */
function paragraphsOf(text: string): HTMLParagraphElement[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => element('p', '', block));
}

/** Sets up the assignment tools on the list page, reading the assignment part `part` of its address. */
export function setUpAssignment(host: AssignmentHost, part: string | undefined): AssignmentTools {
  const { container } = host;
  const strings = JSON.parse(container.dataset.assignmentStrings ?? '{}') as AssignmentStrings;
  const datePattern = container.dataset.datePattern || undefined;
  const locale = container.dataset.locale ?? document.documentElement.lang;
  const find = <T extends HTMLElement>(selector: string) => container.querySelector<T>(selector);
  const view = find<HTMLElement>('[data-assignment-view]');
  const questionsSection = find<HTMLElement>('[data-assignment-questions]');
  const notice = find<HTMLElement>('[data-assignment-notice]');
  const titleField = find<HTMLInputElement>('[data-assignment-title-field]');
  const instructionsField = find<HTMLTextAreaElement>('[data-assignment-instructions-field]');
  const dueField = find<HTMLInputElement>('[data-assignment-due-field]');
  const questionFields = find<HTMLOListElement>('[data-assignment-question-fields]');
  const addQuestion = find<HTMLButtonElement>('[data-assignment-add-question]');
  const qr = find<HTMLElement>('[data-assignment-qr]');

  let assignment: Assignment = {
    title: '',
    instructions: '',
    questions: [],
    due: '',
  };

  const problemText = (problem: AssignmentProblem): string => {
    if (problem.kind === 'too-long') return strings.skippedTooLong;
    if (problem.kind === 'newer-version') return fill(strings.skippedVersion, { version: problem.version });
    return strings.skippedUnreadable;
  };
  const fieldNames = {
    title: strings.titleLabel,
    instructions: strings.instructionsLabel,
    questions: strings.questionsLegend,
    due: strings.dueLabel,
  };

  const showProblems = (problems: readonly AssignmentProblem[]) => {
    if (!notice) return;
    const fields = problems.flatMap((problem) => (problem.kind === 'field' ? [fieldNames[problem.field]] : []));
    const lines = problems.filter((problem) => problem.kind !== 'field').map(problemText);
    if (fields.length > 0) lines.push(fill(strings.skippedFields, { fields: fields.join(', ') }));
    notice.replaceChildren(...lines.map((line) => element('p', '', line)));
    notice.hidden = lines.length === 0;
  };

  /** The read-only presentation: what a student sees first, and what the worksheet prints. */
  const renderView = () => {
    // What the address holds: a question still without words is only in the editor.
    const shown = withinLimits(assignment);
    if (view) {
      view.hidden = !hasAssignment(shown);
      // The heading is made only when there is a title: an empty heading would be announced.
      let title = view.querySelector('h2');
      if (shown.title === '') title?.remove();
      else {
        title ??= view.insertAdjacentElement('afterbegin', element('h2', 'assignment-title')) as HTMLHeadingElement;
        title.textContent = shown.title;
      }
      const due = view.querySelector<HTMLElement>('[data-assignment-due]');
      if (due) {
        due.hidden = shown.due === '';
        const time = element('time', '', shown.due ? formatDueDate(shown.due, datePattern, locale) : '');
        time.dateTime = shown.due;
        const [before, after] = strings.due.split('{{date}}');
        due.replaceChildren(before ?? '', time, after ?? '');
      }
      view.querySelector('[data-assignment-instructions]')?.replaceChildren(...paragraphsOf(shown.instructions));
    }
    if (questionsSection) {
      questionsSection.hidden = shown.questions.length === 0;
      questionsSection.querySelector('ol')?.replaceChildren(
        ...shown.questions.map((question) => {
          const li = element('li', 'assignment-question');
          li.append(element('p', 'assignment-question-text', question));
          // Ruled room to answer, on paper only: a screen reader hears nothing of it.
          const lines = element('div', 'assignment-answer print-only');
          lines.setAttribute('aria-hidden', 'true');
          for (let line = 0; line < answerLines; line++) lines.append(element('div', 'assignment-answer-line'));
          li.append(lines);
          return li;
        }),
      );
    }
    renderQr(hasAssignment(shown));
  };

  /** The QR code of the assignment's web address: the site's, even when the page is read from disk. */
  const renderQr = (shown = hasAssignment(withinLimits(assignment))) => {
    if (!qr) return;
    qr.hidden = !shown;
    const code = qr.querySelector<HTMLElement>('[data-assignment-qr-code]');
    const caption = qr.querySelector<HTMLElement>('figcaption');
    const pageUrl = container.dataset.pageUrl;
    const address = pageUrl ? `${pageUrl}${window.location.hash}` : /^https?:$/.test(window.location.protocol) ? window.location.href : undefined;
    const svg = address === undefined ? undefined : qrCodeSvg(address, strings.qrCaption);
    code?.replaceChildren(...(svg ? [svg] : []));
    if (code) code.dataset.address = svg ? address : '';
    if (caption) caption.textContent = svg ? strings.qrCaption : address === undefined ? strings.qrNoAddress : strings.qrTooLong;
  };

  const save = () => {
    const encoded = encodeAssignment(assignment);
    host.save(encoded);
    // Kept on this device too, so a teacher who goes to add passages finds it again on the list page.
    try {
      if (encoded) localStorage.setItem(assignmentStorageKey, encoded);
      else localStorage.removeItem(assignmentStorageKey);
    } catch {
      // Storage can be off; the address still carries the assignment.
    }
    renderView();
  };

  /** One editable question: its field and the buttons that move or remove it. */
  const questionRow = (question: string, index: number): HTMLLIElement => {
    const li = element('li', 'assignment-question-field');
    const id = `assignment-question-${index + 1}`;
    const label = element('label', '', fill(strings.questionLabel, { n: index + 1 }));
    label.htmlFor = id;
    const field = element('textarea', '');
    field.id = id;
    field.rows = 2;
    field.maxLength = assignmentLimits.question;
    field.value = question;
    field.addEventListener('input', () => {
      assignment.questions[index] = field.value;
      save();
    });
    const tools = element('div', 'reading-item-tools');
    const button = (text: string, action: () => void, disabled: boolean, focusAfter: number) => {
      const control = element('button', '', text);
      control.type = 'button';
      control.disabled = disabled;
      control.setAttribute('aria-label', `${text}: ${fill(strings.questionLabel, { n: index + 1 })}`);
      control.addEventListener('click', () => {
        action();
        save();
        renderQuestionFields();
        // Keep the keyboard with the question it moved, or on the next one after a removal.
        const rows = questionFields?.querySelectorAll('li');
        const target = rows?.[Math.min(focusAfter, rows.length - 1)];
        (target?.querySelector<HTMLElement>('textarea') ?? addQuestion)?.focus();
      });
      return control;
    };
    const swap = (by: -1 | 1) => {
      const list = assignment.questions;
      [list[index], list[index + by]] = [list[index + by]!, list[index]!];
    };
    tools.append(
      button(strings.up, () => swap(-1), index === 0, index - 1),
      button(strings.down, () => swap(1), index === assignment.questions.length - 1, index + 1),
      button(strings.remove, () => assignment.questions.splice(index, 1), false, index),
    );
    li.append(label, field, tools);
    return li;
  };

  const renderQuestionFields = () => {
    questionFields?.replaceChildren(...assignment.questions.map(questionRow));
    if (addQuestion) addQuestion.disabled = assignment.questions.length >= assignmentLimits.questions;
  };

  const fillEditor = () => {
    if (titleField) titleField.value = assignment.title;
    if (instructionsField) instructionsField.value = assignment.instructions;
    if (dueField) dueField.value = assignment.due;
    renderQuestionFields();
  };

  titleField?.addEventListener('input', () => {
    assignment.title = titleField.value;
    save();
  });
  instructionsField?.addEventListener('input', () => {
    assignment.instructions = instructionsField.value;
    save();
  });
  dueField?.addEventListener('input', () => {
    assignment.due = dueField.value;
    save();
  });
  addQuestion?.addEventListener('click', () => {
    // An empty question is not written into the address until it has words; the field is there to type in.
    assignment.questions.push('');
    renderQuestionFields();
    questionFields?.querySelector<HTMLTextAreaElement>('li:last-child textarea')?.focus();
  });

  const read = (raw: string | undefined) => {
    const result = readAssignment(raw);
    assignment = result.assignment;
    showProblems(result.problems);
    fillEditor();
    renderView();
  };

  // A teacher who went to add passages comes back to a list page with no assignment in its address: this device's is brought back.
  let stored: string | undefined;
  try {
    stored = part === undefined && !host.addressListed() ? (localStorage.getItem(assignmentStorageKey) ?? undefined) : undefined;
  } catch {
    // Storage can be off.
  }
  read(part ?? stored);
  if (stored) host.save(stored);
  const fields = find<HTMLFieldSetElement>('[data-assignment-fields]');
  if (fields) fields.disabled = false;
  return { read, addressChanged: () => renderQr(), current: () => withinLimits(assignment) };
}
