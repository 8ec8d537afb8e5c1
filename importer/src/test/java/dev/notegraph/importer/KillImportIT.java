package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.cli.ImporterCli;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * SIGKILL in the middle of writing notes: the store recovers, holds no half-written note, and the next
 * import ends exactly where a clean import does.
 */
class KillImportIT {

    private static final Path CORPUS = JavaguideStore.CORPUS;
    /** The progress bar's "written/total" while notes are written. */
    private static final Pattern WRITTEN = Pattern.compile("(\\d+)/(\\d+) \\(.*writing notes");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void shouldRecoverFromKillDashNineAndFinishLikeACleanImport() throws Exception {
        var killedStore = work.resolve("killed");
        var err = work.resolve("cli.err");
        var cli = ChildJvm.start(
                List.of("-Xmx1g"),
                ImporterCli.class,
                List.of("--notes", CORPUS.toString(), "--embedded", killedStore.toString()),
                work.resolve("cli.out"),
                err);
        var written = awaitNotesWritten(cli, err, 5);

        cli.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

        assertThat(written).as("notes written before the kill").isGreaterThanOrEqualTo(5);
        List<String> recovered;
        try (var neo4j = EmbeddedNeo4j.start(killedStore);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertConsistent(driver);
            assertThat(count(driver, "MATCH (n:Note) RETURN count(n)")).isPositive();
            importInto(driver);
            recovered = GraphExport.of(driver);
        }
        // The clean import: the javaguide store this build imports once for every test that needs it.
        assertThat(recovered).isEqualTo(JavaguideStore.export());
    }

    private static int awaitNotesWritten(Process cli, Path err, int atLeast) throws Exception {
        while (cli.isAlive()) {
            var matcher = WRITTEN.matcher(Files.readString(err));
            int written = 0;
            while (matcher.find()) {
                written = Integer.parseInt(matcher.group(1));
            }
            if (written >= atLeast) {
                return written;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "the import ended before the kill: exit " + cli.exitValue() + "\n" + Files.readString(err));
    }

    private static void importInto(Driver driver) {
        var summary = new Importer(driver, new MarkdownNotesAnalyzer()).importFolder(CORPUS, ImportListener.NONE);
        assertThat(summary.skipped()).isFalse();
        assertConsistent(driver);
        assertThat(count(driver, "MATCH (c:Concept) WHERE c.name IS NULL RETURN count(c)"))
                .isZero();
    }

    private static void assertConsistent(Driver driver) {
        assertThat(count(driver, "MATCH (s:Section) WHERE NOT (:Note)-[:HAS_SECTION]->(s) RETURN count(s)"))
                .as("sections without their note")
                .isZero();
        assertThat(count(driver, "MATCH ()-[m:MENTIONS]->(x) WHERE NOT x:Concept RETURN count(m)"))
                .as("mentions that do not end at a concept")
                .isZero();
        assertThat(count(driver, "MATCH (x)-[m:MENTIONS]->() WHERE NOT x:Section RETURN count(m)"))
                .as("mentions that do not start at a section")
                .isZero();
        assertThat(count(driver, "MATCH (n:Note) WHERE NOT (n)-[:HAS_SECTION]->(:Section {level: 0}) RETURN count(n)"))
                .as("notes without their sections")
                .isZero();
        assertThat(
                        count(
                                driver,
                                """
                        MATCH (n:Note)-[:HAS_SECTION]->(s:Section)
                        WITH n, count(s) AS sections, max(s.order) AS last
                        WHERE sections <> last + 1
                        RETURN count(n)
                        """))
                .as("notes missing some of their sections")
                .isZero();
    }

    private static long count(Driver driver, String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }
}
