import { api } from '../api.js';
import { h, clear, conceptHref, message } from '../dom.js';
import { openMention } from '../reader.js';
import { topicHref } from './topics.js';

const LIMIT = 50;

/** The study-gap report: what the notes use but never explain, and what they leave unconnected. */
export async function renderGaps(main) {
  document.title = 'Gaps · notegraph';
  const report = await api.gaps(LIMIT);
  const t = report.totals;
  clear(main, h('div', { class: 'page gaps' },
    h('h1', {}, 'Study gaps'),
    h('p', { class: 'lead' }, 'What your notes use but never explain, and what they leave unconnected. Each list shows its largest gaps first.'),
    h('div', { class: 'gaps-grid' },
    section('undefined', 'Used but never defined', t.undefined,
      'Concepts the notes mention without a defining sentence, most mentioned first.',
      report.undefined.map((u) => h('li', {}, conceptLink(u.concept), ' ',
        h('span', { class: 'muted small' }, `${u.mentions} mentions in ${u.notes} note${u.notes === 1 ? '' : 's'}`)))),
    section('isolated', 'Isolated concepts', t.isolated,
      'Concepts with no relation to any other concept.',
      report.isolated.map((c) => h('li', {}, conceptLink(c), ' ',
        h('span', { class: 'muted small' }, `${c.mentionCount} mention${c.mentionCount === 1 ? '' : 's'}`)))),
    section('unlinked', 'Topics that never meet', t.unlinkedTopics,
      'Topics discussed in the same notes, yet no relation joins them.',
      report.unlinkedTopics.map(unlinkedItem)),
    section('cycles', 'Broken prerequisite cycles', t.brokenCycles,
      'Each cycle of "study first" relations, and the weakest link the importer dropped to break it.',
      report.brokenCycles.map(cycleItem)))));
  return null;
}

function section(id, title, total, lead, items) {
  return h('section', { class: 'panel', id: `gaps-${id}` },
    h('h2', {}, `${title} `, h('span', { class: 'count' }, total)),
    h('p', { class: 'muted small' }, items.length < total ? `${lead} The first ${items.length}.` : lead),
    items.length ? h('ol', { class: 'gap-list' }, items) : message('muted', 'None.'));
}

const conceptLink = (c) => h('a', { href: conceptHref(c.id), class: 'concept-link' }, c.name);

function noteButton(note, line = 1, label = note) {
  return h('button', { type: 'button', class: 'link note-link', onclick: () => openMention({ note, line }) }, label);
}

function unlinkedItem(p) {
  return h('li', {},
    h('a', { href: topicHref(p.a) }, p.aLabel), ' × ', h('a', { href: topicHref(p.b) }, p.bLabel), ' ',
    h('span', { class: 'muted small' }, `${p.sharedNotes} notes in common: `),
    p.notes.map((n, i) => [i ? ', ' : '', noteButton(n)]));
}

function cycleItem(c) {
  const names = new Map(c.concepts.map((x) => [x.id, x]));
  const link = (id) => (names.has(id) ? conceptLink(names.get(id)) : id);
  const ev = c.dropped.evidence?.[0];
  return h('li', {},
    h('p', {}, 'Dropped ', link(c.dropped.source), ' → ', link(c.dropped.target),
      h('span', { class: 'muted small' }, ` (confidence ${Number(c.dropped.confidence).toFixed(2)})`)),
    h('p', { class: 'small cycle' }, 'Cycle: ',
      [...c.cycle, c.cycle[0]].map((id, i) => [i ? ' → ' : '', link(id)])),
    ev ? h('p', { class: 'small' }, 'Evidence: ', noteButton(ev.note, ev.line, `${ev.note}:${ev.line}`),
      ev.text ? ` “${ev.text}”` : null) : null);
}
