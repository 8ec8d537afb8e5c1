package dev.notegraph.importer.cli;

import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.corrections.CorrectionsReport;
import java.io.PrintWriter;
import java.time.Duration;

/** The human-readable end of an import: counts, one line per problem, timings. */
final class SummaryPrinter {

    private SummaryPrinter() {}

    static void print(ImportSummary s, PrintWriter out) {
        if (s.skipped()) {
            out.printf("Nothing changed: %d notes unchanged, %d failed to read.%n", s.unchanged(), s.failed());
        } else {
            out.printf(
                    "Notes: %d seen, %d imported, %d unchanged, %d failed, %d deleted.%n",
                    s.filesSeen(), s.imported(), s.unchanged(), s.failed(), s.deleted());
        }
        out.printf("Graph: %d concepts, %d relations.%n", s.concepts(), s.relations());
        DiffPrinter.print(s.diff(), out);
        if (s.topics().count() > 0) {
            out.printf(
                    "Topics: %d, largest %s, found in %s.%n",
                    s.topics().count(),
                    s.topics().sizes().stream().limit(10).toList(),
                    ms(s.topics().elapsed()));
        }
        corrections(s.corrections(), out);
        s.problems().forEach(p -> out.printf("Problem: %s: %s%n", p.path(), p.reason()));
        s.warnings().forEach(w -> out.printf("Warning: %s%n", w));
        var t = s.timings();
        out.printf(
                "Time: reading %s, parsing %s, extraction %s, writing %s, total %s.%n",
                ms(t.reading()), ms(t.parsing()), ms(t.extraction()), ms(t.writing()), ms(t.total()));
        out.flush();
    }

    /** One line when the learner has corrections, one more per thing to look at. */
    static void corrections(CorrectionsReport c, PrintWriter out) {
        var file = c.file().orElse("");
        if (c.error().isPresent()) {
            out.printf(
                    "Corrections: none applied: %s does not parse (%s); the file is left as it is.%n",
                    file, c.error().get());
            return;
        }
        if (c.total() == 0 && c.invalid().isEmpty()) {
            return;
        }
        out.printf(
                "Corrections: %d applied, %d naming a concept the notes no longer have (kept in %s).%n",
                c.applied(), c.unresolved().size(), file);
        c.unresolved()
                .forEach(u -> out.printf(
                        "Correction not applied: %s (%s): no concept %s%n",
                        u.id(), u.kind(), String.join(", ", u.missing())));
        c.invalid().forEach(line -> out.printf("Correction ignored: %s%n", line));
    }

    private static String ms(Duration d) {
        return d.toMillis() + " ms";
    }
}
