import { api } from './api.js';
import { h, clear } from './dom.js';
import { changesGraph, summary } from './changes.js';

const POLL_MS = 3000;

/**
 * Polls the import history; when an import that changed the graph finishes under the open page, says so in a
 * small notice with a way to reload the view. The first answer only sets where the page started.
 */
export function watchUpdates(el, reload) {
  let seen = null;
  const poll = async () => {
    try {
      const [latest] = await api.imports(1);
      if (latest && seen !== null && latest.id !== seen && changesGraph(latest)) show(el, latest, reload);
      if (latest) seen = latest.id;
      else if (seen === null) seen = '';
      el.dataset.since = seen;
    } catch {
      // The header already says when the server is unreachable.
    }
    setTimeout(poll, POLL_MS);
  };
  poll();
}

function show(el, record, reload) {
  clear(el,
    h('span', {}, `Updated: ${summary(record)}`),
    h('a', { href: '#/imports' }, 'What changed'),
    h('button', { type: 'button', class: 'link', onclick: () => { el.hidden = true; reload(); } }, 'Reload view'),
    h('button', { type: 'button', class: 'icon', 'aria-label': 'Dismiss', onclick: () => { el.hidden = true; } }, '×'));
  el.hidden = false;
}
