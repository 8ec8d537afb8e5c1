import { api } from '../api.js';
import { h, clear, conceptHref, message } from '../dom.js';
import { summary } from '../changes.js';

/** The import history, newest first, each import with what it changed. */
export async function renderImports(main) {
  const list = h('ol', { class: 'imports', id: 'imports', 'aria-live': 'polite' }, message('muted', 'Loading…'));
  const status = h('p', { class: 'small', 'aria-live': 'polite' });
  const start = h('button', { type: 'button', id: 'reimport' }, 'Re-import now');
  const refresh = async () => {
    try {
      const records = await api.imports(100);
      clear(list, records.length ? records.map(entry) : message('muted', 'No import recorded yet.'));
    } catch (e) {
      clear(list, message('error', e.message));
    }
  };
  start.addEventListener('click', async () => {
    try {
      await api.startImport();
      clear(status, 'Import started.');
    } catch (e) {
      clear(status, message('error', e.message));
    }
  });
  document.title = 'Imports · notegraph';
  clear(main, h('div', { class: 'page' },
    h('h1', {}, 'Imports'),
    h('p', { class: 'lead' }, 'Every import of the notes folder (at start-up, on a change, on request) and what it changed.'),
    h('p', {}, start, ' ', status),
    list));
  await refresh();
  const timer = setInterval(refresh, 5000);
  return () => clearInterval(timer);
}

function entry(record) {
  const when = new Date(record.finishedAt || record.startedAt);
  return h('li', { class: 'import', dataset: { id: record.id } },
    h('h2', {}, h('time', { datetime: record.finishedAt }, when.toLocaleString()), ' ',
      h('span', { class: 'muted small' }, record.trigger)),
    h('p', { class: 'summary' }, record.error ? h('span', { class: 'warn' }, `Failed: ${record.error}`) : summary(record)),
    list('Notes added', record.notes.added),
    list('Notes changed', record.notes.changed),
    list('Notes removed', record.notes.removed),
    list('Notes failed', record.notes.failed.map((f) => `${f.note}: ${f.reason}`)),
    list('Concepts added', record.concepts.added.map(conceptLink)),
    list('Concepts removed', record.concepts.removed.map((c) => c.name)),
    corrections(record.corrections),
    record.relations.added || record.relations.removed
      ? h('p', { class: 'muted small' }, `Relations +${record.relations.added} −${record.relations.removed}`)
      : null);
}

/** What the import made of the learner's corrections: a file that does not parse, or ones that found no concept. */
function corrections(c) {
  if (!c) return null;
  if (c.error) return h('p', { class: 'warn small' }, `Corrections not applied: ${c.file} does not parse (${c.error}).`);
  if (!c.total && !c.invalid?.length) return null;
  return [
    h('p', { class: 'muted small' }, `Corrections: ${c.applied} of ${c.total} applied`),
    list('Corrections naming a concept the notes no longer have', (c.unresolved || []).map((u) => `${u.kind}: ${u.missing.join(', ')}`)),
    list('Corrections ignored', c.invalid || []),
  ];
}

const SHOWN = 30;

function list(title, items) {
  if (!items.length) return null;
  const more = items.length > SHOWN ? h('li', { class: 'muted' }, `… and ${items.length - SHOWN} more`) : null;
  return h('details', { open: items.length <= 5 },
    h('summary', {}, `${title} (${items.length})`),
    h('ul', {}, items.slice(0, SHOWN).map((item) => h('li', {}, item)), more));
}

const conceptLink = (c) => h('a', { href: conceptHref(c.id) }, c.name);
