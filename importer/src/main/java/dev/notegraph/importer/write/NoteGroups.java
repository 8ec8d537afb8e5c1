package dev.notegraph.importer.write;

import dev.notegraph.importer.model.NoteGraph;
import java.util.ArrayList;
import java.util.List;

/** Cuts the notes to write into groups of whole notes, each about the same weight, in their order. */
final class NoteGroups {

    private static final int CHARS_PER_ROW = 200;

    private NoteGroups() {}

    /** Groups of at least one note, each closed once its weight reaches {@code rows}. */
    static List<List<NoteFacts>> of(List<NoteFacts> notes, int rows) {
        var groups = new ArrayList<List<NoteFacts>>();
        var group = new ArrayList<NoteFacts>();
        var weight = 0;
        for (var facts : notes) {
            group.add(facts);
            weight += weight(facts.note());
            if (weight >= rows) {
                groups.add(List.copyOf(group));
                group.clear();
                weight = 0;
            }
        }
        if (!group.isEmpty()) {
            groups.add(List.copyOf(group));
        }
        return groups;
    }

    /**
     * Rows a note adds to a transaction, every {@value #CHARS_PER_ROW} characters of section Markdown counted as
     * one more: a few huge sections weigh on the server's transaction memory more than their row count says.
     */
    static int weight(NoteGraph note) {
        var chars =
                note.sections().stream().mapToLong(s -> s.markdown().length()).sum();
        return note.sections().size()
                + note.mentions().size()
                + (int) Math.min(Integer.MAX_VALUE / 2, chars / CHARS_PER_ROW);
    }
}
