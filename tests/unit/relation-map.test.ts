import { describe, expect, test } from 'vitest';
import { layoutMap, layoutMapNarrow, wrapLabel, type MapNode, countWeight } from '../../src/lib/relation-map';
import { mapIsOverview, mapPagePath } from '../../src/lib/relation-map-pages';

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

describe('layoutMapNarrow', () => {
  const node = (key: string, column: 0 | 1 | 2, label = key): MapNode => ({ key, column, label, kicker: '', href: `/${key}/` });
  const nodes = [node('b', 2), node('s', 0), node('o1', 1), node('o2', 1, 'Phát triển hạ tầng chiến lược và liên kết vùng, kết nối cửa khẩu')];

  test('stacks the columns as bands, texts first, every box in one column of one width', () => {
    const layout = layoutMapNarrow(nodes, []);
    expect(layout.nodes.map((placed) => placed.key)).toEqual(['s', 'o1', 'o2', 'b']);
    for (const [upper, lower] of layout.nodes.slice(0, -1).map((placed, index) => [placed, layout.nodes[index + 1]!] as const)) {
      expect(lower.y).toBeGreaterThanOrEqual(upper.y + upper.height);
    }
    expect(new Set(layout.nodes.map((placed) => `${placed.x} ${placed.width}`)).size).toBe(1);
    const last = layout.nodes.at(-1)!;
    expect(layout.height).toBe(last.y + last.height);
  });

  test('fits a 320 px phone without shrinking: every box and line inside its width', () => {
    const layout = layoutMapNarrow(nodes, []);
    expect(layout.width).toBeLessThanOrEqual(320 - 2 * 16);
    for (const placed of layout.nodes) {
      expect(placed.x).toBeGreaterThan(0);
      expect(placed.x + placed.width).toBeLessThan(layout.width);
    }
    expect(layout.nodes.find((placed) => placed.key === 'o2')!.lines.length).toBeGreaterThan(1);
  });

  test('runs edges from a text in the left margin, others in the right, and drops unknown nodes', () => {
    const layout = layoutMapNarrow(nodes, [
      { from: 's', to: 'o2', weight: 2 },
      { from: 'b', to: 'o1', weight: 1 },
      { from: 's', to: 'missing', weight: 1 },
    ]);
    const byKey = new Map(layout.nodes.map((placed) => [placed.key, placed]));
    const [fromText, serving] = layout.edges;
    expect(layout.edges).toHaveLength(2);
    const s = byKey.get('s')!;
    const o2 = byKey.get('o2')!;
    const controlX = (path: string) => Number(/^M\S+ \S+ C(\S+) /.exec(path)![1]);
    expect(fromText!.path.startsWith(`M${s.x} ${s.y + s.height / 2} `)).toBe(true);
    expect(controlX(fromText!.path)).toBeLessThan(s.x);
    expect(controlX(fromText!.path)).toBeGreaterThanOrEqual(0);
    expect(fromText!.path.endsWith(`${o2.x} ${o2.y + o2.height / 2}`)).toBe(true);
    const b = byKey.get('b')!;
    const bulge = controlX(serving!.path);
    expect(serving!.path.startsWith(`M${b.x + b.width} ${b.y + b.height / 2}`)).toBe(true);
    expect(bulge).toBeGreaterThan(b.x + b.width);
    expect(bulge).toBeLessThanOrEqual(layout.width);
  });
});

describe('the map of a large corpus', () => {
  test('a corpus of more texts than a map page draws is an overview; one that fits is not', () => {
    expect(mapIsOverview(12, 12)).toBe(false);
    expect(mapIsOverview(13, 12)).toBe(true);
  });

  test('the map, an item\'s own map and its later pages each have their address', () => {
    expect(mapPagePath('vi')).toBe('vi/map/');
    expect(mapPagePath('vi', { collection: 'orientations', slug: 'roads' })).toBe('vi/map/orientations/roads/');
    expect(mapPagePath('en', { collection: 'orientations', slug: 'roads' }, 1)).toBe('en/map/orientations/roads/');
    expect(mapPagePath('en', { collection: 'breakthroughs', slug: 'schools' }, 2)).toBe('en/map/breakthroughs/schools/page/2/');
  });

  test('an overview edge grows with the count of paragraphs, slower than it, and stays drawable', () => {
    expect(countWeight(0)).toBe(0);
    expect(countWeight(1)).toBe(1);
    expect(countWeight(3)).toBe(2);
    expect(countWeight(10)).toBeLessThan(countWeight(100));
    expect(countWeight(100_000)).toBe(8);
  });
});
