package dev.notegraph.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalIT {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @Test
    void shouldReachTheFloorsOnTheDevGold() {
        var report = Evaluation.run(SHARED.resolve("seeds"), SHARED.resolve("eval/seeds-dev-gold.yaml"));
        System.out.println(report.format());
        var ours = report.ours();
        assertThat(ours.noiseHits()).isEmpty();
        assertThat(ours.conceptRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ours.contrastEdges()).isGreaterThanOrEqualTo(0.9);
        assertThat(ours.relatedTop10()).isGreaterThanOrEqualTo(0.85);
        assertThat(ours.pathShare()).isGreaterThanOrEqualTo(0.55);
        for (var baseline : report.baselines()) {
            assertThat(ours.conceptRecall()).isGreaterThan(baseline.conceptRecall());
        }
    }
}
