package dev.notegraph.importer.cli;

import dev.notegraph.importer.ImportSummary;
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
        s.problems().forEach(p -> out.printf("Problem: %s: %s%n", p.path(), p.reason()));
        s.warnings().forEach(w -> out.printf("Warning: %s%n", w));
        var t = s.timings();
        out.printf(
                "Time: reading %s, parsing %s, extraction %s, writing %s, total %s.%n",
                ms(t.reading()), ms(t.parsing()), ms(t.extraction()), ms(t.writing()), ms(t.total()));
        out.flush();
    }

    private static String ms(Duration d) {
        return d.toMillis() + " ms";
    }
}
