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
export const NODE_CAP = 150;

/** Same id for both directions of a symmetric relation, so it is drawn once. */
function edgeId(e) {
  const symmetric = TYPE[e.type] ? !TYPE[e.type].directed : false;
  const [a, b] = symmetric && e.source > e.target ? [e.target, e.source] : [e.source, e.target];
  return `${a}|${e.type}|${b}`;
}

function style() {
  return [
    { selector: 'node', style: {
      'background-color': '#5c7cfa', width: 'data(size)', height: 'data(size)', label: 'data(name)',
      'font-size': 11, 'font-family': 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif',
      color: '#212529', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis',
      'text-max-width': 110, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      'text-background-padding': 1, 'border-width': 1, 'border-color': '#ffffff' } },
    { selector: 'node.center', style: { 'background-color': '#212529', 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#fab005' } },
    { selector: 'node.path', style: { 'background-color': '#d9480f' } },
    { selector: 'node:selected', style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.25 } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
      'curve-style': 'bezier', opacity: 0.85 } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9 } },
    { selector: 'edge:selected, edge.hover', style: { opacity: 1, width: 4 } },
  ];
}

/** Cytoscape around one concept: expand/collapse on click, evidence on hover, a node cap with "show more". */
export class ConceptGraph {
  constructor(container, { onSelect = () => {}, onOpen = () => {}, onCapChange = () => {} } = {}) {
    this.container = container;
    this.tip = h('div', { class: 'graph-tip', role: 'tooltip', hidden: true });
    container.append(this.tip);
    this.cy = window.cytoscape({
      container, style: style(), minZoom: 0.15, maxZoom: 3, wheelSensitivity: 0.3,
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
    const batch = this.pending.splice(0, NODE_CAP);
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
    const size = Math.round(Math.min(46, 18 + 3 * Math.sqrt(typeof mentions === 'number' ? mentions : 0)));
    const position = near ? { x: near.x + (Math.random() - 0.5) * 60, y: near.y + (Math.random() - 0.5) * 60 } : undefined;
    this.cy.add({ group: 'nodes', data: { id: node.id, name: node.name, aliases: node.aliases || [], size, addedBy }, position });
  }

  /** Draws every known edge whose two ends are on screen. */
  connect() {
    for (const [id, e] of this.edges) {
      if (this.cy.getElementById(id).nonempty()) continue;
      if (this.cy.getElementById(e.source).empty() || this.cy.getElementById(e.target).empty()) continue;
      const weight = typeof e.weight === 'number' ? e.weight : 1;
      this.cy.add({ group: 'edges', classes: TYPE[e.type]?.directed === false ? '' : 'directed', data: {
        id, source: e.source, target: e.target, type: e.type, color: colorOf(e.type),
        width: Math.max(1.5, Math.min(5, 1 + weight)), evidence: e.evidence || [], confidence: e.confidence } });
    }
  }

  layout(fresh) {
    const n = this.cy.nodes().length;
    if (!n) return;
    // cose reads well up to a few dozen nodes; beyond that, rings by distance from the centre never overlap.
    const options = n <= 60
      ? { name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: true, padding: 30,
          idealEdgeLength: () => 90, nodeRepulsion: () => 12000, nodeOverlap: 20, componentSpacing: 80,
          gravity: 0.25, numIter: 1500 }
      : { name: 'concentric', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true,
          padding: 20, minNodeSpacing: 12, concentric: this.distanceFromCenter(), levelWidth: () => 1 };
    this.cy.layout(options).run();
    this.cy.fit(undefined, 30);
  }

  distanceFromCenter() {
    const root = this.center ? this.cy.getElementById(this.center) : this.cy.nodes().first();
    const depth = new Map();
    if (root.nonempty()) {
      this.cy.elements().bfs({ roots: root, directed: false, visit: (v, e, u, i, d) => { depth.set(v.id(), d); } });
    }
    return (node) => 10 - (depth.has(node.id()) ? depth.get(node.id()) : 9);
  }

  bindEvents() {
    this.cy.on('tap', 'node', (e) => this.callbacks.onSelect(e.target.id(), e.target.data()));
    this.cy.on('dbltap', 'node', (e) => this.callbacks.onOpen(e.target.id()));
    this.cy.on('mouseover', 'edge', (e) => this.showTip(e, edgeTip(e.target.data(), this.cy)));
    this.cy.on('mouseover', 'node', (e) => this.showTip(e, nodeTip(e.target.data())));
    this.cy.on('tap', 'edge', (e) => this.showTip(e, edgeTip(e.target.data(), this.cy)));
    this.cy.on('mouseout', 'node, edge', (e) => { e.target.removeClass('hover'); this.tip.hidden = true; });
    this.cy.on('tap', (e) => { if (e.target === this.cy) this.tip.hidden = true; });
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
      h('span', { class: 'edge-type', style: { color: data.color } }, TYPE[data.type]?.label || data.type), ' ',
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
