package dev.notegraph.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandIT {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldPrintOneRowPerSuiteAndHalfFromGoldFilesThatNameTheirNotes() throws Exception {
        // a gold file naming its notes folder, relative to itself
        var gold = work.resolve("gold.yaml");
        Files.writeString(
                gold,
                "notes: " + SHARED.resolve("seeds").toAbsolutePath() + "\n"
                        + Files.readString(SHARED.resolve("eval/seeds-dev-gold.yaml")));

        int exit = run("eval", "--in-memory", "--gold", gold.toString());

        assertThat(exit).as(err.toString()).isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines.get(0)).contains("recall", "noise", "path-share", "focus", "contrast", "related");
        var row = lines.get(1);
        assertThat(row).startsWith("gold ");
        var recall = Double.parseDouble(row.trim().split("\\s+")[3]);
        assertThat(recall).isGreaterThan(0.9);
        assertThat(out.toString()).contains("baseline hanlp-keywords-50", "per method", "document-order");
    }

    @Test
    void shouldReportBothHalvesOfACorpusGoldSplitByFile() {
        int exit = run(
                "eval",
                "--in-memory",
                "--halves",
                "--gold",
                SHARED.resolve("eval/corpus-dev-gold.yaml").toString(),
                "--notes",
                SHARED.resolve("corpus").toString(),
                "--files",
                SHARED.resolve("eval/corpus-dev-files.txt").toString());

        assertThat(exit).as(err.toString()).isZero();
        var rows = out.toString().lines().skip(1).limit(3).toList();
        assertThat(rows.get(0)).startsWith("corpus-dev-gold ");
        assertThat(rows.get(1)).startsWith("corpus-dev-gold A ");
        assertThat(rows.get(2)).startsWith("corpus-dev-gold B ");
        var notes = rows.stream()
                .map(r -> Integer.parseInt(
                        r.replaceFirst("^corpus-dev-gold( [AB])?", "").trim().split("\\s+")[0]))
                .toList();
        assertThat(notes.get(1) + notes.get(2)).isEqualTo(notes.get(0));
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
