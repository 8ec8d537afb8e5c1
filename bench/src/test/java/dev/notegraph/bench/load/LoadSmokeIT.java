package dev.notegraph.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.notegraph.bench.BenchCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A short real run against the backend jar on the seeds: the command runs, reports, and nothing fails. */
class LoadSmokeIT {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../../shared"), "seeds");
    private static final Path BACKEND_JAR = Path.of("../backend/target/backend.jar");

    @Test
    void shouldLoadTheBackendBrieflyWithoutErrors() {
        assumeTrue(Files.isRegularFile(BACKEND_JAR), "needs the backend jar: ./mvnw -DskipTests package first");
        var out = new StringWriter();
        var cli = new CommandLine(new BenchCli());
        cli.setOut(new PrintWriter(out, true));

        var exit = cli.execute(
                "load",
                "--clients",
                "4",
                "--seconds",
                "2",
                "--warmup-seconds",
                "1",
                "--notes",
                SEEDS.toString(),
                "--backend-jar",
                BACKEND_JAR.toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("Load: 4 clients, [0-9.]+ s, [1-9][0-9]* calls")
                // Only the big shares: Cypher is 2 % of the mix, and a 2 s run on a slow machine may not draw it.
                .contains("  all ", "  search ")
                .contains("errors (not 200 or 429): 0")
                .containsPattern("Backend RSS: [1-9][0-9]* MiB before");
    }
}
