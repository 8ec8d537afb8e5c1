package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * SIGKILL in the middle of writing notes: the store recovers, holds no half-written note, and the next
 * import ends exactly where a clean import does. The notes are the seeds behind two long padding notes that
 * each fill a write transaction of their own; the child stops once the first note is committed, so the kill
 * always lands after some notes and before the others and the concept layer, however fast the machine.
 */
class KillImportIT {

    /** Characters of a padding note: more than one write transaction holds (200 characters weigh a row). */
    private static final int PADDING_CHARS = 2_200_000;

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    @TempDir
    Path work;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void shouldRecoverFromKillDashNineAndFinishLikeACleanImport() throws Exception {
        var notes = notes(work.resolve("notes"));
        var killedStore = work.resolve("killed");
        var out = work.resolve("child.out");
        var err = work.resolve("child.err");
        var child = ChildJvm.start(
                List.of("-Xmx1g"),
                ImportUntilStopped.class,
                List.of(notes.toString(), killedStore.toString(), "1"),
                out,
                err);
        awaitStopped(child, out, err);

        child.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

        List<String> recovered;
        try (var killed = EmbeddedNeo4j.start(killedStore);
                var driver = GraphDatabase.driver(killed.boltUri(), AuthTokens.none())) {
            assertConsistent(driver);
            assertThat(count(driver, "MATCH (n:Note) RETURN count(n)"))
                    .as("notes written before the kill")
                    .isPositive()
                    .isLessThan(NoteFolders.noteFiles(notes));
            importInto(driver, notes);
            recovered = GraphExport.of(driver);
        }
        importInto(neo4j.driver(), notes);
        assertThat(recovered).isEqualTo(GraphExport.of(neo4j.driver()));
    }

    private static void awaitStopped(Process child, Path out, Path err) throws Exception {
        while (child.isAlive()) {
            if (Files.readString(out).contains(ImportUntilStopped.STOPPED)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import ended before the kill: exit " + child.exitValue() + "\n"
                + Files.readString(out) + Files.readString(err));
    }

    private static Path notes(Path folder) throws IOException {
        Seeds.copyTo(folder);
        // Notes are written in path order: these two come first.
        for (var name : List.of("00-padding-1.md", "00-padding-2.md")) {
            // One code block: it weighs its characters in a transaction like prose, but names no concept, so
            // the three imports of this test do not spend their time analysing padding.
            var text = new StringBuilder("# 填充\n\n```text\n");
            while (text.length() < PADDING_CHARS) {
                text.append("padding padding padding padding padding padding padding padding\n");
            }
            Files.writeString(folder.resolve(name), text.append("```\n"));
        }
        return folder;
    }

    private static void importInto(Driver driver, Path notes) {
        var summary = new Importer(driver, new MarkdownNotesAnalyzer()).importFolder(notes, ImportListener.NONE);
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
