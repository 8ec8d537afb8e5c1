package dev.notegraph.importer.eval;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Our figures beside the keyword baselines'.
 *
 * @param ours the analyzer's figures
 * @param baselines plain HanLP keyword extraction (top 50 and top 200 per note)
 * @param analysis how long the analyzer took
 */
public record EvalReport(Figures ours, List<Figures> baselines, Duration analysis) {

    /** A plain-text table. */
    public String format() {
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-22s %8s %8s %8s %8s %8s %10s %6s %9s%n",
                "system",
                "recall",
                "prereq",
                "contrast",
                "related",
                "path",
                "steps",
                "noise",
                "concepts"));
        row(out, ours);
        baselines.forEach(b -> row(out, b));
        out.append("noise hits: ").append(ours.noiseHits()).append('\n');
        out.append("missed concepts: ").append(ours.missed()).append('\n');
        out.append("analysis: ").append(analysis.toMillis()).append(" ms\n");
        return out.toString();
    }

    private static void row(StringBuilder out, Figures f) {
        out.append(String.format(
                Locale.ROOT,
                "%-22s %8.3f %8.3f %8.3f %8.3f %8.3f %10s %6d %9d%n",
                f.system(),
                f.conceptRecall(),
                f.prerequisiteOrder(),
                f.contrastEdges(),
                f.relatedTop10(),
                f.studyPath(),
                String.format(Locale.ROOT, "%.1f/%d", f.meanSteps(), f.maxSteps()),
                f.noiseHits().size(),
                f.concepts()));
    }
}
