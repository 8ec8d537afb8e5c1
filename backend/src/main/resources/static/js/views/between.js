import { api } from '../api.js';
import { h, clear, conceptHref, betweenHref, message, evidenceText } from '../dom.js';
import { attachSuggest } from '../search.js';
import { ConceptGraph, EDGE_TYPES, legend } from '../graph.js';

const LABEL = Object.fromEntries(EDGE_TYPES.map((t) => [t.type, t.label]));

/** How two concepts are connected: the shortest explained path, drawn and listed. */
export async function renderBetween(main, fromId, toId) {
  const [from, to] = await Promise.all([fromId && api.concept(fromId), toId && api.concept(toId)]);
  const fromInput = h('input', { id: 'from', type: 'search', placeholder: from ? from.name : 'from…' });
  const toInput = h('input', { id: 'to', type: 'search', placeholder: to ? to.name : 'to…' });
  const list = h('ol', { class: 'chain', id: 'chain' });
  const graphBox = h('div', { class: 'graph short', id: 'graph', role: 'img', 'aria-label': 'Path graph' });
  clear(main, h('div', { class: 'page between' },
    h('h1', {}, 'How are ', from ? h('a', { href: conceptHref(from.id) }, from.name) : '…', ' and ',
      to ? h('a', { href: conceptHref(to.id) }, to.name) : '…', ' connected?'),
    h('form', { class: 'pair', onsubmit: (e) => e.preventDefault() },
      h('div', { class: 'search inline' }, h('label', { for: 'from' }, 'From'), fromInput),
      h('div', { class: 'search inline' }, h('label', { for: 'to' }, 'To'), toInput)),
    h('div', { class: 'between-grid' },
      h('section', { class: 'panel' }, h('h2', {}, 'Steps'), list),
      h('section', { class: 'panel graph-panel' }, legend(EDGE_TYPES), graphBox))));
  attachSuggest(fromInput, (c) => { location.hash = betweenHref(c.id, to?.id || ''); });
  attachSuggest(toInput, (c) => { location.hash = betweenHref(from?.id || c.id, c.id); });
  if (!from || !to) {
    clear(list, message('muted', 'Pick two concepts.'));
    return null;
  }
  const graph = new ConceptGraph(graphBox, { onSelect: () => {}, onOpen: (id) => { location.hash = conceptHref(id); } });
  try {
    const path = await api.paths(from.id, to.id);
    graph.load(path, { center: from.id, pathIds: [from.id, to.id] });
    clear(list, chain(path, from.id));
  } catch (e) {
    clear(list, message(e.status === 404 ? 'muted' : 'error',
      e.status === 404 ? `The notes do not connect ${from.name} and ${to.name}.` : e.message));
  }
  return () => graph.destroy();
}

/** Walks the path's edges from the start, whatever their stored direction, into an ordered list. */
function chain(path, startId) {
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  const remaining = [...path.edges];
  const items = [h('li', { class: 'node' }, h('a', { href: conceptHref(startId) }, names.get(startId) || startId))];
  let current = startId;
  while (remaining.length) {
    const i = remaining.findIndex((e) => e.source === current || e.target === current);
    if (i < 0) break;
    const [edge] = remaining.splice(i, 1);
    const next = edge.source === current ? edge.target : edge.source;
    const arrow = edge.source === current ? '→' : '←';
    items.push(h('li', { class: 'edge' },
      h('span', { class: `edge-type t-${edge.type}` }, `${arrow} ${LABEL[edge.type] || edge.type} ${arrow}`),
      (edge.evidence || []).slice(0, 2).map((ev) => h('div', { class: 'evidence muted small' }, evidenceText(ev)))));
    items.push(h('li', { class: 'node' }, h('a', { href: conceptHref(next) }, names.get(next) || next)));
    current = next;
  }
  return items;
}
