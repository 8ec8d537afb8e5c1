import { api } from '../api.js';
import { h, clear, conceptHref, pathHref, cypherHref, message } from '../dom.js';
import { knownIds, clearKnown } from '../known.js';
import { attachSuggest } from '../search.js';

/** The landing page: what this is, where to start, and what to learn next given what is known. */
export async function renderHome(main) {
  const known = knownIds();
  const search = h('input', { id: 'home-search', type: 'search', class: 'big',
    placeholder: 'Type a concept in Chinese or English: GIL, 三次握手, time-wait…' });
  const next = h('div', { class: 'cards', 'aria-live': 'polite' }, message('muted', 'Loading…'));
  clear(main, h('div', { class: 'page home' },
    h('section', { class: 'hero' },
      h('h1', {}, 'Explore your study notes as a graph'),
      h('p', { class: 'lead' }, 'Every concept in the notes, the sentence that defines it, where it is mentioned, ',
        'what it depends on and what it is compared with.'),
      h('div', { class: 'search' }, h('label', { for: 'home-search', class: 'visually-hidden' }, 'Search concepts'), search)),
    h('section', {},
      h('h2', {}, known.length ? 'What you can learn next' : 'Good places to start'),
      h('p', { class: 'muted' }, known.length
        ? [`You marked ${known.length} concept${known.length === 1 ? '' : 's'} as known. These have all their prerequisites covered. `,
           h('button', { type: 'button', class: 'link', onclick: () => { clearKnown(); renderHome(main); } }, 'Forget what I marked')]
        : 'Concepts with no prerequisites, the ones that open up the most first.'),
      next),
    h('section', { class: 'tips' },
      h('h2', {}, 'Also try'),
      h('ul', {},
        h('li', {}, 'Press ', h('kbd', {}, '/'), ' anywhere to search; ', h('kbd', {}, '↑'), h('kbd', {}, '↓'), ' and ', h('kbd', {}, 'Enter'), ' pick a suggestion.'),
        h('li', {}, 'On a concept page, click a node to expand its neighbours, hover an edge to read the evidence.'),
        h('li', {}, h('a', { href: cypherHref('MATCH (c:Concept)-[r]-(:Concept)\nRETURN c.name AS concept, count(r) AS degree\nORDER BY degree DESC LIMIT 15') }, 'Ask the graph in Cypher'), ': the most connected concepts.')))));
  attachSuggest(search, (c) => { location.hash = conceptHref(c.id); });
  search.focus();
  try {
    const items = await api.learnNext(known, 12);
    clear(next, items.length ? items.map(card) : message('muted', 'Nothing to suggest yet: the notes have no prerequisites recorded.'));
  } catch (e) {
    clear(next, message('error', e.message));
  }
  return null;
}

function card(item) {
  const c = item.concept;
  return h('article', { class: 'card' },
    h('h3', {}, h('a', { href: conceptHref(c.id) }, c.name)),
    c.aliases?.length ? h('p', { class: 'aliases' }, c.aliases.slice(0, 3).join(' · ')) : null,
    h('p', { class: 'muted small' },
      item.unlocks ? `unlocks ${item.unlocks} · ` : '', `${item.mentionCount} mention${item.mentionCount === 1 ? '' : 's'}`),
    h('a', { class: 'small', href: pathHref(c.id) }, 'Study path →'));
}
