import { describe, expect, test } from 'vitest';
import { layoutMap, wrapLabel, type MapNode } from '../../src/lib/relation-map';

describe('wrapLabel', () => {
  test('breaks at spaces near the limit and keeps every word', () => {
    const lines = wrapLabel('Phát triển hạ tầng chiến lược và liên kết vùng', 20);
    expect(lines).toEqual(['Phát triển hạ tầng', 'chiến lược và liên', 'kết vùng']);
    expect(lines.join(' ')).toBe('Phát triển hạ tầng chiến lược và liên kết vùng');
  });
});

describe('layoutMap', () => {
  const node = (key: string, column: 0 | 1 | 2): MapNode => ({ key, column, label: key, kicker: '', href: `/${key}/` });

  test('places columns left to right and stacks nodes without overlap', () => {
    const layout = layoutMap([node('s', 0), node('o1', 1), node('o2', 1), node('b', 2)], []);
    const [s, o1, o2, b] = layout.nodes;
    expect(s!.x).toBeLessThan(o1!.x);
    expect(o1!.x).toBeLessThan(b!.x);
    expect(o2!.y).toBeGreaterThanOrEqual(o1!.y + o1!.height);
    expect(layout.height).toBeGreaterThanOrEqual(o2!.y + o2!.height);
  });

  test('joins the facing sides of linked boxes and drops edges to unknown nodes', () => {
    const layout = layoutMap([node('s', 0), node('o', 1), node('b', 2)], [
      { from: 's', to: 'o', weight: 2 },
      { from: 'b', to: 'o', weight: 1 },
      { from: 's', to: 'missing', weight: 1 },
    ]);
    const [s, o, b] = layout.nodes;
    expect(layout.edges).toHaveLength(2);
    expect(layout.edges[0]!.path.startsWith(`M${s!.x + s!.width} `)).toBe(true);
    expect(layout.edges[1]!.path.startsWith(`M${o!.x + o!.width} `)).toBe(true);
    expect(layout.edges[1]!.path.endsWith(`${b!.x} ${b!.y + b!.height / 2}`)).toBe(true);
  });
});
