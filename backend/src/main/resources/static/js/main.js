import { api } from './api.js';
import { h, clear, conceptHref, message } from './dom.js';
import { attachSuggest } from './search.js';
import { renderHome } from './views/home.js';
import { renderConcept } from './views/concept.js';
import { renderPath } from './views/path.js';
import { renderBetween } from './views/between.js';
import { renderCypher } from './views/cypher.js';
import { renderImports } from './views/imports.js';
import { watchUpdates } from './updates.js';
import { renderTopics, renderTopic } from './views/topics.js';
import { renderGaps } from './views/gaps.js';

const main = document.getElementById('main');
let cleanup = null;

/** Hash routes, so every view is a link that can be shared and reloaded. */
function parse(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

async function route() {
  const { parts, params } = parse(location.hash);
  if (cleanup) { cleanup(); cleanup = null; }
  // The reading pane belongs to the page it was opened from; Back or a link closes it.
  const reader = document.getElementById('reader');
  if (reader.open) reader.close();
  // Suggestions typed before a link was followed would otherwise hang over the new page.
  headerSearch.close();
  clear(main);
  const name = parts[0] || 'home';
  const section = name === 'topic' ? 'topics' : name;
  document.querySelectorAll('.nav a').forEach((a) => a.toggleAttribute('aria-current', a.dataset.route === section));
  try {
    cleanup = await dispatch(name, parts, params);
  } catch (e) {
    clear(main, h('div', { class: 'page' }, h('h1', {}, 'Something went wrong'), message('error', e.message)));
  }
}

function dispatch(name, parts, params) {
  switch (name) {
    case 'home': return renderHome(main);
    case 'concept': return renderConcept(main, parts[1], params);
    case 'path': return renderPath(main, parts[1]);
    case 'between': return renderBetween(main, parts[1], parts[2]);
    case 'cypher': return renderCypher(main, params.get('q') || '');
    case 'imports': return renderImports(main);
    case 'topics': return renderTopics(main);
    case 'topic': return renderTopic(main, parts[1]);
    case 'gaps': return renderGaps(main);
    default:
      clear(main, h('div', { class: 'page' }, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the start'))));
      return null;
  }
}

/** Graph size in the header; polls while the start-up import runs. */
async function refreshStats() {
  const el = document.getElementById('stats');
  try {
    const s = await api.stats();
    el.classList.toggle('busy', !!s.importing);
    el.textContent = s.importing
      ? `importing… ${s.notes ?? 0} notes so far`
      : `${s.notes} notes · ${s.sections} sections · ${s.concepts} concepts · ${s.relations} relations`;
    setTimeout(refreshStats, s.importing ? 2000 : 60000);
    if (!s.importing && el.dataset.wasImporting) { delete el.dataset.wasImporting; route(); }
    if (s.importing) el.dataset.wasImporting = 'yes';
  } catch {
    el.textContent = 'server unreachable';
    setTimeout(refreshStats, 5000);
  }
}

document.getElementById('reader-close').addEventListener('click', () => document.getElementById('reader').close());
const headerSearch = attachSuggest(document.getElementById('search'), (c) => { location.hash = conceptHref(c.id); });
window.addEventListener('hashchange', route);
document.addEventListener('keydown', (e) => {
  // "/" jumps to search, as on most sites, unless the user is typing somewhere already.
  if (e.key === '/' && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement?.tagName)) {
    e.preventDefault();
    document.getElementById('search').focus();
  }
});
refreshStats();
route();
watchUpdates(document.getElementById('updated'), route);
