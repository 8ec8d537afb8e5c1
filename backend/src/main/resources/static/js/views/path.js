import { api } from '../api.js';
import { h, clear, conceptHref, message, evidenceText } from '../dom.js';
import { knownIds, setKnown } from '../known.js';
import { typeLabel } from '../graph.js';
import { correct, until } from '../corrections.js';

/** The study path to a target: ordered steps with evidence, shrinking as the learner ticks "I know this". */
export async function renderPath(main, targetId) {
  const steps = h('ol', { class: 'steps', id: 'steps', 'aria-live': 'polite' });
  const next = h('div', { id: 'learn-next', 'aria-live': 'polite' });
  const title = h('h1', {}, 'Study path');
  const intro = h('p', { class: 'lead' });
  clear(main, h('div', { class: 'page path-page' },
    h('div', { class: 'path-main' }, title, intro, steps),
    h('aside', { class: 'panel' }, h('h2', {}, 'What can I learn next'),
      h('p', { class: 'muted small' }, 'Concepts whose prerequisites you have all marked as known.'), next)));

  const refresh = async () => {
    const known = knownIds();
    try {
      const path = await api.studyPath(targetId, known);
      document.title = `Path to ${path.target.name} · notegraph`;
      clear(title, 'Study path to ', h('a', { href: conceptHref(path.target.id) }, path.target.name));
      clear(intro, describe(path, known));
      clear(steps, path.steps.map((s, i) => step(s, i, path, refresh)));
    } catch (e) {
      clear(steps, message('error', e.message));
    }
    api.learnNext(knownIds(), 8)
      .then((items) => clear(next, items.length ? h('ul', { class: 'next' }, items.map((i) => h('li', {},
        h('a', { href: conceptHref(i.concept.id) }, i.concept.name),
        i.prerequisites?.length ? h('span', { class: 'muted small' }, ` · ${i.prerequisites.length} prerequisite${i.prerequisites.length === 1 ? '' : 's'} known`) : null)))
        : message('muted', 'Nothing left: everything reachable is known.')))
      .catch((e) => clear(next, message('error', e.message)));
  };
  await refresh();
  return null;
}

/** The learner says this step is no prerequisite of the target: the path drops it; undo brings it back. */
async function notPrerequisite(c, path, refresh) {
  const onPath = async () => (await api.studyPath(path.target.id, knownIds())).steps.some((s) => s.concept.id === c.id);
  await correct({ kind: 'not-prerequisite', from: c.id, to: path.target.id },
    `“${c.name}” is no prerequisite of “${path.target.name}”.`,
    async () => { await until(onPath); await refresh(); });
  await until(async () => !(await onPath()));
  await refresh();
}

function describe(path, known) {
  const n = path.steps.length;
  const skipped = known.length ? ` ${known.length} concept${known.length === 1 ? '' : 's'} you know ${known.length === 1 ? 'is' : 'are'} left out.` : '';
  if (n <= 1) return `Nothing stands before ${path.target.name}.${skipped}`;
  return `${n - 1} step${n === 2 ? '' : 's'} before ${path.target.name}, each after what it needs. Tick what you already know and the path shrinks.${skipped}`;
}

function step(s, index, path, refresh) {
  const c = s.concept;
  const names = new Map([[path.target.id, path.target.name], ...path.steps.map((x) => [x.concept.id, x.concept.name])]);
  const box = h('input', { type: 'checkbox', id: `known-${index}`, dataset: { id: c.id },
    onchange: (e) => { setKnown(c.id, e.target.checked); refresh(); } });
  const all = s.because || [];
  const reasons = all.slice(0, 2).map((e) => {
    const ev = evidenceText((e.evidence || [])[0]);
    return h('li', {},
      h('span', {}, names.get(e.source) || e.source), ' ',
      h('span', { class: `edge-type t-${e.type}` }, typeLabel(e.type)), ' ',
      h('span', {}, names.get(e.target) || e.target),
      ev ? h('div', { class: 'evidence muted small', title: ev }, ev) : null);
  });
  if (all.length > reasons.length) reasons.push(h('li', { class: 'muted small' }, `and ${all.length - reasons.length} more`));
  return h('li', { class: c.id === path.target.id ? 'step target' : 'step', dataset: { id: c.id } },
    h('div', { class: 'step-head' },
      h('a', { class: 'step-name', href: conceptHref(c.id) }, c.name),
      c.aliases?.length ? h('span', { class: 'aliases' }, c.aliases.slice(0, 2).join(' · ')) : null,
      h('label', { class: 'known', for: `known-${index}` }, box, 'I know this'),
      c.id === path.target.id ? null : h('button', { type: 'button', class: 'link not-prerequisite',
        onclick: () => notPrerequisite(c, path, refresh).catch(() => {}) }, 'Not a prerequisite')),
    reasons.length ? h('ul', { class: 'because' }, reasons) : null);
}
