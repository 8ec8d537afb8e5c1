// How an import's diff reads in one line: "2 notes changed, +3 concepts".
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function changedNotes(record) {
  const n = record.notes;
  return n.added.length + n.changed.length + n.removed.length;
}

export function changesGraph(record) {
  return changedNotes(record) > 0 || record.concepts.added.length > 0 || record.concepts.removed.length > 0
    || record.relations.added > 0 || record.relations.removed > 0;
}

export function summary(record) {
  const parts = [];
  const notes = changedNotes(record);
  if (notes) parts.push(`${plural(notes, 'note')} changed`);
  if (record.concepts.added.length) parts.push(`+${plural(record.concepts.added.length, 'concept')}`);
  if (record.concepts.removed.length) parts.push(`−${plural(record.concepts.removed.length, 'concept')}`);
  if (record.notes.failed.length) parts.push(`${plural(record.notes.failed.length, 'note')} failed`);
  if (!parts.length && (record.relations.added || record.relations.removed)) {
    parts.push(`relations +${record.relations.added} −${record.relations.removed}`);
  }
  return parts.length ? parts.join(', ') : 'nothing changed';
}
