import { h, clear, evidenceText } from './dom.js';

/** Edge types with their colours; types the server adds later fall back to grey. */
export const EDGE_TYPES = [
  { type: 'PREREQUISITE_OF', label: 'prerequisite of', color: '#d9480f', directed: true },
  { type: 'SUBTOPIC_OF', label: 'subtopic of', color: '#1971c2', directed: true },
  { type: 'CONTRASTS_WITH', label: 'contrasts with', color: '#9c36b5', directed: false },
  { type: 'RELATED_TO', label: 'related to', color: '#a5adb5', directed: false },
  { type: 'USES', label: 'uses', color: '#2f9e44', directed: true },
  { type: 'SOLVES', label: 'solves', color: '#e0a100', directed: true },
  { type: 'IS_A', label: 'is a', color: '#0c8599', directed: true },
];
const TYPE = Object.fromEntries(EDGE_TYPES.map((t) => [t.type, t]));
const colorOf = (type) => TYPE[type]?.color || '#868e96';
/** "prerequisite of" for PREREQUISITE_OF; unknown types as the server names them. */
export const typeLabel = (type) => TYPE[type]?.label || type;
export const isDirected = (type) => TYPE[type]?.directed ?? true;
export const NODE_CAP = 150;
/** "Show more" adds this many at a time, so the graph grows in steps a reader can follow. */
export const MORE_BATCH = 50;

/** Same id for both directions of a symmetric relation, so it is drawn once. */
function edgeId(e) {
  const symmetric = !isDirected(e.type);
  const [a, b] = symmetric && e.source > e.target ? [e.target, e.source] : [e.source, e.target];
  return `${a}|${e.type}|${b}`;
}

const FONT = 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
/** Labels keep this on-screen size at any zoom; crowded ones are hidden instead of shrunk. */
const LABEL_PX = 12;

function style(zoom) {
  // Model-space sizes divided by the zoom: a fitted graph of 200 nodes still reads at 12 px.
  const px = (n) => () => n / Math.min(1, zoom());
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
    // Edges across a ring (not towards the centre) are context: faint until their node is hovered.
    { selector: 'edge.cross', style: { opacity: 0.12, width: 1 } },
    { selector: 'edge.lit', style: { opacity: 0.95, width: 2.5, 'z-index': 9 } },
    { selector: 'edge:selected, edge.hover', style: { opacity: 1, width: 4, 'z-index': 10 } },
  ];
}

const measure = document.createElement('canvas').getContext('2d');
function labelWidth(text, bold) {
  measure.font = `${bold ? 'bold ' : ''}${LABEL_PX}px ${FONT}`;
  return Math.min(130, measure.measureText(text).width) + 4;
}

/** Cytoscape around one concept: expand/collapse on click, evidence on hover, a node cap with "show more". */
export class ConceptGraph {
  constructor(container, { onSelect = () => {}, onOpen = () => {}, onCapChange = () => {} } = {}) {
    this.container = container;
    this.tip = h('div', { class: 'graph-tip', role: 'tooltip', hidden: true });
    container.append(this.tip);
    this.cy = window.cytoscape({
      container, style: style(() => this.cy.zoom()), minZoom: 0.15, maxZoom: 3,
      boxSelectionEnabled: false,
    });
    window.cy = this.cy; // lets browser tests and curious users inspect the graph
    this.callbacks = { onSelect, onOpen, onCapChange };
    this.pending = [];
    this.edges = new Map();
    this.bindEvents();
  }

  /** Replaces the graph with a neighbourhood; {nodes, edges} as the API returns them. */
  load(data, { center = null, pathIds = [] } = {}) {
    this.cy.elements().remove();
    this.pending = [];
    this.edges.clear();
    this.center = center;
    this.addData(data, null);
    this.cy.nodes().forEach((n) => {
      if (n.id() === center) n.addClass('center');
      if (pathIds.includes(n.id())) n.addClass('path');
    });
    this.layout(true);
  }

  /** Adds a clicked node's neighbourhood; nodes it brings in remember who brought them, for collapsing. */
  expand(id, data) {
    const origin = this.cy.getElementById(id);
    const added = this.addData(data, id, origin.position());
    origin.addClass('expanded');
    if (added) this.layout(false);
    return added;
  }

  collapse(id) {
    const origin = this.cy.getElementById(id);
    origin.removeClass('expanded');
    const doomed = this.cy.nodes().filter((n) => n.data('addedBy') === id && n.id() !== this.center);
    doomed.forEach((n) => { if (n.hasClass('expanded')) this.collapse(n.id()); });
    this.cy.remove(doomed);
    this.pending = this.pending.filter((p) => p.addedBy !== id);
    this.callbacks.onCapChange(this.pending.length);
  }

  isExpanded(id) {
    return this.cy.getElementById(id).hasClass('expanded');
  }

  showMore() {
    const batch = this.pending.splice(0, MORE_BATCH);
    batch.forEach((p) => this.addNode(p.node, p.addedBy, p.near));
    this.connect();
    this.callbacks.onCapChange(this.pending.length);
    this.layout(false);
  }

  destroy() {
    this.cy.destroy();
    if (window.cy === this.cy) window.cy = undefined;
  }

  addData(data, addedBy, near) {
    for (const e of data.edges || []) this.edges.set(edgeId(e), e);
    let added = 0;
    for (const node of data.nodes || []) {
      if (this.cy.getElementById(node.id).nonempty() || this.pending.some((p) => p.node.id === node.id)) continue;
      // The cap bounds what is drawn; the rest waits for "show more".
      if (this.cy.nodes().length >= NODE_CAP) this.pending.push({ node, addedBy, near });
      else { this.addNode(node, addedBy, near); added++; }
    }
    this.connect();
    this.callbacks.onCapChange(this.pending.length);
    return added;
  }

  addNode(node, addedBy, near) {
    const mentions = node.mentionCount ?? node.mentions ?? 0;
    const size = Math.round(Math.min(34, 14 + 2 * Math.sqrt(typeof mentions === 'number' ? mentions : 0)));
    const position = near ? { x: near.x + (Math.random() - 0.5) * 60, y: near.y + (Math.random() - 0.5) * 60 } : undefined;
    this.cy.add({ group: 'nodes', data: { id: node.id, name: node.name, aliases: node.aliases || [], size, addedBy }, position });
  }

  /** Draws every known edge whose two ends are on screen. */
  connect() {
    for (const [id, e] of this.edges) {
      if (this.cy.getElementById(id).nonempty()) continue;
      if (this.cy.getElementById(e.source).empty() || this.cy.getElementById(e.target).empty()) continue;
      const weight = typeof e.weight === 'number' ? e.weight : 1;
      this.cy.add({ group: 'edges', classes: isDirected(e.type) ? 'directed' : '', data: {
        id, source: e.source, target: e.target, type: e.type, color: colorOf(e.type),
        width: Math.max(1.5, Math.min(5, 1 + weight)), evidence: e.evidence || [], confidence: e.confidence } });
    }
  }

  layout(fresh) {
    const n = this.cy.nodes().length;
    if (!n) return;
    const rings = this.rings();
    this.markCrossEdges();
    // Around a centre, rings by distance never overlap; small graphs without one read well with cose.
    const options = this.center || n > 40
      ? { name: 'concentric', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: false,
          padding: 20, minNodeSpacing: 48, startAngle: -Math.PI / 2, concentric: (node) => 1000 - rings.get(node.id()),
          levelWidth: () => 1 }
      : { name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: true, padding: 30,
          idealEdgeLength: () => 90, nodeRepulsion: () => 12000, nodeOverlap: 40, componentSpacing: 80,
          gravity: 0.25, numIter: 1500 };
    this.cy.layout(options).run();
    this.fit();
  }

  fit() {
    if (this.cy.destroyed() || this.cy.nodes().empty()) return;
    this.cy.fit(this.cy.nodes(), 24);
    if (this.cy.zoom() > 1.4) { this.cy.zoom(1.4); this.cy.center(); }
    this.placeLabels();
  }

  /**
   * Greedy label placement at the current zoom: the centre, path and expanded nodes first, then by
   * distance and size; a label that would cover another label or a node stays hidden until hover or zoom.
   */
  placeLabels() {
    if (this.cy.destroyed()) return;
    const zoom = this.cy.zoom();
    if (zoom !== this.styledZoom) { this.styledZoom = zoom; this.cy.style().update(); }
    const depth = this.depth || new Map();
    const rank = (n) => (n.hasClass('center') || n.hasClass('path') ? -1 : depth.get(n.id()) ?? 99);
    const nodes = this.cy.nodes().sort((a, b) => rank(a) - rank(b) || b.data('size') - a.data('size'));
    const boxes = nodes.map((n) => n.renderedBoundingBox({ includeLabels: false }));
    const scale = Math.max(1, zoom);
    this.cy.batch(() => nodes.forEach((n) => {
      const p = n.renderedPosition();
      const w = labelWidth(n.data('name') || '', n.hasClass('center')) * scale;
      const top = p.y + n.renderedHeight() / 2 + 1;
      const box = { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + (LABEL_PX + 4) * scale };
      const free = rank(n) < 0 || !boxes.some((o) => box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2);
      if (free) boxes.push(box);
      n.toggleClass('quiet', !free);
    }));
  }

  /** BFS distance from the centre (or first node), computed once per layout. */
  distances() {
    const root = this.center ? this.cy.getElementById(this.center) : this.cy.nodes().first();
    const depth = new Map();
    if (root.nonempty()) {
      this.cy.elements().bfs({ roots: root, directed: false, visit: (v, e, u, i, d) => { depth.set(v.id(), d); } });
    }
    return depth;
  }

  /**
   * Ring per node: by distance, and a crowded distance spills into further rings (ring k holds about
   * 8 + 8k nodes) so 150 labels stay legible instead of forming one huge circle.
   */
  rings() {
    const depth = this.distances();
    const far = (id) => (depth.has(id) ? depth.get(id) : 99);
    const nodes = this.cy.nodes().sort((a, b) => far(a.id()) - far(b.id()) || b.degree() - a.degree());
    const rings = new Map();
    let ring = 0;
    let used = 0;
    let level = -1;
    nodes.forEach((node) => {
      const d = far(node.id());
      if (d !== level || used >= 8 + 8 * ring) {
        if (level !== -1) ring++;
        level = d;
        used = 0;
      }
      rings.set(node.id(), ring);
      used++;
    });
    this.depth = depth;
    return rings;
  }

  markCrossEdges() {
    const depth = this.depth;
    this.cy.edges().forEach((e) => {
      const a = depth.get(e.source().id());
      const b = depth.get(e.target().id());
      e.toggleClass('cross', this.cy.nodes().length > 12 && a === b);
    });
  }

  bindEvents() {
    this.cy.on('tap', 'node', (e) => this.callbacks.onSelect(e.target.id(), e.target.data()));
    this.cy.on('dbltap', 'node', (e) => this.callbacks.onOpen(e.target.id()));
    this.cy.on('mouseover', 'edge', (e) => this.showTip(e, edgeTip(e.target.data(), this.cy)));
    this.cy.on('mouseover', 'node', (e) => {
      e.target.addClass('hover');
      e.target.connectedEdges().addClass('lit');
      this.showTip(e, nodeTip(e.target.data()));
    });
    this.cy.on('tap', 'edge', (e) => this.showTip(e, edgeTip(e.target.data(), this.cy)));
    this.cy.on('mouseout', 'node, edge', (e) => {
      e.target.removeClass('hover');
      if (e.target.isNode()) e.target.connectedEdges().removeClass('lit');
      this.tip.hidden = true;
    });
    this.cy.on('tap', (e) => { if (e.target === this.cy) this.tip.hidden = true; });
    // Zooming in makes room for more labels; one placement per frame however fast the wheel turns.
    let frame = 0;
    this.cy.on('zoom dragfree', () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; this.placeLabels(); });
    });
  }

  showTip(event, content) {
    if (event.target.isEdge()) event.target.addClass('hover');
    clear(this.tip, content);
    this.tip.hidden = false;
    const { x, y } = event.renderedPosition;
    const maxX = this.container.clientWidth - this.tip.offsetWidth - 8;
    this.tip.style.left = `${Math.max(4, Math.min(x + 12, maxX))}px`;
    this.tip.style.top = `${Math.max(4, y + 12)}px`;
  }
}

function nodeTip(data) {
  return [h('strong', {}, data.name), data.aliases?.length ? h('div', { class: 'muted' }, data.aliases.join(' · ')) : null,
    h('div', { class: 'muted small' }, 'click: expand / collapse · double-click: open')];
}

function edgeTip(data, cy) {
  const name = (id) => cy.getElementById(id).data('name') || id;
  const evidence = (data.evidence || []).slice(0, 5);
  return [
    h('div', {}, h('strong', {}, name(data.source)), ' ',
      h('span', { class: 'edge-type', style: { color: data.color } }, typeLabel(data.type)), ' ',
      h('strong', {}, name(data.target))),
    typeof data.confidence === 'number' ? h('div', { class: 'muted small' }, `confidence ${data.confidence.toFixed(2)}`) : null,
    evidence.length ? h('ul', { class: 'evidence' }, evidence.map((ev) => h('li', {}, evidenceText(ev))))
      : h('div', { class: 'muted small' }, 'no evidence recorded'),
  ];
}

/** The colour key, with a checkbox per type when onToggle is given. */
export function legend(types, { checked = null, onToggle = null } = {}) {
  return h('fieldset', { class: 'legend' }, h('legend', {}, onToggle ? 'Edge types' : 'Legend'),
    types.map((t) => {
      const swatch = h('span', { class: 'swatch', style: { background: colorOf(t.type) }, 'aria-hidden': 'true' });
      if (!onToggle) return h('span', { class: 'legend-item' }, swatch, t.label);
      const box = h('input', { type: 'checkbox', value: t.type, checked: checked.has(t.type),
        onchange: (e) => onToggle(t.type, e.target.checked) });
      return h('label', { class: 'legend-item' }, box, swatch, t.label);
    }));
}
