import { h, clear, evidenceText } from './dom.js';
import { distances, labelWidth, LABEL_PX, pickEdges, rings, style } from './graph-layout.js';

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
/** Fewest edges drawn however small the graph; beyond it about two per node. */
const EDGE_MIN = 120;

/** Same id for both directions of a symmetric relation, so it is drawn once. */
function edgeId(e) {
  const symmetric = !isDirected(e.type);
  const [a, b] = symmetric && e.source > e.target ? [e.target, e.source] : [e.source, e.target];
  return `${a}|${e.type}|${b}`;
}

/** Cytoscape around one concept: expand/collapse on click, evidence on hover, a node cap with "show more". */
export class ConceptGraph {
  constructor(container, { onSelect = () => {}, onOpen = () => {}, onCapChange = () => {} } = {}) {
    this.container = container;
    this.tip = h('div', { class: 'graph-tip', role: 'tooltip', hidden: true });
    container.append(this.tip);
    this.styledZoom = 1;
    this.cy = window.cytoscape({
      container, style: style(1), minZoom: 0.15, maxZoom: 3,
      boxSelectionEnabled: false,
    });
    window.cy = this.cy; // lets browser tests and curious users inspect the graph
    this.callbacks = { onSelect, onOpen, onCapChange };
    this.pending = [];
    this.edges = new Map();
    this.depth = new Map();
    this.relations = 0;
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
    this.connect();
    this.placeLabels();
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

  /** "150 concepts, 300 of 1826 relations drawn" and the like, for the status line. */
  summary() {
    const drawn = this.cy.edges().length;
    const relations = drawn < this.relations ? `${drawn} of ${this.relations} relations drawn` : `${drawn} relations`;
    return `${this.cy.nodes().length} concepts, ${relations}`;
  }

  destroy() {
    this.cy.destroy();
    if (window.cy === this.cy) window.cy = undefined;
  }

  addData(data, addedBy, near) {
    for (const e of data.edges || []) this.edges.set(edgeId(e), e);
    const waiting = new Set(this.pending.map((p) => p.node.id));
    let added = 0;
    for (const node of data.nodes || []) {
      if (this.cy.getElementById(node.id).nonempty() || waiting.has(node.id)) continue;
      // The cap bounds what is drawn; the rest waits for "show more".
      if (this.cy.nodes().length >= NODE_CAP) { this.pending.push({ node, addedBy, near }); waiting.add(node.id); }
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

  /**
   * Draws the edges worth reading between the nodes on screen: a spanning tree from the centre plus the
   * strongest others, at most about two per node. A hub's 2,000 relations would freeze the page and hide
   * every label; the rest stay known for hover and expansion.
   */
  connect() {
    const onScreen = (id) => this.cy.getElementById(id).nonempty();
    const candidates = [...this.edges.values()].filter((e) => e.source !== e.target && onScreen(e.source) && onScreen(e.target));
    const root = this.center && onScreen(this.center) ? this.center : busiest(candidates) ?? this.cy.nodes().first().id();
    this.depth = root ? distances(root, candidates) : new Map();
    const budget = Math.max(EDGE_MIN, 2 * this.cy.nodes().length);
    const { tree, extra } = pickEdges(candidates, this.depth, budget, edgeId);
    this.relations = candidates.length;
    const faint = this.cy.nodes().length > 12;
    this.cy.batch(() => {
      this.cy.edges().filter((edge) => !tree.has(edge.id()) && !extra.has(edge.id())).remove();
      for (const e of candidates) {
        const id = edgeId(e);
        if (!tree.has(id) && !extra.has(id)) continue;
        const edge = this.cy.getElementById(id);
        if (edge.nonempty()) { edge.toggleClass('cross', faint && !tree.has(id)); continue; }
        const weight = typeof e.weight === 'number' ? e.weight : 1;
        const classes = [isDirected(e.type) ? 'directed' : '', faint && !tree.has(id) ? 'cross' : ''].join(' ');
        this.cy.add({ group: 'edges', classes, data: {
          id, source: e.source, target: e.target, type: e.type, color: colorOf(e.type),
          width: Math.max(1.5, Math.min(5, 1 + weight)), evidence: e.evidence || [], confidence: e.confidence } });
      }
    });
  }

  layout(fresh) {
    const n = this.cy.nodes().length;
    if (!n) return;
    const ring = rings(this.cy.nodes(), this.depth);
    // Around a centre, rings by distance never overlap; small graphs without one read well with cose.
    const concentric = this.center || n > 12;
    const options = concentric
      ? { name: 'concentric', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: false,
          padding: 20, minNodeSpacing: 48, startAngle: -Math.PI / 2, concentric: (node) => 1000 - ring.get(node.id()),
          levelWidth: () => 1 }
      : { name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: true, padding: 30,
          idealEdgeLength: () => 90, nodeRepulsion: () => 12000, nodeOverlap: 40, componentSpacing: 80,
          gravity: 0.25, numIter: 1500 };
    this.cy.layout(options).run();
    if (concentric) this.widen();
    this.fit();
  }

  /** Stretches the rings into ellipses as wide as the box: labels are wider than tall, and so are screens. */
  widen() {
    const stretch = Math.max(1, Math.min(2, this.container.clientWidth / Math.max(1, this.container.clientHeight)));
    if (stretch === 1) return;
    const box = this.cy.nodes().boundingBox();
    const mid = this.center ? this.cy.getElementById(this.center).position('x') : box.x1 + box.w / 2;
    this.cy.nodes().positions((node) => ({ x: mid + (node.position('x') - mid) * stretch, y: node.position('y') }));
  }

  fit() {
    if (this.cy.destroyed() || this.cy.nodes().empty()) return;
    this.cy.fit(this.cy.nodes(), 24);
    if (this.cy.zoom() > 1.4) { this.cy.zoom(1.4); this.cy.center(); }
    this.placeLabels();
  }

  /**
   * Greedy label placement at the current zoom: the centre and path nodes first, then by distance and
   * size; a label that would cover another label or a node stays hidden until hover or zoom.
   */
  placeLabels() {
    if (this.cy.destroyed()) return;
    const zoom = this.cy.zoom();
    // A whole new stylesheet, not a mapper: Cytoscape re-measures every label only on a real restyle.
    if (Math.abs(zoom - this.styledZoom) > 1e-3) { this.styledZoom = zoom; this.cy.style(style(zoom)); }
    const rank = (n) => (n.hasClass('center') || n.hasClass('path') ? -1 : this.depth.get(n.id()) ?? 99);
    const nodes = this.cy.nodes().sort((a, b) => rank(a) - rank(b) || b.data('size') - a.data('size'));
    const boxes = nodes.map((n) => n.renderedBoundingBox({ includeLabels: false }));
    const scale = Math.max(1, zoom);
    this.cy.batch(() => nodes.forEach((n, i) => {
      const own = boxes[i];
      const x = (own.x1 + own.x2) / 2;
      const w = labelWidth(n.data('name') || '', n.hasClass('center')) * scale;
      const box = { x1: x - w / 2, x2: x + w / 2, y1: own.y2 + 1, y2: own.y2 + 1 + (LABEL_PX + 4) * scale };
      const free = rank(n) < 0
        || !boxes.some((o, j) => j !== i && box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2);
      if (free) boxes.push(box);
      n.toggleClass('quiet', !free);
    }));
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

/** The node with the most edges: the natural middle of a query result that has no centre. */
function busiest(edges) {
  const degree = new Map();
  edges.forEach((e) => [e.source, e.target].forEach((id) => degree.set(id, (degree.get(id) || 0) + 1)));
  return [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
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
