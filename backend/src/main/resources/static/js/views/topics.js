import { api } from '../api.js';
import { h, clear, conceptHref, message } from '../dom.js';

const MAP_TOPICS = 60;

export const topicHref = (id) => `#/topic/${encodeURIComponent(id)}`;

/**
 * The topic map: one node per topic, sized by its concepts, edges weighted by the relations between topics.
 * Topics, never concepts, are drawn, so a 10k-concept graph stays a few dozen nodes.
 */
export async function renderTopics(main) {
  document.title = 'Topics · notegraph';
  const list = await api.topics(MAP_TOPICS, 6);
  const box = h('div', { class: 'graph', id: 'topic-map', role: 'img', 'aria-label': 'Topic map' });
  clear(main, h('div', { class: 'page topics' },
    h('h1', {}, 'Topics'),
    downloads(),
    h('p', { class: 'muted' }, list.total > list.topics.length
      ? `The ${list.topics.length} largest of ${list.total} topics. Click a topic to open it.`
      : `${list.total} topics. Click a topic to open it.`),
    list.topics.length ? box : message('muted', 'No topics yet: the notes have too few linked concepts.'),
    h('ol', { class: 'topic-list', id: 'topic-list' }, list.topics.map(topicItem))));
  if (!list.topics.length) return null;
  const cy = drawMap(box, list);
  return () => cy.destroy();
}

const FORMATS = [['graphml', 'GraphML (Gephi, yEd, Cytoscape)'], ['json', 'JSON (node-link)'],
  ['csv', 'CSV (zip)'], ['cypher', 'Cypher script']];

/** The whole graph as a file; the API streams it, so even a large graph downloads at once. */
function downloads() {
  return h('p', { class: 'downloads', id: 'downloads' }, 'Download the graph: ',
    FORMATS.map(([format, label]) => h('a', { class: 'button', href: `/api/export?format=${format}`, download: '', dataset: { format } }, label)));
}

function topicItem(t) {
  return h('li', { dataset: { id: t.id } },
    h('a', { href: topicHref(t.id) }, t.label), ' ', h('span', { class: 'count' }, `${t.size} concepts`),
    h('div', { class: 'muted small' }, t.concepts.map((c) => c.name).join(' · ')));
}

function drawMap(container, list) {
  const largest = Math.max(...list.topics.map((t) => t.size));
  const heaviest = Math.max(1, ...list.links.map((l) => l.edges));
  const cy = window.cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    elements: [
      ...list.topics.map((t) => ({ data: { id: t.id, label: `${t.label} (${t.size})`, d: 24 + 70 * Math.sqrt(t.size / largest) } })),
      ...list.links.map((l) => ({ data: { id: `${l.source}→${l.target}`, source: l.source, target: l.target, w: 1 + 7 * (l.edges / heaviest) } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(d)', height: 'data(d)', label: 'data(label)', 'background-color': '#5c7cfa',
        'font-size': 12, 'text-valign': 'center', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#adb5bd', opacity: 0.6, 'curve-style': 'haystack' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 80000, idealEdgeLength: () => 120 },
  });
  window.cy = cy; // lets browser tests inspect the map
  cy.on('tap', 'node', (e) => { location.hash = topicHref(e.target.id()); });
  return cy;
}

/** One topic: its concepts, most central first, its bridge concepts and the topics it links to. */
export async function renderTopic(main, id) {
  const topic = await api.topic(id);
  document.title = `${topic.label} · topics · notegraph`;
  const conceptLink = (c) => h('li', {}, h('a', { href: conceptHref(c.id) }, c.name));
  clear(main, h('article', { class: 'page topic' },
    h('p', {}, h('a', { href: '#/topics' }, '← All topics')),
    h('h1', {}, topic.label, ' ', h('span', { class: 'count' }, `${topic.size} concepts`)),
    h('div', { class: 'concept-grid' },
      h('div', { class: 'column' },
        h('section', { class: 'panel' }, h('h2', {}, 'Bridges'),
          topic.bridges.length ? h('ul', { class: 'chips', id: 'bridges' }, topic.bridges.map(conceptLink))
            : message('muted', 'No concept here links into another topic.')),
        h('section', { class: 'panel' }, h('h2', {}, 'Linked topics'),
          topic.links.length ? h('ol', { id: 'linked-topics' }, topic.links.map((l) => h('li', {},
            h('a', { href: topicHref(l.id) }, l.label), ' ', h('span', { class: 'count' }, `${l.edges} relations`))))
            : message('muted', 'No relation leaves this topic.'))),
      h('section', { class: 'panel' }, h('h2', {}, 'Concepts'),
        h('ol', { class: 'topic-concepts', id: 'topic-concepts' }, topic.concepts.map(conceptLink))))));
  return null;
}
