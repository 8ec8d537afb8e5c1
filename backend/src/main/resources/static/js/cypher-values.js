// Reads graph shapes out of Cypher result values, whichever way the server serialises nodes,
// relationships and paths.
const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v);
const props = (v) => (isObj(v.properties) ? v.properties : v);

function asNode(v) {
  if (!isObj(v) || !Array.isArray(v.labels)) return null;
  const p = props(v);
  const id = p.id ?? v.elementId ?? v.id;
  return id === undefined ? null : { id: String(id), key: String(v.elementId ?? v.id ?? id),
    name: String(p.name ?? p.heading ?? p.title ?? p.path ?? p.key ?? v.labels[0]), aliases: p.aliases || [] };
}

function asRel(v) {
  if (!isObj(v) || typeof v.type !== 'string') return null;
  const start = v.startNodeElementId ?? v.startElementId ?? v.start ?? v.startNodeId ?? v.source;
  const end = v.endNodeElementId ?? v.endElementId ?? v.end ?? v.endNodeId ?? v.target;
  return start === undefined || end === undefined ? null : { source: String(start), target: String(end), type: v.type,
    evidence: evidenceOf(props(v)), confidence: props(v).confidence };
}

function evidenceOf(p) {
  const notes = p.evidenceNotes || [];
  return notes.map((note, i) => ({ note, line: p.evidenceLines?.[i], text: p.evidenceTexts?.[i] }));
}

function collect(value, nodes, rels) {
  if (Array.isArray(value)) { value.forEach((v) => collect(v, nodes, rels)); return; }
  if (!isObj(value)) return;
  const node = asNode(value);
  if (node) { nodes.set(node.key, node); return; }
  const rel = asRel(value);
  if (rel) { rels.push(rel); return; }
  for (const key of ['nodes', 'relationships', 'segments', 'start', 'end', 'relationship']) {
    if (key in value) collect(value[key], nodes, rels);
  }
}

/** {nodes, edges} for the graph view; relationship ends are mapped from element ids to node ids. */
export function toGraph(rows) {
  const nodes = new Map();
  const rels = [];
  collect(rows, nodes, rels);
  const byKey = new Map([...nodes.values()].flatMap((n) => [[n.key, n.id], [n.id, n.id]]));
  const edges = rels
    .map((r) => ({ ...r, source: byKey.get(r.source), target: byKey.get(r.target) }))
    .filter((r) => r.source && r.target);
  return { nodes: [...nodes.values()], edges };
}

/** One table cell: nodes by label and name, relationships by type, everything else as compact JSON. */
export function cellText(v) {
  if (v === null || v === undefined) return '∅';
  if (!isObj(v) && !Array.isArray(v)) return String(v);
  const node = asNode(v);
  if (node) return `(:${v.labels.join(':')} ${node.name})`;
  const rel = asRel(v);
  if (rel) return `[:${rel.type}]`;
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  if (isPath(v)) return pathText(v);
  return JSON.stringify(v);
}

const isPath = (v) => Array.isArray(v.nodes) && Array.isArray(v.relationships) && v.nodes.length === v.relationships.length + 1;

/** (a)-[:T]->(b)<-[:U]-(c): a path as Cypher would write it, not as a wall of JSON. */
function pathText(v) {
  const nodes = v.nodes.map(asNode);
  if (nodes.some((n) => !n)) return JSON.stringify(v);
  return nodes.map((n, i) => {
    const rel = v.relationships[i - 1];
    if (!rel) return `(${n.name})`;
    const forward = String(rel.start ?? rel.startNodeElementId) === nodes[i - 1].key;
    return `${forward ? '-' : '<-'}[:${rel.type}]${forward ? '->' : '-'}(${n.name})`;
  }).join('');
}
