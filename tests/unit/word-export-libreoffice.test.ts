/**
 * The Word export opens in LibreOffice: its converter reads the generated .docx and writes the
 * same text back. Needs `soffice` (Debian: `apt-get install -y libreoffice-writer-nogui`); without
 * it the test fails saying so, never skips.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { wordDocumentBlob } from '../../src/scripts/word-export/docx-document';
import { sampleWordModel } from '../support/word-model';

const run = promisify(execFile);
const soffice = process.env['SOFFICE_PATH'] ?? 'soffice';
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'word-export-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('LibreOffice converts the exported .docx to the same text, without a complaint', async () => {
  const { model, citation } = sampleWordModel();
  const docx = join(folder, 'export.docx');
  await writeFile(docx, Buffer.from(await (await wordDocumentBlob(model)).arrayBuffer()));
  // A profile of its own, so a LibreOffice already running on the machine does not take the job.
  const profile = pathToFileURL(join(folder, 'profile')).href;
  let output: { stdout: string; stderr: string };
  try {
    output = await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', folder, docx]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`"${soffice}" was not found: install LibreOffice (Debian: apt-get install -y libreoffice-writer-nogui) or set SOFFICE_PATH.`);
    }
    throw error;
  }
  // LibreOffice says when it finds no Java, which it needs for none of this: a note on the machine, not on the file.
  const complaints = output.stderr.split('\n').filter((line) => line.trim() !== '' && !/failed to launch javaldx/.test(line));
  expect(complaints).toEqual([]);
  const text = await readFile(join(folder, 'export.txt'), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  expect(lines).toEqual([
    'Bài thu hoạch: Cao Bằng',
    'Tổ học tập số 1',
    'Hạn nộp: 15 tháng 3, 2026',
    'Hướng dẫn',
    'Đọc các đoạn dưới đây.',
    'Trả lời câu hỏi.',
    'Bài phát biểu mẫu',
    'Người Phát Biểu · 7 tháng 3, 2026',
    'Nguồn: Tạp chí Mẫu',
    'Đoạn 3. Phát triển kinh tế cửa khẩu.',
    citation,
    'Ghi chú của bạn: Xem lại số liệu.',
    expect.stringMatching(/^Đoạn 4\. Lời dẫn của báo: Đoàn công tác đến xã mẫu\.$/),
    expect.stringContaining('đoạn 4.'),
    'Đoạn 5. Bản dịch của ban biên tập: The province’s border gates.',
    'Câu hỏi thảo luận',
    '1. Cao Bằng có những lợi thế nào?',
  ]);
});
