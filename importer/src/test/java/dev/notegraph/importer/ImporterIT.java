package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

class ImporterIT {

    private static final String CHANGED = "003_c9a73229945440ca.txt";

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    private final Driver driver = neo4j.driver();

    @TempDir
    Path work;

    private final Importer importer = new Importer(driver, new MarkdownNotesAnalyzer());

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    /**
     * One import of the seeds and one unchanged re-import serve four checks, so the seeds are analysed and
     * written once for them: what the first import wrote, the key concepts' term keys, the skip of an unchanged
     * folder with identical counts, and an analyzer built only for the import that had notes to analyse.
     */
    @Test
    void shouldImportTheSeedNotesFindTheirKeyConceptsAndSkipThemUnchanged() {
        var notes = Seeds.copyTo(work.resolve("notes"));
        var built = new AtomicInteger();
        var lazy = new Importer(driver, () -> {
            built.incrementAndGet();
            return new MarkdownNotesAnalyzer();
        });

        var summary = lazy.importFolder(notes, ImportListener.NONE);

        // the seed notes imported
        assertThat(summary.filesSeen()).isEqualTo(5);
        assertThat(summary.imported()).isEqualTo(5);
        assertThat(summary.failed()).isZero();
        assertThat(summary.skipped()).isFalse();
        assertThat(count("MATCH (n:Note) RETURN count(n)")).isEqualTo(5);
        assertThat(count("MATCH (s:Section) RETURN count(s)")).isGreaterThan(50);
        assertThat(count("MATCH (:Note)-[:HAS_SECTION]->(s:Section) RETURN count(s)"))
                .isEqualTo(count("MATCH (s:Section) RETURN count(s)"));
        assertThat(summary.concepts())
                .isEqualTo(count("MATCH (c:Concept) RETURN count(c)"))
                .isPositive();
        assertThat(count("MATCH (c:Concept) WHERE c.name IS NULL RETURN count(c)"))
                .isZero();

        // the key concepts found by term key
        var gil = conceptByKey("gil").orElseThrow();
        assertThat(conceptByKey("全局解释器锁")).hasValue(gil);
        assertThat(names(gil)).contains("GIL", "全局解释器锁");
        assertThat(conceptByKey("epoll")).isPresent();
        assertThat(conceptByKey("pymalloc")).isPresent();
        var timeWait = conceptByKey("time-wait").orElseThrow();
        assertThat(conceptByKey("time_wait")).hasValue(timeWait);

        // an unchanged folder skipped with identical counts, and no analyzer built for it
        var first = neo4j.counts();
        var again = lazy.importFolder(notes, ImportListener.NONE);

        assertThat(again.skipped()).isTrue();
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(neo4j.counts()).isEqualTo(first);
        assertThat(built).hasValue(1);
    }

    @Test
    void shouldFinishAnInterruptedImportAndReanalyseWhenForced() {
        var notes = Seeds.copyTo(work.resolve("notes"));
        importer.importFolder(notes, ImportListener.NONE);
        var gil = conceptByKey("gil").orElseThrow();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run("MATCH (c:Concept {id: $id}) REMOVE c.name", Map.of("id", gil))
                            .consume());
        }

        var finishing = importer.importFolder(notes, ImportListener.NONE);
        var finished = neo4j.counts();
        var forced = importer.importFolder(notes, ImportListener.NONE, true);

        // Not asserting finishing.imported(): extractor f803435 gives a JVM's first analysis slightly different
        // facts (515 vs 516 concepts on the seeds), so which notes it rewrites measures the extractor, not this.
        assertThat(finishing.skipped()).isFalse();
        assertThat(names(gil)).contains("GIL");
        assertThat(forced.skipped()).isFalse();
        assertThat(forced.imported()).isZero();
        assertThat(forced.unchanged()).isEqualTo(5);
        assertThat(neo4j.counts()).isEqualTo(finished);
    }

    @Test
    void shouldReimportOnlyTheChangedNote() throws Exception {
        var notes = Seeds.copyTo(work.resolve("notes"));
        importer.importFolder(notes, ImportListener.NONE);
        var before = importedAt();
        Files.writeString(
                notes.resolve(CHANGED), "\n\n## 补充\n\n再看一遍。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        var summary = importer.importFolder(notes, ImportListener.NONE);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(4);
        var after = importedAt();
        assertThat(after).hasSize(5);
        before.keySet().stream()
                .filter(path -> !path.equals(CHANGED))
                .forEach(path -> assertThat(after.get(path)).as(path).isEqualTo(before.get(path)));
        assertThat(after.get(CHANGED)).isNotEqualTo(before.get(CHANGED));
        assertThat(strings("MATCH (n:Note {path: $p})-[:HAS_SECTION]->(s) RETURN s.heading", Map.of("p", CHANGED)))
                .contains("补充");
    }

    @Test
    void shouldDeleteGoneNotesAndKeepTheFactsOfNotesThatFail() throws Exception {
        var notes = Seeds.copyTo(work.resolve("notes"));
        importer.importFolder(notes, ImportListener.NONE);
        var failingSections =
                count("MATCH (:Note {path: $p})-[:HAS_SECTION]->(s) RETURN count(s)", Map.of("p", CHANGED));
        var gone = "000_964a3e6d5d37624c.txt";
        Files.delete(notes.resolve(gone));
        Files.write(notes.resolve(CHANGED), new byte[] {'#', ' ', 0, 1, 2});

        var summary = importer.importFolder(notes, ImportListener.NONE);

        assertThat(summary.deleted()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.problems()).extracting(p -> p.path()).containsExactly(CHANGED);
        assertThat(strings("MATCH (n:Note) RETURN n.path ORDER BY n.path", Map.of()))
                .doesNotContain(gone)
                .contains(CHANGED)
                .hasSize(4);
        assertThat(count("MATCH (:Note {path: $p})-[:HAS_SECTION]->(s) RETURN count(s)", Map.of("p", CHANGED)))
                .isEqualTo(failingSections)
                .isPositive();
        assertThat(count("MATCH (s:Section) WHERE NOT ()-[:HAS_SECTION]->(s) RETURN count(s)"))
                .isZero();
    }

    private Map<String, String> importedAt() {
        var byPath = new TreeMap<String, String>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("MATCH (n:Note) RETURN n.path AS p, toString(n.importedAt) AS t")
                            .list())
                    .forEach(r -> byPath.put(r.get("p").asString(), r.get("t").asString()));
        }
        return byPath;
    }

    private Optional<String> conceptByKey(String key) {
        var ids = strings("MATCH (:Term {key: $key})-[:NAMES]->(c:Concept) RETURN c.id", Map.of("key", key));
        return ids.stream().findFirst();
    }

    /** The concept's name followed by its aliases. */
    private List<String> names(String conceptId) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run("MATCH (c:Concept {id: $id}) RETURN [c.name] + c.aliases", Map.of("id", conceptId))
                            .single()
                            .get(0)
                            .asList(Value::asString));
        }
    }

    private long count(String cypher) {
        return count(cypher, Map.of());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, parameters).single().get(0).asLong());
        }
    }

    private List<String> strings(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, parameters).list(r -> r.get(0).asString()));
        }
    }
}
