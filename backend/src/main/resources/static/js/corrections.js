import { api } from './api.js';
import { h, clear } from './dom.js';

const POLL_MS = 700;
const PATIENCE_MS = 90000;

/** Resolves once {@code check} answers true (each import takes a moment), or after a minute and a half. */
export async function until(check) {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

/** Whether a concept is in the graph now. */
export const exists = (id) => api.concept(id, 1).then(() => true, (e) => (e.status === 404 ? false : Promise.reject(e)));

/** Shows the view again, as if the link were followed anew. */
export const rerender = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

/**
 * Sends a correction and says so in the notice under the header, with an undo that takes it back. The stored
 * correction comes back, so the undo removes exactly it; {@code afterUndo} waits for the graph to follow.
 */
export async function correct(correction, text, afterUndo) {
  const el = document.getElementById('correction');
  let stored;
  try {
    stored = await api.addCorrection(correction);
  } catch (e) {
    show(el, h('span', { class: 'warn' }, `Not saved: ${e.message}`));
    throw e;
  }
  const undo = h('button', { type: 'button', class: 'link', id: 'undo-correction' }, 'Undo');
  undo.addEventListener('click', async () => {
    undo.disabled = true;
    try {
      await api.removeCorrection(stored.id);
      show(el, h('span', {}, 'Undone; the graph follows in a moment…'));
      if (afterUndo) await afterUndo();
      el.hidden = true;
    } catch (e) {
      show(el, h('span', { class: 'warn' }, `Undo failed: ${e.message}`));
    }
  });
  show(el, h('span', {}, text), undo);
  return stored;
}

function show(el, ...children) {
  clear(el, children, h('button', { type: 'button', class: 'icon', 'aria-label': 'Dismiss', onclick: () => { el.hidden = true; } }, '×'));
  el.hidden = false;
}
