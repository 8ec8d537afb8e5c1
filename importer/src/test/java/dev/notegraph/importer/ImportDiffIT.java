package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The diff each import reports: the notes it touched, the concepts that came and went, the relation counts. */
class ImportDiffIT {

    private static final String CHANGED = "003_c9a73229945440ca.txt";
    private static final String GONE = "000_964a3e6d5d37624c.txt";
    private static final String BROKEN = "002_fd13e4336eb6d0c4.txt";
    private static final String ADDED = "new/zygomorphic.md";

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    private final Driver driver = neo4j.driver();
    private final Importer importer = new Importer(driver, new MarkdownNotesAnalyzer());

    @TempDir
    Path work;

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    /**
     * One folder through three imports, each checked on its own diff: a first import adds every note and
     * concept, an unchanged re-import reports nothing, and a changed folder reports what moved. One method, so
     * the seeds are analysed and written once for the three diffs rather than once per diff.
     */
    @Test
    void shouldReportAFirstImportAsAddedAnUnchangedOneAsNothingAndTheNotesAndConceptsThatMoved() throws Exception {
        var notes = Seeds.copyTo(work.resolve("notes"));
        var first = importer.importFolder(notes, ImportListener.NONE);

        var firstDiff = first.diff();
        assertThat(firstDiff.notesAdded()).hasSize(5).contains(CHANGED, GONE);
        assertThat(firstDiff.notesChanged()).isEmpty();
        assertThat(firstDiff.notesRemoved()).isEmpty();
        assertThat(firstDiff.conceptsAdded()).hasSize((int) first.concepts());
        assertThat(firstDiff.conceptsRemoved()).isEmpty();
        assertThat(firstDiff.relationsAdded()).isEqualTo(first.relations()).isPositive();
        assertThat(firstDiff.relationsRemoved()).isZero();

        var again = importer.importFolder(notes, ImportListener.NONE);

        assertThat(again.skipped()).isTrue();
        assertThat(again.diff().changesGraph()).isFalse();
        assertThat(again.diff().notesFailed()).isEmpty();

        var conceptsBefore = conceptIds();
        Files.delete(notes.resolve(GONE));
        Files.writeString(
                notes.resolve(CHANGED), "\n\n## 补充\n\n再看一遍。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.write(notes.resolve(BROKEN), new byte[] {'#', ' ', 0, 1, 2});
        Files.createDirectories(notes.resolve("new"));
        Files.writeString(
                notes.resolve(ADDED),
                "# Zygomorphic Cache\n\nA Zygomorphic Cache is a cache that mirrors its Zygomorphic Cache lines.\n",
                StandardCharsets.UTF_8);

        var summary = importer.importFolder(notes, ImportListener.NONE);

        var diff = summary.diff();
        assertThat(diff.notesAdded()).containsExactly(ADDED);
        assertThat(diff.notesChanged()).containsExactly(CHANGED);
        assertThat(diff.notesRemoved()).containsExactly(GONE);
        assertThat(diff.notesFailed()).extracting(p -> p.path()).containsExactly(BROKEN);
        assertThat(diff.notesFailed().get(0).reason()).isNotBlank().doesNotContain("\n");
        assertThat(diff.conceptsAdded()).extracting(c -> c.name()).anyMatch(n -> n.contains("Zygomorphic"));
        assertThat(diff.conceptsRemoved()).isNotEmpty();
        var expected = new HashSet<>(conceptsBefore);
        diff.conceptsRemoved().forEach(c -> expected.remove(c.id()));
        diff.conceptsAdded().forEach(c -> expected.add(c.id()));
        assertThat(conceptIds()).isEqualTo(expected);
        assertThat(first.relations() + diff.relationsAdded() - diff.relationsRemoved())
                .isEqualTo(summary.relations());
        assertThat(diff.relationsRemoved()).isPositive();
    }

    private Set<String> conceptIds() {
        try (var session = driver.session()) {
            List<String> ids = session.executeRead(tx ->
                    tx.run("MATCH (c:Concept) RETURN c.id").list(r -> r.get(0).asString()));
            return new HashSet<>(ids);
        }
    }
}
