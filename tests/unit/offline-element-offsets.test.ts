import { describe, expect, test } from 'vitest';
import { attributeOf, walkElements, type ElementSpan } from '../../scripts/offline/element-offsets';

const elementsOf = (html: string) => {
  const closed: ElementSpan[] = [];
  walkElements(html, { close: (element) => void closed.push(element) });
  return closed.sort((a, b) => a.start - b.start);
};

describe('where the elements of a page are in its source', () => {
  const html = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<script type="module">if (a < b) document.body.append("</div>");</script>',
    '<style>p::before{content:"<p>"}</style></head>',
    '<body><!-- <a href="/commented/"> --><a HREF=/x/?a=1&amp;b=2 data-x class=\'c\'>x</a>',
    '<ul><li>one<li>two</ul><p>para<div>block</div>',
    '<svg viewBox="0 0 1 1"><path d="M0 0"/><use href="#i"></use></svg>',
    '<footer><p data-slot>(<b>old</b>)</p ></footer></body></html>',
  ].join('');
  const elements = elementsOf(html);
  const sliced = (element: ElementSpan) => [html.slice(element.start, element.openEnd), html.slice(element.openEnd, element.closeStart), html.slice(element.closeStart, element.end)];

  test('each element: its start tag, its content, its end tag', () => {
    expect(Object.fromEntries(elements.filter((element) => element.name !== 'html' && element.name !== 'body' && element.name !== 'head').map((element) => [`${element.name}@${element.start}`, sliced(element)]))).toMatchObject({
      [`meta@${html.indexOf('<meta')}`]: ['<meta charset="utf-8">', '', ''],
      [`script@${html.indexOf('<script')}`]: ['<script type="module">', 'if (a < b) document.body.append("</div>");', '</script>'],
      [`style@${html.indexOf('<style')}`]: ['<style>', 'p::before{content:"<p>"}', '</style>'],
      [`a@${html.indexOf('<a HREF')}`]: ["<a HREF=/x/?a=1&amp;b=2 data-x class='c'>", 'x', '</a>'],
      // Closed by what comes next: the next <li>, the end of the list, a block.
      [`li@${html.indexOf('<li>one')}`]: ['<li>', 'one', ''],
      [`li@${html.indexOf('<li>two')}`]: ['<li>', 'two', ''],
      [`p@${html.indexOf('<p>para')}`]: ['<p>', 'para', ''],
      [`path@${html.indexOf('<path')}`]: ['<path d="M0 0"/>', '', ''],
      [`use@${html.indexOf('<use')}`]: ['<use href="#i">', '', '</use>'],
      [`p@${html.indexOf('<p data-slot')}`]: ['<p data-slot>', '(<b>old</b>)', '</p >'],
    });
    expect(elements.some((element) => attributeOf(element, 'href')?.value === '/commented/')).toBe(false);
  });

  test('attributes: lowercased names, decoded values, where each is written', () => {
    const link = elements.find((element) => element.name === 'a')!;
    expect(link.attributes.map(({ name, value, start, end }) => [name, value, html.slice(start, end)])).toEqual([
      ['href', '/x/?a=1&b=2', 'HREF=/x/?a=1&amp;b=2'],
      ['data-x', '', 'data-x'],
      ['class', 'c', "class='c'"],
    ]);
  });

  test('the text of scripts and styles', () => {
    expect(elements.filter((element) => element.text !== '').map((element) => [element.name, element.text])).toEqual([
      ['script', 'if (a < b) document.body.append("</div>");'],
      ['style', 'p::before{content:"<p>"}'],
    ]);
  });

  test('void and self-closing SVG elements are empty, others are not', () => {
    expect(elements.filter((element) => element.empty).map((element) => element.name)).toEqual(['meta', 'path']);
  });

  test('reading stops when the visitor says so', () => {
    const names: string[] = [];
    walkElements('<main><a>x</a><b>y</b></main>', { open: (element) => void names.push(element.name), close: (element) => element.name !== 'a' });
    expect(names).toEqual(['main', 'a']);
  });
});
