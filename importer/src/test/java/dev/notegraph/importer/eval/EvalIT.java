package dev.notegraph.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors the extractor keeps on both dev golds, scored through Neo4j as the backend serves the graph. The
 * floors sit a little under today's figures: a change that loses ground on either gold fails here.
 */
class EvalIT {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    private static EvalReport report;

    @BeforeAll
    static void evaluate() {
        var corpus = EvalSuite.of(
                SHARED.resolve("eval/corpus-dev-gold.yaml"),
                SHARED.resolve("corpus"),
                Optional.of(SHARED.resolve("eval/corpus-dev-files.txt")));
        var suites = new ArrayList<EvalSuite>();
        suites.add(EvalSuite.of(SHARED.resolve("eval/seeds-dev-gold.yaml"), SHARED.resolve("seeds"), Optional.empty()));
        suites.add(corpus);
        suites.addAll(corpus.halves());
        report = Evaluation.run(suites, true);
        System.out.println(report.format());
    }

    private static EvalReport.SuiteResult suite(int index) {
        return report.suites().get(index);
    }

    @Test
    void shouldReachTheFloorsOnTheSeedsDevGold() {
        var ours = suite(0).ours();
        assertThat(ours.noiseHits()).isEmpty();
        assertThat(ours.conceptRecall()).isGreaterThanOrEqualTo(0.95);
        // 7 of 8: the note compares `new和init` in a heading; new is not __new__ since a dunder keeps its underscores
        assertThat(ours.contrastEdges()).isGreaterThanOrEqualTo(0.85);
        assertThat(ours.relatedTop10()).isGreaterThanOrEqualTo(0.8);
        // 13 of 17 pairs. Lost to legitimate changes: a concept the note defines (最大消息长度) outranks a weak step;
        // without the heading-fragment concept epoll基本, epoll's topic edges close a cycle that drops a 使用 edge
        assertThat(ours.pathShare()).isGreaterThanOrEqualTo(0.75);
        assertThat(ours.pathFocus()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldReachTheFloorsOnTheCorpusDevGold() {
        var ours = suite(1).ours();
        assertThat(ours.conceptRecall()).isGreaterThanOrEqualTo(0.87);
        assertThat(ours.noiseHits()).hasSizeLessThanOrEqualTo(4);
        assertThat(ours.pathShare()).isGreaterThanOrEqualTo(0.46);
        assertThat(ours.pathFocus()).isGreaterThanOrEqualTo(0.95);
        assertThat(ours.medianSteps()).isLessThanOrEqualTo(10.0);
        assertThat(ours.relatedTop10()).isGreaterThanOrEqualTo(0.38);
    }

    @Test
    void shouldHoldOnTheHalfNobodyTunedOn() {
        // the corpus half B is only ever measured, never read: its figures say how the methods generalise
        var held = suite(3).ours();
        assertThat(suite(3).name()).endsWith(" B");
        assertThat(held.conceptRecall()).isGreaterThanOrEqualTo(0.81);
        assertThat(held.pathShare()).isGreaterThanOrEqualTo(0.48);
        assertThat(held.pathFocus()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldBeatTheKeywordBaselinesOnEveryGold() {
        for (var suite : List.of(suite(0), suite(1))) {
            for (var baseline : suite.baselines()) {
                assertThat(suite.ours().conceptRecall()).as(suite.name()).isGreaterThan(baseline.conceptRecall());
            }
        }
    }
}
