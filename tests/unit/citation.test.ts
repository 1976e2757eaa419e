import { expect, test } from 'vitest';
import { citationFor, citationTemplate } from '../../src/lib/citation';

test('a citation names speaker, title, publication, date, ¶ and the address', () => {
  const template = citationTemplate({
    speakers: ['Phan Thăng An'],
    title: 'Quyết tâm xây dựng Cao Bằng',
    publication: 'Tạp chí Dân chủ và Pháp luật',
    date: '7 tháng 3, 2026',
    paragraphLabel: 'đoạn {{n}}',
  });
  expect(citationFor(template, 7, 'https://example.org/vi/speeches/x/#p7')).toBe(
    'Phan Thăng An, “Quyết tâm xây dựng Cao Bằng”, Tạp chí Dân chủ và Pháp luật, 7 tháng 3, 2026, đoạn 7. https://example.org/vi/speeches/x/#p7',
  );
});

test('a source without a publication leaves it out', () => {
  const template = citationTemplate({ speakers: ['Tô Lâm'], title: 'T', date: '28 January 2026', paragraphLabel: '¶{{n}}' });
  expect(citationFor(template, 3, 'vi/speeches/x/index.html#p3')).toBe('Tô Lâm, “T”, 28 January 2026, ¶3. vi/speeches/x/index.html#p3');
});

test('without a ¶ label it cites the whole text', () => {
  const template = citationTemplate({ speakers: ['Tô Lâm'], title: 'T', date: '28 January 2026' });
  expect(citationFor(template, '', '/en/speeches/x/')).toBe('Tô Lâm, “T”, 28 January 2026. /en/speeches/x/');
});
