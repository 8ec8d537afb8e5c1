package dev.notegraph.importer.eval;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The figures of every suite side by side, then each suite's baselines, misses and per-method figures.
 *
 * @param suites one result per suite, in the order asked
 */
public record EvalReport(List<SuiteResult> suites) {

    /**
     * One suite's outcome.
     *
     * @param name the suite's name ({@code corpus-dev-gold A} for a half)
     * @param ours the analyzer's figures
     * @param baselines plain HanLP keyword extraction (top 50 and top 200 per note)
     * @param methods each method's edges against the gold pairs
     * @param analysis how long parsing and extraction took
     * @param notes how many notes were analysed
     */
    public record SuiteResult(
            String name,
            Figures ours,
            List<Figures> baselines,
            List<MethodFigures> methods,
            Duration analysis,
            int notes) {}

    /** The first suite's figures: what a single-gold run measures. */
    public Figures ours() {
        return suites.get(0).ours();
    }

    /** The first suite's baselines. */
    public List<Figures> baselines() {
        return suites.get(0).baselines();
    }

    /** A plain-text report. */
    public String format() {
        var out = new StringBuilder();
        line(
                out,
                "%-22s %5s %8s %6s %5s %10s %6s %6s %8s %8s %8s %9s%n",
                "suite",
                "notes",
                "concepts",
                "recall",
                "noise",
                "path-share",
                "focus",
                "median",
                "planned",
                "contrast",
                "related",
                "analysis");
        for (var s : suites) {
            var f = s.ours();
            line(
                    out,
                    "%-22s %5d %8d %6.3f %5d %10.3f %6.3f %6.1f %8s %8.3f %8.3f %6d ms%n",
                    s.name(),
                    s.notes(),
                    f.concepts(),
                    f.conceptRecall(),
                    f.noiseHits().size(),
                    f.pathShare(),
                    f.pathFocus(),
                    f.medianSteps(),
                    f.planned() + "/" + f.targets(),
                    f.contrastEdges(),
                    f.relatedTop10(),
                    s.analysis().toMillis());
        }
        for (var s : suites) {
            out.append('\n').append("== ").append(s.name()).append('\n');
            s.baselines()
                    .forEach(b -> line(
                            out,
                            "baseline %-20s recall %.3f, noise %d of %d concepts%n",
                            b.system(),
                            b.conceptRecall(),
                            b.noiseHits().size(),
                            b.concepts()));
            out.append("noise hits: ").append(s.ours().noiseHits()).append('\n');
            out.append("missed concepts: ").append(s.ours().missed()).append('\n');
            out.append("prerequisite pairs: ")
                    .append(s.ours().pairOutcomes().entrySet().stream()
                            .map(e -> e.getKey().label + " " + e.getValue())
                            .collect(java.util.stream.Collectors.joining(", ")))
                    .append('\n');
            methods(out, s.methods());
        }
        return out.toString();
    }

    private static void methods(StringBuilder out, List<MethodFigures> methods) {
        out.append("per method (precision is a lower bound: the labels are a sample, not every true pair)\n");
        line(
                out,
                "%-16s %-22s %6s %6s %5s %8s %7s %9s %9s%n",
                "type",
                "method",
                "edges",
                "judged",
                "hits",
                "reversed",
                "recall",
                "precision",
                "direction");
        for (var m : methods) {
            line(
                    out,
                    "%-16s %-22s %6d %6d %5d %8d %7.3f %9.3f %9s%n",
                    m.type(),
                    m.method(),
                    m.edges(),
                    m.judged(),
                    m.hits(),
                    m.reversed(),
                    m.recall(),
                    m.precision(),
                    m.type().equals("PREREQUISITE_OF") ? String.format(Locale.ROOT, "%.3f", m.direction()) : "-");
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args));
    }
}
