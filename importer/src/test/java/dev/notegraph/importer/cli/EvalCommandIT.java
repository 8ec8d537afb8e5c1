package dev.notegraph.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandIT {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldPrintTheFiguresForOursAndTheBaselineFromAGoldFileThatNamesItsNotes() throws Exception {
        // a gold file naming its notes folder, relative to itself
        var gold = work.resolve("gold.yaml");
        Files.writeString(
                gold,
                "notes: " + SHARED.resolve("seeds").toAbsolutePath() + "\n"
                        + Files.readString(SHARED.resolve("eval/seeds-dev-gold.yaml")));

        int exit = run("eval", "--gold", gold.toString());

        assertThat(exit).as(err.toString()).isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines.get(0)).contains("recall", "prereq", "contrast", "related", "noise", "path");
        for (var system : new String[] {"notegraph", "hanlp-keywords-50"}) {
            var row = lines.stream()
                    .filter(l -> l.startsWith(system + " "))
                    .findFirst()
                    .orElseThrow();
            var numbers = Arrays.stream(row.substring(system.length()).trim().split("\\s+"))
                    .filter(t -> t.matches("\\d+(\\.\\d+)?"))
                    .toList();
            // recall, prereq, contrast, related, path, noise, concepts
            assertThat(numbers).as(row).hasSizeGreaterThanOrEqualTo(7);
        }
        var ours = lines.stream()
                .filter(l -> l.startsWith("notegraph "))
                .findFirst()
                .orElseThrow();
        var recall =
                Double.parseDouble(ours.substring("notegraph".length()).trim().split("\\s+")[0]);
        assertThat(recall).isGreaterThan(0.9);
    }

    @Test
    void shouldExitTwoOnBadUsage() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(run("eval", "--gold", work.resolve("missing.yaml").toString()))
                .isEqualTo(2);
        assertThat(run(
                        "eval",
                        "--gold",
                        SHARED.resolve("eval/seeds-dev-gold.yaml").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--notes").doesNotContain("\tat ");
    }

    private int run(String... args) {
        var cli = ImporterCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
