package dev.notegraph.importer.cli;

import dev.notegraph.importer.ImportDiff;
import dev.notegraph.importer.write.StoredConcept;
import java.io.PrintWriter;
import java.util.List;

/** The diff at the end of an import: what a learner's edit did to notes, concepts and relations. */
final class DiffPrinter {

    // A first import adds thousands of concepts; the head of each list says enough, the counts say the rest.
    static final int SHOWN = 20;

    private DiffPrinter() {}

    static void print(ImportDiff d, PrintWriter out) {
        out.printf(
                "Changes: notes +%d ~%d -%d, concepts +%d -%d, relations +%d -%d.%n",
                d.notesAdded().size(),
                d.notesChanged().size(),
                d.notesRemoved().size(),
                d.conceptsAdded().size(),
                d.conceptsRemoved().size(),
                d.relationsAdded(),
                d.relationsRemoved());
        list("Note added", d.notesAdded(), out);
        list("Note changed", d.notesChanged(), out);
        list("Note removed", d.notesRemoved(), out);
        list("Concept added", names(d.conceptsAdded()), out);
        list("Concept removed", names(d.conceptsRemoved()), out);
    }

    private static List<String> names(List<StoredConcept> concepts) {
        return concepts.stream()
                .map(c -> c.name().equals(c.id()) ? c.id() : c.name() + " (" + c.id() + ")")
                .toList();
    }

    private static void list(String label, List<String> items, PrintWriter out) {
        items.stream().limit(SHOWN).forEach(item -> out.printf("%s: %s%n", label, item));
        if (items.size() > SHOWN) {
            out.printf("%s: ... and %d more%n", label, items.size() - SHOWN);
        }
    }
}
