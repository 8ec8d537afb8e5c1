package dev.notegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTests {

    @Test
    void shouldListEverySectionEvenWithoutFigures() {
        var report = new Report();
        report.addAll(List.of(Figure.target("Import", "corpus cold time", 12, "s", 20, "434 files")));

        var text = report.markdown();

        assertThat(text).contains("## Import", "## Queries", "## Start-up");
        assertThat(text).contains("| corpus cold time | 12.0 s | <= 20.0 s | PASS | 434 files |");
        assertThat(text.substring(text.indexOf("## Queries"))).contains("(not run)");
    }

    @Test
    void shouldCountMissesAndKeepTablesIntact(@TempDir Path dir) throws Exception {
        var report = new Report();
        report.condition("load 0.5");
        report.addAll(List.of(
                Figure.target("Queries", "search c=1 p50", 7, "ms", 5, "a|b"),
                Figure.target("Queries", "search c=1 p99", 20, "ms", 50, "")));

        var file = dir.resolve("sub/report.md");
        report.write(file);

        assertThat(report.misses()).isEqualTo(1);
        var text = Files.readString(file);
        assertThat(text).contains("- load 0.5", "| MISS | a/b |", "Targets met: 1, missed: 1");
    }
}
