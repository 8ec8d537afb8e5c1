import { api } from '../api.js';
import { h, clear, cypherHref, message } from '../dom.js';
import { ConceptGraph } from '../graph.js';
import { toGraph, cellText } from '../cypher-values.js';

// Written for any notes folder: none names a concept that only some corpora have.
const EXAMPLES = [
  { label: 'Neighbourhood of the most mentioned concept', query:
    'MATCH (c:Concept) WITH c ORDER BY c.mentionCount DESC LIMIT 1\nMATCH (c)-[r]-(n:Concept)\nRETURN c, r, n\nLIMIT 50' },
  { label: 'Prerequisite chains', query:
    'MATCH path = (:Concept)-[:PREREQUISITE_OF*2]->(:Concept)\nRETURN path\nLIMIT 25' },
  { label: 'Most connected concepts', query:
    'MATCH (c:Concept)-[r]-(:Concept)\nRETURN c.name AS concept, count(r) AS degree\nORDER BY degree DESC\nLIMIT 15' },
  { label: 'Notes and their sizes', query:
    'MATCH (n:Note)\nOPTIONAL MATCH (n)-[:HAS_SECTION]->(s:Section)\nRETURN n.path AS note, count(s) AS sections\nORDER BY sections DESC' },
];

/** A read-only Cypher console; results as a table, and as a graph when nodes come back. */
export function renderCypher(main, initial) {
  const text = h('textarea', { id: 'cypher-query', rows: 5, spellcheck: 'false',
    'aria-describedby': 'cypher-limits' }, initial || EXAMPLES[0].query);
  const result = h('div', { id: 'cypher-result', 'aria-live': 'polite' });
  const graphBox = h('div', { class: 'graph short', id: 'graph', hidden: true, role: 'img', 'aria-label': 'Query result graph' });
  let graph = null;

  const run = async () => {
    const query = text.value.trim();
    if (!query) return;
    history.replaceState(null, '', cypherHref(query));
    clear(result, message('muted', 'Running…'));
    try {
      const answer = await api.cypher(query, {});
      clear(result, summary(answer), table(answer));
      const data = toGraph(answer.rows || []);
      graphBox.hidden = data.nodes.length === 0;
      if (data.nodes.length) {
        graph ||= new ConceptGraph(graphBox, { onOpen: (id) => { location.hash = `#/concept/${encodeURIComponent(id)}`; } });
        graph.load(data);
      }
    } catch (e) {
      graphBox.hidden = true;
      clear(result, h('div', { class: 'problem', role: 'alert' }, h('strong', {}, e.title || 'Query refused'), h('p', {}, e.detail || e.message)));
    }
  };
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });

  clear(main, h('div', { class: 'page cypher' },
    h('h1', {}, 'Cypher console'),
    h('p', { class: 'lead' }, 'Ask the graph directly. ',
      h('strong', { id: 'cypher-limits' }, 'Read-only.'), ' ',
      'Labels: Note, Section, Concept, Term; concept relations: PREREQUISITE_OF, SUBTOPIC_OF, CONTRASTS_WITH, RELATED_TO, …'),
    h('div', { class: 'examples', role: 'group', 'aria-label': 'Example queries' }, h('span', { class: 'muted small' }, 'Examples:'),
      EXAMPLES.map((ex) => h('button', { type: 'button', class: 'chip', onclick: () => { text.value = ex.query; run(); } }, ex.label))),
    h('label', { for: 'cypher-query', class: 'visually-hidden' }, 'Cypher query'),
    text,
    h('div', { class: 'run' }, h('button', { type: 'button', id: 'cypher-run', class: 'primary', onclick: run }, 'Run'),
      h('span', { class: 'muted small' }, 'Ctrl+Enter runs the query; the URL keeps it, for sharing.')),
    result, graphBox));
  api.cypherLimits()
    .then((l) => { main.querySelector('#cypher-limits').textContent = limitsText(l); })
    .catch(() => {});
  if (initial) run();
  return () => graph?.destroy();
}

function limitsText(l) {
  const seconds = Number.isInteger(l.timeoutSeconds) ? l.timeoutSeconds : l.timeoutSeconds.toFixed(1);
  return `${l.readOnly ? 'Read-only' : 'Read-write'}, ${seconds} s timeout, ${l.maxRows} rows max.`;
}

function summary(answer) {
  const n = answer.rows?.length || 0;
  return h('p', { class: 'muted small' }, `${n} row${n === 1 ? '' : 's'} in ${answer.elapsedMs ?? '?'} ms`,
    answer.truncated ? h('strong', { class: 'warn' }, ' · truncated at the row limit') : null);
}

function table(answer) {
  if (!answer.rows?.length) return message('muted', 'No rows.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'results' },
    h('thead', {}, h('tr', {}, answer.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, answer.rows.map((row) => h('tr', {}, row.map((v) => h('td', {}, cellText(v))))))));
}
