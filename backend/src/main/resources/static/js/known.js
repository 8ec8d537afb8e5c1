// The learner's "I know this" marks, kept in this browser only.
const KEY = 'notegraph.known';

export function knownIds() {
  try {
    const ids = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(ids) ? ids.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function setKnown(id, known) {
  const ids = new Set(knownIds());
  if (known) ids.add(id);
  else ids.delete(id);
  localStorage.setItem(KEY, JSON.stringify([...ids]));
}

export function clearKnown() {
  localStorage.removeItem(KEY);
}
