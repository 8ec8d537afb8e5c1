// Pure helpers behind the graph view: which edges to draw, ring per node, and the stylesheet.

export const FONT = 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
/** Labels keep this on-screen size at any zoom; crowded ones are hidden instead of shrunk. */
export const LABEL_PX = 12;

const strength = (e) => (typeof e.weight === 'number' ? e.weight : typeof e.confidence === 'number' ? e.confidence : 0);

/** Hop distance from the root over the given edges, read undirected; unreachable nodes are absent. */
export function distances(rootId, edges) {
  const next = new Map();
  const link = (a, b) => (next.get(a) || next.set(a, []).get(a)).push(b);
  edges.forEach((e) => { link(e.source, e.target); link(e.target, e.source); });
  const depth = new Map([[rootId, 0]]);
  for (let frontier = [rootId], d = 1; frontier.length; d++) {
    const found = [];
    frontier.forEach((id) => (next.get(id) || []).forEach((m) => {
      if (!depth.has(m)) { depth.set(m, d); found.push(m); }
    }));
    frontier = found;
  }
  return depth;
}

/**
 * The edges worth drawing when there are too many to read: each node's strongest link one hop closer to
 * the root (a spanning tree, so every node shows how it is reached), then the strongest of the rest up to
 * the budget. Returns {tree, extra} as Sets of edge ids; the caller keys edges with idOf.
 */
export function pickEdges(edges, depth, budget, idOf) {
  const sorted = [...edges].sort((a, b) => strength(b) - strength(a));
  const tree = new Set();
  const reached = new Set();
  for (const e of sorted) {
    const [da, db] = [depth.get(e.source), depth.get(e.target)];
    if (da === undefined || db === undefined || Math.abs(da - db) !== 1) continue;
    const child = da > db ? e.source : e.target;
    if (reached.has(child)) continue;
    reached.add(child);
    tree.add(idOf(e));
  }
  const extra = new Set();
  for (const e of sorted) {
    if (tree.size + extra.size >= budget) break;
    if (!tree.has(idOf(e))) extra.add(idOf(e));
  }
  return { tree, extra };
}

/**
 * Ring per node: by distance, and a crowded distance spills into further rings (ring k holds about
 * 8 + 8k nodes) so 200 labels have room instead of forming one huge circle.
 */
export function rings(nodes, depth) {
  const far = (n) => (depth.has(n.id()) ? depth.get(n.id()) : 99);
  const ordered = nodes.sort((a, b) => far(a) - far(b) || b.data('size') - a.data('size'));
  const ring = new Map();
  let index = 0;
  let used = 0;
  let level = -1;
  ordered.forEach((node) => {
    const d = far(node);
    if (d !== level || used >= 8 + 8 * index) {
      if (level !== -1) index++;
      level = d;
      used = 0;
    }
    ring.set(node.id(), index);
    used++;
  });
  return ring;
}

/** The stylesheet for one zoom level: model sizes divided by the zoom keep labels at LABEL_PX on screen. */
export function style(zoom) {
  const px = (n) => n / Math.min(1, zoom);
  return [
    { selector: 'node', style: {
      'background-color': '#5c7cfa', width: 'data(size)', height: 'data(size)', label: 'data(name)',
      'font-size': px(LABEL_PX), 'font-family': FONT,
      color: '#212529', 'text-valign': 'bottom', 'text-margin-y': px(2), 'text-wrap': 'ellipsis',
      'text-max-width': px(130), 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
      'text-background-padding': px(1), 'border-width': 1, 'border-color': '#ffffff' } },
    { selector: 'node.center', style: { 'background-color': '#212529', 'font-weight': 'bold', 'font-size': px(LABEL_PX + 2) } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#fab005' } },
    { selector: 'node.path', style: { 'background-color': '#d9480f' } },
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.quiet.hover', style: { label: 'data(name)', 'z-index': 20 } },
    { selector: 'node:selected', style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.25 } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
      'curve-style': 'bezier', opacity: 0.85 } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9 } },
    // Edges off the spanning tree are context: faint and straight (cheap) until their node is hovered.
    { selector: 'edge.cross', style: { opacity: 0.15, width: 1, 'curve-style': 'straight' } },
    { selector: 'edge.lit', style: { opacity: 0.95, width: 2.5, 'z-index': 9 } },
    { selector: 'edge:selected, edge.hover', style: { opacity: 1, width: 4, 'z-index': 10 } },
  ];
}

const measure = document.createElement('canvas').getContext('2d');
/** On-screen width of a label at LABEL_PX, capped like 'text-max-width'. */
export function labelWidth(text, bold) {
  measure.font = `${bold ? 'bold ' : ''}${LABEL_PX}px ${FONT}`;
  return Math.min(130, measure.measureText(text).width) + 4;
}
