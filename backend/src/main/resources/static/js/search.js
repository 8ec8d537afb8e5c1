import { api } from './api.js';
import { h, clear, debounce } from './dom.js';

let counter = 0;

/**
 * Turns a text input into a combobox with instant concept suggestions.
 * Up/down move, Enter picks (the first suggestion when none is highlighted), Escape closes.
 */
export function attachSuggest(input, onPick) {
  const listId = `suggest-${++counter}`;
  const list = h('ul', { id: listId, class: 'suggest', role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  let items = [];
  let itemsText = '';
  let active = -1;
  let latest = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (concept) => {
    close();
    input.value = '';
    onPick(concept);
  };

  const render = (text) => {
    if (!items.length) {
      clear(list, h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `No concept matches “${text}”`));
    } else {
      clear(list, items.map((c, i) => h('li', {
        id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { id: c.id },
        onmousedown: (e) => { e.preventDefault(); pick(c); },
      }, h('span', { class: 'name' }, c.name), aliasLine(c, text))));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const lookup = debounce(async (text) => {
    const ticket = ++latest;
    try {
      const found = await api.suggest(text, 8);
      if (ticket !== latest || input.value.trim() !== text) return;
      items = found || [];
      itemsText = text;
      render(text);
    } catch {
      if (ticket === latest) { items = []; close(); }
    }
  }, 150);

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (!text) { latest++; items = []; close(); return; }
    lookup(text);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      if (list.hidden) render(input.value.trim());
      highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      // Enter may beat the debounce: the text as typed is resolved through search (never taken for an id);
      // when nothing matches, the list says so instead of Enter doing nothing.
      if (itemsText === text && items.length) pick(items[active >= 0 ? active : 0]);
      else {
        api.suggest(text, 8).then((found) => {
          if (input.value.trim() !== text) return;
          if (found?.length) pick(found[0]);
          else { items = []; itemsText = text; render(text); }
        }).catch(() => {});
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}

/** Shows the aliases, the one the user typed first, so "全局解释器锁" visibly explains why GIL came up. */
function aliasLine(concept, text) {
  const aliases = concept.aliases || [];
  if (!aliases.length) return null;
  const lower = text.toLowerCase();
  const sorted = [...aliases].sort((a, b) => Number(b.toLowerCase().includes(lower)) - Number(a.toLowerCase().includes(lower)));
  return h('span', { class: 'aliases' }, sorted.slice(0, 3).join(' · '));
}
