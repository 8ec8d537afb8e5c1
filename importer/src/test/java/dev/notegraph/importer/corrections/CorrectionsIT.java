package dev.notegraph.importer.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every kind of correction through real imports into the embedded Neo4j: applied before the graph is written,
 * kept through unchanged and changed re-imports, undone when taken back; a broken file and a correction whose
 * concept is gone are reported and lose nothing. The concepts corrected are picked from what the fixture notes
 * yield, so the test does not hang on the extractor's exact output.
 */
class CorrectionsIT {

    private static final String[] FIXTURES = {
        "alias-fixture.md", "definitions-fixture.md", "noise-fixture.md", "prerequisite-fixture.md"
    };

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    static MarkdownNotesAnalyzer analyzer;

    private final Driver driver = neo4j.driver();

    @TempDir
    Path notes;

    private CorrectionStore store;
    private Importer importer;

    @BeforeAll
    static void analyzer() {
        analyzer = new MarkdownNotesAnalyzer();
    }

    @BeforeEach
    void notes() throws IOException {
        neo4j.clear();
        for (var name : FIXTURES) {
            try (var in = CorrectionsIT.class.getResourceAsStream("/notes/" + name)) {
                Files.write(notes.resolve(name), in.readAllBytes());
            }
        }
        store = CorrectionStore.inFolder(notes);
        importer = new Importer(driver, analyzer).withCorrections(store);
    }

    @Test
    void shouldApplyEachKindAndKeepItThroughReImportsUntilTakenBack() throws IOException {
        importer.importFolder(notes, ImportListener.NONE);
        var plain = concepts();
        var edge = strongestPrerequisite();
        var others = plain.stream()
                .filter(c -> !c.equals(edge.get(0)) && !c.equals(edge.get(1)))
                .toList();
        var dropped = others.get(0);
        var kept = others.get(1);
        var merged = others.get(2);
        var added = List.of(others.get(3), others.get(4));
        var made = List.of(
                store.add(correction(CorrectionKind.NOT_A_CONCEPT, name(dropped))),
                store.add(correction(CorrectionKind.SAME_CONCEPT, name(kept), name(merged))),
                store.add(correction(CorrectionKind.NOT_PREREQUISITE, name(edge.get(0)), name(edge.get(1)))),
                store.add(correction(CorrectionKind.PREREQUISITE, name(added.get(0)), name(added.get(1)))));

        var corrected = importer.importFolder(notes, ImportListener.NONE);

        assertThat(corrected.skipped())
                .as("a change to the corrections alone rewrites the graph")
                .isFalse();
        assertThat(corrected.corrections().applied()).isEqualTo(4);
        assertThat(corrected.diff().conceptsRemoved()).extracting(c -> c.id()).contains(dropped, merged);
        assertCorrected(dropped, kept, merged, edge, added);

        var unchanged = importer.importFolder(notes, ImportListener.NONE);
        assertThat(unchanged.skipped()).isTrue();
        assertThat(unchanged.corrections().applied()).isEqualTo(4);
        assertCorrected(dropped, kept, merged, edge, added);

        Files.writeString(
                notes.resolve(FIXTURES[0]), "\n\n## 补充\n\n再看一遍。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        var changed = importer.importFolder(notes, ImportListener.NONE);
        assertThat(changed.diff().notesChanged()).containsExactly(FIXTURES[0]);
        assertCorrected(dropped, kept, merged, edge, added);

        made.forEach(c -> store.remove(c.id()));
        importer.importFolder(notes, ImportListener.NONE);
        assertThat(concepts()).contains(dropped, merged);
        assertThat(prerequisite(edge.get(0), edge.get(1))).isNotEmpty();
        assertThat(count("MATCH (c:Concept) WHERE c.notPrerequisites IS NOT NULL RETURN count(c)"))
                .isZero();
        assertThat(count("MATCH (c:Corrections) RETURN count(c)")).isZero();
    }

    @Test
    void shouldKeepAndReportACorrectionWhoseConceptIsGone() throws IOException {
        var gone = store.add(correction(CorrectionKind.NOT_A_CONCEPT, "Zygomorphic Cache"));

        var summary = importer.importFolder(notes, ImportListener.NONE);

        assertThat(summary.corrections().applied()).isZero();
        assertThat(summary.corrections().unresolved()).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(gone.id());
            assertThat(u.missing()).containsExactly("Zygomorphic Cache");
        });
        assertThat(store.load().corrections()).containsExactly(gone);
        // reported again by an import with nothing to do
        assertThat(importer.importFolder(notes, ImportListener.NONE)
                        .corrections()
                        .unresolved())
                .hasSize(1);
    }

    @Test
    void shouldImportWithoutCorrectionsWhenTheFileDoesNotParseAndLeaveTheFileAlone() throws IOException {
        importer.importFolder(notes, ImportListener.NONE);
        var plain = concepts();
        var file = store.file().orElseThrow();
        Files.createDirectories(file.getParent());
        var broken = "corrections:\n  - kind: not-a-concept\n    concept: [" + name(plain.get(0)) + "\n";
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        Files.writeString(
                notes.resolve(FIXTURES[1]), "\n\n## 补充\n\n再看一遍。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        var summary = importer.importFolder(notes, ImportListener.NONE);

        assertThat(summary.corrections().error())
                .hasValueSatisfying(e -> assertThat(e).contains("YAML"));
        assertThat(summary.diff().notesChanged()).containsExactly(FIXTURES[1]);
        assertThat(concepts()).contains(plain.get(0));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
    }

    private void assertCorrected(String dropped, String kept, String merged, List<String> edge, List<String> added) {
        var ids = concepts();
        assertThat(ids).doesNotContain(dropped, merged).contains(kept);
        assertThat(count("MATCH (:Section)-[:MENTIONS]->(c:Concept {id: $id}) RETURN count(c)", dropped))
                .isZero();
        assertThat(strings("MATCH (c:Concept {id: $id}) RETURN c.aliases", kept).get(0))
                .as("the merged concept's name is an alias of the one kept")
                .isNotNull();
        assertThat(count(
                        "MATCH (c:Concept {id: $id}) WHERE any(a IN c.aliases WHERE toLower(a) = toLower($name))"
                                + " RETURN count(c)",
                        kept,
                        nameOfRemoved(merged)))
                .isEqualTo(1);
        assertThat(prerequisite(edge.get(0), edge.get(1))).isEmpty();
        assertThat(strings("MATCH (c:Concept {id: $id}) RETURN c.notPrerequisites", edge.get(1)))
                .containsExactly(List.of(edge.get(0)).toString());
        assertThat(prerequisite(added.get(0), added.get(1))).containsExactly("learner");
    }

    private final Map<String, String> names = new java.util.HashMap<>();

    /** A concept's name, remembered while it is still in the graph. */
    private String name(String id) {
        return names.computeIfAbsent(
                id, k -> strings("MATCH (c:Concept {id: $id}) RETURN c.name", k).get(0));
    }

    private String nameOfRemoved(String id) {
        return names.get(id);
    }

    private static Correction correction(CorrectionKind kind, String... concepts) {
        return Correction.of(kind, List.of(concepts), Instant.now());
    }

    /** Concept ids, busiest first, then by id. */
    private List<String> concepts() {
        return strings("MATCH (c:Concept) RETURN c.id ORDER BY c.mentionCount DESC, c.id", null);
    }

    private List<String> strongestPrerequisite() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            """
                            MATCH (a:Concept)-[r:PREREQUISITE_OF]->(b:Concept)
                            RETURN [a.id, b.id] AS pair ORDER BY r.confidence DESC, a.id, b.id LIMIT 1
                            """)
                    .single()
                    .get("pair")
                    .asList(Value::asString));
        }
    }

    /** The methods of the prerequisite edge, empty when there is none. */
    private List<String> prerequisite(String from, String to) {
        try (var session = driver.session()) {
            var rows = session.executeRead(tx -> tx.run(
                            "MATCH (:Concept {id: $from})-[r:PREREQUISITE_OF]->(:Concept {id: $to})"
                                    + " RETURN r.methods AS methods",
                            Map.of("from", from, "to", to))
                    .list(r -> r.get("methods").asList(Value::asString)));
            return rows.isEmpty() ? List.of() : rows.get(0);
        }
    }

    private List<String> strings(String cypher, String id) {
        try (var session = driver.session()) {
            var parameters = new java.util.HashMap<String, Object>();
            parameters.put("id", id);
            return session.executeRead(tx -> tx.run(cypher, parameters).list(r -> {
                var v = r.get(0);
                return v.isNull()
                        ? null
                        : v.hasType(org.neo4j.driver.types.TypeSystem.getDefault()
                                        .LIST())
                                ? v.asList(Value::asString).toString()
                                : v.asString();
            }));
        }
    }

    private long count(String cypher, String... args) {
        var parameters = new java.util.HashMap<String, Object>();
        if (args.length > 0) {
            parameters.put("id", args[0]);
        }
        if (args.length > 1) {
            parameters.put("name", args[1]);
        }
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, parameters).single().get(0).asLong());
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(cypher, e));
        }
    }
}
