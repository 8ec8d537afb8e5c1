package dev.notegraph.bench.imports;

import dev.notegraph.bench.Figure;
import dev.notegraph.importer.ImportSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The figures of one import: time, throughput, what it wrote, and where the time went. */
final class ImportFigures {

    private ImportFigures() {}

    /** {@code limitSeconds} NaN means the import time has no target. */
    static List<Figure> of(String section, String label, FreshStore.Run run, long bytes, double limitSeconds) {
        var s = run.summary();
        var seconds = run.seconds();
        var figures = new ArrayList<Figure>();
        var what = "%d files, %.2f MB".formatted(s.filesSeen(), bytes / 1e6);
        figures.add(
                Double.isNaN(limitSeconds)
                        ? Figure.info(section, label + " time", seconds, "s", what)
                        : Figure.target(section, label + " time", seconds, "s", limitSeconds, what));
        figures.add(Figure.info(section, label + " throughput", bytes / 1e6 / seconds, "MB/s", "note bytes / wall"));
        figures.add(
                Figure.info(section, label + " notes/s", s.imported() / seconds, "notes/s", s.imported() + " notes"));
        figures.add(Figure.info(section, label + " concepts written", s.concepts(), "", "in the graph after"));
        figures.add(Figure.info(section, label + " relations written", s.relations(), "", "concept-to-concept"));
        var t = s.timings();
        figures.add(Figure.info(section, label + " split", seconds, "s", split(t)));
        return figures;
    }

    private static String split(ImportSummary.Timings t) {
        var rest = t.total()
                .minus(t.reading())
                .minus(t.parsing())
                .minus(t.extraction())
                .minus(t.writing());
        return "reading %.2f s, parsing %.2f s, extraction %.2f s, writing %.2f s, other (schema, diff) %.2f s"
                .formatted(secs(t.reading()), secs(t.parsing()), secs(t.extraction()), secs(t.writing()), secs(rest));
    }

    private static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }
}
