/**
 * Lays out the relationship map (speeches → orientations ← breakthroughs) as three columns of
 * boxes joined by curves, or for a phone as one column of bands joined by arcs in its margins.
 * Pure geometry, so the page can draw it as static SVG at build time.
 */

export interface MapNode {
  /** `collection/id`, unique in the map. */
  key: string;
  column: 0 | 1 | 2;
  label: string;
  /** A short tag above the label, e.g. "Định hướng · Thứ hai". */
  kicker: string;
  href: string;
  /** The language the label is written in, when it is not the page's (an entry not yet translated). */
  lang?: string | undefined;
}

export interface MapEdge {
  from: string;
  to: string;
  /** How many paragraphs make this link; drawn as stroke width. */
  weight: number;
  /** True when no ¶ states the link (the editors' reading); drawn dashed. */
  editorial?: boolean;
}

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface PlacedEdge extends MapEdge {
  path: string;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const columnWidth = 250;
const columnGap = 110;
const lineHeight = 17;
const kickerHeight = 18;
const padding = 10;
const nodeGap = 18;
const charsPerLine = 30;

/** Breaks a label into lines of about `max` characters at spaces. */
export function wrapLabel(label: string, max = charsPerLine): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const middle = (x1 + x2) / 2;
  return `M${x1} ${y1} C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}`;
}

/** The map for a wide screen: three columns side by side, edges between the facing sides of two boxes. */
export function layoutMap(nodes: MapNode[], edges: MapEdge[]): MapLayout {
  const placed: PlacedNode[] = [];
  const columnHeights = [0, 0, 0];
  for (const node of nodes) {
    const lines = wrapLabel(node.label);
    const height = padding * 2 + kickerHeight + lines.length * lineHeight;
    const y = columnHeights[node.column]!;
    placed.push({ ...node, lines, x: node.column * (columnWidth + columnGap), y, width: columnWidth, height });
    columnHeights[node.column] = y + height + nodeGap;
  }
  const height = Math.max(...columnHeights) - nodeGap;
  // Centre shorter columns against the tallest one.
  for (const column of [0, 1, 2] as const) {
    const offset = (height - (columnHeights[column]! - nodeGap)) / 2;
    for (const node of placed) if (node.column === column) node.y += Math.max(0, offset);
  }
  const byKey = new Map(placed.map((node) => [node.key, node]));
  const placedEdges = edges.flatMap((edge) => {
    const from = byKey.get(edge.from);
    const to = byKey.get(edge.to);
    if (!from || !to) return [];
    // Edges run from the facing sides of the two boxes.
    const [left, right] = from.x < to.x ? [from, to] : [to, from];
    const path = curve(left.x + left.width, left.y + left.height / 2, right.x, right.y + right.height / 2);
    return [{ ...edge, path }];
  });
  return { width: 3 * columnWidth + 2 * columnGap, height, nodes: placed, edges: placedEdges };
}

/** The narrow layout's width in SVG units: a 320 px phone's page less its padding, so text keeps its size there. */
const narrowWidth = 280;
/** Room for the arcs on each side of the boxes. */
const narrowGutter = 28;
const narrowCharsPerLine = 28;

/** An arc leaving a box's side into the margin and coming back to another box's same side. */
function arc(x: number, y1: number, y2: number, outward: -1 | 1): string {
  // Longer arcs bulge further, so arcs of different lengths do not run on top of each other.
  const bulge = outward * Math.min(narrowGutter - 2, 8 + Math.abs(y2 - y1) * 0.08);
  return `M${x} ${y1} C${x + bulge} ${y1} ${x + bulge} ${y2} ${x} ${y2}`;
}

/**
 * The map for a phone: the three columns become bands stacked top to bottom (texts, then
 * orientations, then breakthroughs), every box the full width between two margins. An edge from
 * a text runs in the left margin, any other (a breakthrough serving an orientation) in the right,
 * so nothing scrolls sideways and the labels keep their size.
 */
export function layoutMapNarrow(nodes: MapNode[], edges: MapEdge[]): MapLayout {
  const boxWidth = narrowWidth - 2 * narrowGutter;
  const placed: PlacedNode[] = [];
  let y = 0;
  for (const column of [0, 1, 2] as const) {
    const band = nodes.filter((node) => node.column === column);
    if (band.length === 0) continue;
    // A wider gap between bands than between boxes shows where one kind ends.
    if (placed.length > 0) y += nodeGap;
    for (const node of band) {
      const lines = wrapLabel(node.label, narrowCharsPerLine);
      const height = padding * 2 + kickerHeight + lines.length * lineHeight;
      placed.push({ ...node, lines, x: narrowGutter, y, width: boxWidth, height });
      y += height + nodeGap;
    }
  }
  const byKey = new Map(placed.map((node) => [node.key, node]));
  const placedEdges = edges.flatMap((edge) => {
    const from = byKey.get(edge.from);
    const to = byKey.get(edge.to);
    if (!from || !to) return [];
    const onLeft = from.column === 0 || to.column === 0;
    const x = onLeft ? narrowGutter : narrowGutter + boxWidth;
    return [{ ...edge, path: arc(x, from.y + from.height / 2, to.y + to.height / 2, onLeft ? -1 : 1) }];
  });
  return { width: narrowWidth, height: Math.max(0, y - nodeGap), nodes: placed, edges: placedEdges };
}

/**
 * An edge's weight for a count of paragraphs on the overview map: it grows with the count's
 * logarithm, so an item cited a thousand times is drawn thicker than one cited ten times, not a
 * hundred times as thick. One paragraph weighs 1, as on the map of texts.
 */
export function countWeight(paragraphs: number): number {
  return paragraphs <= 0 ? 0 : Math.min(8, Math.ceil(Math.log2(paragraphs + 1)));
}
