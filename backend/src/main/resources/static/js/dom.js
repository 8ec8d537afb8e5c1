// Tiny DOM builder: text is always set as text, so note content can never become markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export const conceptHref = (id) => `#/concept/${encodeURIComponent(id)}`;
export const pathHref = (id) => `#/path/${encodeURIComponent(id)}`;
export const betweenHref = (from, to) => `#/between/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
export const cypherHref = (query) => `#/cypher?q=${encodeURIComponent(query)}`;

/** "note.md:12" plus the quoted text, for evidence in lists and tooltips. */
export function evidenceText(ev) {
  if (!ev) return '';
  if (typeof ev === 'string') return ev;
  // a learner's correction has no line in the notes (line 0)
  const where = [ev.note, ev.line || null].filter((x) => x !== undefined && x !== null && x !== '').join(':');
  return ev.text ? `${where} “${ev.text}”` : where;
}

export function message(kind, text) {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
