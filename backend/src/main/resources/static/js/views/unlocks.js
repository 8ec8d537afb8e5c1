import { h, conceptHref, message } from '../dom.js';

/** "What does this unlock": the concepts this one is a prerequisite of, nearest first, grouped by distance. */
export function unlocksPanel(concept) {
  const unlocks = concept.unlocks || [];
  const levels = new Map();
  unlocks.forEach((u) => levels.set(u.distance, [...(levels.get(u.distance) || []), u]));
  return h('section', { class: 'panel', id: 'unlocks-panel' },
    h('h2', {}, 'What this unlocks ', h('span', { class: 'count' }, unlocks.length)),
    unlocks.length
      ? [...levels].map(([distance, items]) => h('div', {},
        h('p', { class: 'muted small' }, distance === 1 ? 'Directly' : `${distance} steps on`),
        h('ul', { class: 'unlocks', id: `unlocks-${distance}` }, items.map((u) => h('li', {},
          h('a', { href: conceptHref(u.concept.id), title: `confidence ${Number(u.confidence).toFixed(2)}` }, u.concept.name))))))
      : message('muted', 'Nothing in the notes builds on it yet.'));
}
