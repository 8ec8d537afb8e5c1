import { api } from '../api.js';
import { h, clear, conceptHref, pathHref, betweenHref, message } from '../dom.js';
import { attachSuggest } from '../search.js';
import { ConceptGraph, EDGE_TYPES, MORE_BATCH, legend } from '../graph.js';
import { openMention } from '../reader.js';
import { topicHref } from './topics.js';
import { correct, exists, rerender, until } from '../corrections.js';
import { unlocksPanel } from './unlocks.js';

const MAX_MENTIONS = 500;

/** A concept: names, defining sentence, mentions, its neighbourhood graph and related topics. */
export async function renderConcept(main, id, params = new URLSearchParams()) {
  const concept = await api.concept(id);
  document.title = `${concept.name} · notegraph`;
  const graphBox = h('div', { class: 'graph', id: 'graph', 'aria-label': `Graph around ${concept.name}`, role: 'img' });
  const related = h('div', { 'aria-live': 'polite' }, message('muted', 'Loading…'));
  const otherEnd = h('input', { id: 'between-to', type: 'search', placeholder: 'another concept…' });
  const sameAs = h('input', { id: 'same-as', type: 'search', placeholder: 'pick a concept…' });
  clear(main, h('article', { class: 'page concept' },
    h('header', { class: 'concept-head' },
      h('div', {},
        h('h1', {}, concept.name),
        concept.topic ? h('p', { class: 'topic-of muted' }, 'Topic: ',
          h('a', { href: topicHref(concept.topic.id), id: 'concept-topic' }, concept.topic.label)) : null,
        concept.aliases?.length ? h('ul', { class: 'chips', 'aria-label': 'Also called' }, concept.aliases.map((a) => h('li', {}, a))) : null),
      h('div', { class: 'actions' },
        h('a', { class: 'button primary', href: pathHref(concept.id) }, 'Study path to this'),
        h('div', { class: 'search inline' }, h('label', { for: 'between-to' }, 'Path to'), otherEnd),
        h('div', { class: 'corrections', 'aria-label': 'Correct the graph' },
          h('button', { type: 'button', id: 'not-a-concept', onclick: () => notAConcept(main, concept).catch(() => {}) }, 'Not a concept'),
          h('div', { class: 'search inline' }, h('label', { for: 'same-as' }, 'Same as…'), sameAs)))),
    h('div', { class: 'concept-grid' },
      h('div', { class: 'column' },
        summaryPanel(concept),
        unlocksPanel(concept),
        mentionsPanel(concept),
        h('section', { class: 'panel' }, h('h2', {}, 'Related topics'), related)),
      graphPanel(concept, graphBox, depthOf(params)))));
  attachSuggest(otherEnd, (c) => { location.hash = betweenHref(concept.id, c.id); });
  attachSuggest(sameAs, (other) => { sameConcept(concept, other).catch(() => {}); });
  const graph = mountGraph(concept, graphBox, typesOf(params));
  api.related(concept.id, 10)
    .then((items) => clear(related, relatedList(items)))
    .catch((e) => clear(related, message('error', e.message)));
  return () => graph.destroy();
}

/** The learner says this is no concept: it leaves the graph with the import that follows; undo brings it back. */
async function notAConcept(main, concept) {
  await correct({ kind: 'not-a-concept', concept: concept.id }, `“${concept.name}” is marked as not a concept.`,
    async () => { await until(() => exists(concept.id)); rerender(); });
  const page = (text) => h('div', { class: 'page removed', id: 'removed' }, h('h1', {}, concept.name), message('muted', text));
  clear(main, page('Removing it from the graph…'));
  if (await until(async () => !(await exists(concept.id))) && main.querySelector('#removed')) {
    clear(main, page('Not a concept: removed from the graph with its mentions and relations. “Undo” above brings it back.'));
  }
}

/** The learner says the other concept is another name of this one: merged into it (its names become aliases). */
async function sameConcept(concept, other) {
  if (other.id === concept.id) return;
  await correct({ kind: 'same-concept', concepts: [concept.id, other.id] }, `“${other.name}” is now a name of “${concept.name}”.`,
    async () => { await until(() => exists(other.id)); rerender(); });
  if (await until(async () => !(await exists(other.id)))) rerender();
}

function summaryPanel(c) {
  return h('section', { class: 'panel' }, h('h2', {}, 'Definition'),
    c.summary
      ? h('blockquote', { class: 'summary' }, c.summary,
        c.summaryNote ? h('footer', { class: 'muted small' }, `${c.summaryNote}${c.summaryLine ? `:${c.summaryLine}` : ''}`) : null)
      : message('muted', 'The notes never define it in one sentence.'));
}

/** The first mentions come with the concept; "show all" asks for the rest, up to the API's cap of 500. */
function mentionsPanel(c) {
  let mentions = c.mentions || [];
  const total = c.mentionsTotal ?? mentions.length;
  const list = h('ol', { class: 'mentions' });
  const show = (n) => clear(list, mentions.slice(0, n).map((m) => h('li', {},
    h('button', { type: 'button', class: 'mention', onclick: () => openMention(m),
      'aria-label': `Read ${m.heading || m.note} at line ${m.line}` },
      h('span', { class: 'heading' }, m.heading || '(top of note)'),
      h('span', { class: 'where' }, `${m.note}:${m.line}`),
      m.text ? h('span', { class: 'snippet' }, m.text) : null))));
  show(15);
  const all = async (e) => {
    e.target.remove();
    if (mentions.length < Math.min(total, MAX_MENTIONS)) {
      mentions = (await api.concept(c.id, MAX_MENTIONS).catch(() => null))?.mentions || mentions;
    }
    show(mentions.length);
  };
  const more = total > 15
    ? h('button', { type: 'button', class: 'link', onclick: all },
      total > MAX_MENTIONS ? `Show the first ${MAX_MENTIONS} of ${total}` : `Show all ${total}`)
    : null;
  return h('section', { class: 'panel' },
    h('h2', {}, 'Mentions ', h('span', { class: 'count' }, total)),
    mentions.length ? [h('p', { class: 'muted small' }, 'Click one to read that part of the note.'), list, more]
      : message('muted', 'No mentions recorded.'));
}

function relatedList(items) {
  if (!items?.length) return message('muted', 'Nothing related found.');
  const top = Math.max(...items.map((i) => i.score || 0), 1e-9);
  return h('ol', { class: 'related' }, items.map((i) => h('li', {},
    h('div', { class: 'related-head' },
      h('a', { href: conceptHref(i.concept.id) }, i.concept.name),
      h('span', { class: 'score', title: `score ${Number(i.score).toFixed(3)}` },
        h('span', { class: 'bar', style: { width: `${Math.round(100 * (i.score || 0) / top)}%` } }))),
    i.reasons?.length ? h('ul', { class: 'reasons' }, i.reasons.slice(0, 3).map((r) => h('li', {}, r))) : null)));
}

/** Depth and edge types live in the URL, so a drawn graph is a link that reloads as it was. */
const depthOf = (params) => (['1', '2', '3'].includes(params.get('depth')) ? Number(params.get('depth')) : 1);
function typesOf(params) {
  const all = EDGE_TYPES.map((t) => t.type);
  const wanted = (params.get('types') || '').split(',').filter((t) => all.includes(t));
  return new Set(wanted.length ? wanted : all);
}

function graphPanel(concept, graphBox, depth) {
  return h('section', { class: 'panel graph-panel' },
    h('div', { class: 'graph-controls' },
      h('h2', {}, 'Neighbourhood'),
      h('label', {}, 'Depth ', h('select', { id: 'depth' }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, d)))),
      h('span', { id: 'graph-status', class: 'muted small', 'aria-live': 'polite' }),
      h('button', { type: 'button', id: 'show-more', hidden: true }, 'Show more')),
    h('div', { id: 'graph-legend' }),
    graphBox,
    h('div', { id: 'selection', class: 'selection', 'aria-live': 'polite' },
      h('span', { class: 'muted small' }, 'Click a node to expand it, click again to collapse; double-click to open it.')));
}

/** Wires the graph panel: depth and type filters reload; node clicks expand or collapse. */
function mountGraph(concept, graphBox, types) {
  const $ = (sel) => graphBox.parentElement.querySelector(sel);
  const status = $('#graph-status');
  const moreButton = $('#show-more');
  const graph = new ConceptGraph(graphBox, {
    onSelect: (nodeId, data) => toggle(nodeId, data),
    onOpen: (nodeId) => { location.hash = conceptHref(nodeId); },
    onCapChange: (hidden) => {
      if (graph) status.textContent = graph.summary();
      moreButton.hidden = hidden === 0;
      moreButton.textContent = `Show ${Math.min(hidden, MORE_BATCH)} more (${hidden} hidden)`;
    },
  });
  moreButton.addEventListener('click', () => graph.showMore());
  const filter = () => [...types];
  const remember = () => {
    const query = new URLSearchParams();
    if ($('#depth').value !== '1') query.set('depth', $('#depth').value);
    if (types.size !== EDGE_TYPES.length) query.set('types', filter().join(','));
    history.replaceState(null, '', `${conceptHref(concept.id)}${query.size ? `?${query}` : ''}`);
  };
  let latest = 0;
  const load = async () => {
    remember();
    const ticket = ++latest;
    status.textContent = 'loading…';
    try {
      const data = await api.neighbourhood(concept.id, { depth: $('#depth').value, types: filter(), limit: 400 });
      if (ticket !== latest || graph.cy.destroyed()) return; // a newer depth or filter won the race
      graph.load(data, { center: concept.id });
      status.textContent = graph.summary();
    } catch (e) {
      status.textContent = e.message;
    }
  };
  const toggle = async (nodeId, data) => {
    const sel = $('#selection');
    if (nodeId !== concept.id && graph.isExpanded(nodeId)) graph.collapse(nodeId);
    else if (nodeId !== concept.id) {
      const more = await api.neighbourhood(nodeId, { depth: 1, types: filter(), limit: 150 }).catch(() => null);
      if (more) graph.expand(nodeId, more);
    }
    status.textContent = graph.summary();
    clear(sel, h('strong', {}, data.name), ' ',
      h('a', { href: conceptHref(nodeId) }, 'Open'), ' · ',
      nodeId === concept.id ? null : h('button', { type: 'button', class: 'link', onclick: () => toggle(nodeId, data) },
        graph.isExpanded(nodeId) ? 'Collapse' : 'Expand'),
      nodeId === concept.id ? null : [' · ', h('a', { href: betweenHref(concept.id, nodeId) }, 'How is it connected?')]);
  };
  clear($('#graph-legend'), legend(EDGE_TYPES, { checked: types, onToggle: (type, on) => {
    if (on) types.add(type); else types.delete(type);
    load();
  } }));
  $('#depth').addEventListener('change', load);
  load();
  return graph;
}
