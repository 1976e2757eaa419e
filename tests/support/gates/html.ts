import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

/**
 * The HTML gate: every page must pass the W3C Nu HTML Checker (vnu.jar, Java) with no error and
 * html-validate with our configuration. Each problem reads `file:line:column  message  [checker/rule]`.
 */

/** html-validate's recommended rules, less two that judge content rather than markup. */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Speech titles are the sources' own, verbatim; a search-engine length limit cannot shorten them.
    'long-title': 'off',
    // WCAG technique H32 (a submit button) is advisory: the search form shows results as the reader
    // types, with no change of context, and Enter stays in the field.
    'wcag/h32': 'off',
    // The parts of a party document are cited as `#II.3.b`, the numbering the document prints
    // (src/lib/document-parts.ts). HTML allows any id without whitespace, and the Nu checker
    // agrees; html-validate's strict mode also refuses the dot, its relaxed mode only whitespace.
    'valid-id': ['error', { relaxed: true }],
  },
};

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** The Java runtime vnu.jar needs: JAVA_HOME's, else `java` on the PATH. */
function javaCommand(): string {
  const fromHome = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
  return fromHome && existsSync(fromHome) ? fromHome : 'java';
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Runs the Nu HTML Checker once over all the files; returns its errors (warnings are not errors). */
export function nuCheckerErrors(files: readonly string[], root = process.cwd()): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      javaCommand(),
      ['-Xss1024k', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) {
          const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (no Java runtime: `apt-get install openjdk-17-jre-headless`)' : '';
          reject(new Error(`The Nu HTML Checker did not run${hint}: ${error.message}\n${stderr}`));
          return;
        }
        const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
        resolve(
          messages
            .filter((message) => message.type !== 'info')
            .map((message) => {
              const file = message.url ? relative(root, decodeURIComponent(new URL(message.url).pathname)) : '?';
              return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}  ${message.message}  [vnu]`;
            }),
        );
      },
    );
  });
}

/** Runs html-validate over the files; returns every error and warning. */
export async function htmlValidateProblems(files: readonly string[], root = process.cwd()): Promise<string[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${relative(root, file)}:${message.line}:${message.column}  ${message.message}  [html-validate/${message.ruleId}]`);
      }
    }
  }
  return problems;
}
