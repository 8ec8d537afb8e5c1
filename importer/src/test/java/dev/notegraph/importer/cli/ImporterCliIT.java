package dev.notegraph.importer.cli;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.Seeds;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine;

class ImporterCliIT {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * One store through the CLI's life: a first import with its summary, an export of it, and a second import
     * after an edit with its diff. One method, so the seeds go into a new embedded store once for the three
     * checks rather than once per check.
     */
    @Test
    void shouldImportIntoAnEmbeddedStoreExportItAndPrintTheDiffOfAnEdit() throws Exception {
        var notes = Seeds.copyTo(work.resolve("notes"));
        var store = work.resolve("store").toString();

        var exit = run("--notes", notes.toString(), "--embedded", store);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Notes: 5 seen, 5 imported, 0 unchanged, 0 failed, 0 deleted.")
                .containsPattern("Graph: [1-9]\\d* concepts")
                .containsPattern("Topics: [1-9]\\d*, largest")
                .contains("Time: reading");
        assertThat(notesIn(work.resolve("store"))).isEqualTo(5);

        // an export of the imported store to a file, and an unknown format refused
        var file = work.resolve("graph.json");

        var exported = run("export", "--format", "json", "--embedded", store, "--out", file.toString());

        assertThat(exported).as(err.toString()).isZero();
        var json = new tools.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertThat(json.path("nodes").size()).isGreaterThan(100);
        assertThat(json.path("links").size()).isGreaterThan(json.path("nodes").size());
        assertThat(run("export", "--format", "xlsx", "--embedded", store)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown --format 'xlsx'");

        // the diff of an edit printed at the end of the next run
        Files.delete(notes.resolve("000_964a3e6d5d37624c.txt"));
        Files.writeString(notes.resolve("001_25dcc92f578f0594.txt"), "\n\n## 补充\n\n再看一遍。\n", APPEND);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        var again = run("--notes", notes.toString(), "--embedded", store);

        assertThat(again).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("Changes: notes \\+0 ~1 -1, concepts \\+\\d+ -[1-9]\\d*, relations \\+\\d+ -[1-9]")
                .contains("Note changed: 001_25dcc92f578f0594.txt")
                .contains("Note removed: 000_964a3e6d5d37624c.txt")
                .contains("Concept removed: ");
    }

    @Test
    void shouldExitOneForABinaryNoteAndStillImportTheGoodOnes() throws Exception {
        var notes = Seeds.copyTo(work.resolve("notes"));
        Files.write(notes.resolve("picture.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        var exit = run(
                "--notes", notes.toString(), "--embedded", work.resolve("store").toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(out.toString())
                .contains("Notes: 6 seen, 5 imported, 0 unchanged, 1 failed, 0 deleted.")
                .contains("Problem: picture.md: binary file, not text");
        assertThat(notesIn(work.resolve("store"))).isEqualTo(5);
    }

    @Test
    void shouldExitOneWithAMessageWhenTheAnalyzerCrashes() {
        var notes = Seeds.copyTo(work.resolve("notes"));
        var cli = new CommandLine(new ImporterCli(() -> sources -> {
            throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        var exit = cli.execute(
                "--notes", notes.toString(), "--embedded", work.resolve("store").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains("Import failed: java.lang.ArrayIndexOutOfBounds")
                .doesNotContain("\tat ");
        assertThat(notesIn(work.resolve("store"))).isZero();
    }

    @Test
    void shouldExitTwoOnUsageErrors() {
        assertThat(run("--embedded", work.toString())).isEqualTo(2);
        assertThat(run("--notes", work.toString(), "--uri", "bolt://127.0.0.1:7687", "--embedded", work.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--notes").doesNotContain("\tat ");
    }

    @Test
    void shouldExitTwoWithAClearMessageWhenTheServerIsUnreachable() {
        var exit = run("--notes", work.toString(), "--uri", "bolt://127.0.0.1:1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot open the database").doesNotContain("\tat ");
    }

    @Test
    void shouldExitTwoWhenTheNotesFolderIsMissing() {
        var exit = run(
                "--notes",
                work.resolve("missing").toString(),
                "--embedded",
                work.resolve("store").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Not a folder").contains("missing").doesNotContain("\tat ");
    }

    private int run(String... args) {
        var cli = ImporterCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static long notesIn(Path store) {
        try (var neo4j = EmbeddedNeo4j.start(store);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run("MATCH (n:Note) RETURN count(n)").single().get(0).asLong());
        }
    }
}
