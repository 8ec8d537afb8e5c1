package dev.notegraph.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvalSuiteTests {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    private static EvalSuite corpus() {
        return EvalSuite.of(
                SHARED.resolve("eval/corpus-dev-gold.yaml"),
                SHARED.resolve("corpus"),
                Optional.of(SHARED.resolve("eval/corpus-dev-files.txt")));
    }

    @Test
    void shouldSplitTheListedFilesIntoTwoHalvesWithTheirOwnLabels() {
        var suite = corpus();
        var halves = suite.halves();

        assertThat(halves).extracting(EvalSuite::name).containsExactly("corpus-dev-gold A", "corpus-dev-gold B");
        assertThat(halves.get(0).files())
                .doesNotContainAnyElementsOf(halves.get(1).files());
        assertThat(halves.get(0).files().size() + halves.get(1).files().size())
                .isEqualTo(suite.files().size());
        assertThat(halves.get(0).gold().concepts().size()
                        + halves.get(1).gold().concepts().size())
                .isEqualTo(suite.gold().concepts().size());
    }

    @Test
    void shouldScoreTheSameLabelsOnTheWholeFolderSharingOneImport() {
        var suite = corpus();
        var inFolder = suite.inFolder(true);

        assertThat(inFolder).hasSize(3);
        assertThat(inFolder).allSatisfy(s -> assertThat(s.files()).isEmpty());
        assertThat(inFolder)
                .extracting(EvalSuite::notes)
                .containsOnly(inFolder.get(0).notes());
        assertThat(inFolder.get(0).gold().prerequisites())
                .isEqualTo(suite.gold().prerequisites());
        assertThat(inFolder.get(2).gold().prerequisites())
                .isEqualTo(suite.halves().get(1).gold().prerequisites());
    }
}
