package dev.notegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the harness's import part on the seeds with --quick; asserts what the report contains, never the times. */
class BenchImportSmokeIT {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../../shared"), "seeds");

    @Test
    void shouldReportEveryImportFigureForTheSeeds(@TempDir Path dir) throws Exception {
        var report = dir.resolve("report.md");

        var exit = run(
                "--quick",
                "--parts",
                "import",
                "--seeds",
                SEEDS.toString(),
                "--corpus",
                SEEDS.toString(),
                "--report",
                report.toString());

        assertThat(exit).isZero();
        var text = Files.readString(report);
        assertThat(text).contains("## Import", "## Queries", "## Start-up", "not selected (--parts)");
        assertThat(text)
                .contains(
                        "| seeds time |",
                        "| corpus cold time |",
                        "| corpus cold split |",
                        "| corpus re-import, unchanged |",
                        "nothing changed, so nothing analysed or written",
                        "| corpus 2x / 1x |",
                        "| corpus 4x / 1x |",
                        "Import: load average");
        assertThat(text).doesNotContain("failed:");
    }

    private static int run(String... args) {
        return new CommandLine(new BenchCli()).execute(args);
    }
}
