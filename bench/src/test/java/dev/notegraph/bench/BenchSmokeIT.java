package dev.notegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the harness's query and start-up parts on the seeds with --quick against the backend jar; asserts what
 * the report contains, never the times. The import part is {@link BenchImportSmokeIT}, a class of its own so
 * that the two run in parallel JVMs.
 */
class BenchSmokeIT {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../../shared"), "seeds");
    private static final Path BACKEND_JAR = Path.of("../backend/target/backend.jar");

    @Test
    void shouldMeasureEveryCallAndTheStartUpAgainstTheBackendJar(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(BACKEND_JAR), "needs the backend jar: ./mvnw -DskipTests package first");
        var report = dir.resolve("report.md");

        var exit = run(
                "--quick",
                "--parts",
                "queries,startup",
                "--corpus",
                SEEDS.toString(),
                "--backend-jar",
                BACKEND_JAR.toString(),
                "--report",
                report.toString());

        assertThat(exit).isZero();
        var text = Files.readString(report);
        for (var call : new String[] {
            "search", "concept", "neighbourhood d2", "related", "study path", "cypher (HTTP)", "cypher (bare driver)"
        }) {
            assertThat(text).contains("| " + call + " c=1 p50 |", "| " + call + " c=16 p99 |");
        }
        assertThat(text).contains("| backend overhead, cypher p50 HTTP / driver |", "| ready (importing=false) |");
        // The import section is deliberately not selected; the measured ones must be complete.
        var measured = text.substring(text.indexOf("## Queries"));
        assertThat(measured).contains("| peak RSS |").doesNotContain("failed:", "not measured");
        assertThat(text).doesNotContainPattern(" [1-9][0-9]* errors");
    }

    private static int run(String... args) {
        return new CommandLine(new BenchCli()).execute(args);
    }
}
