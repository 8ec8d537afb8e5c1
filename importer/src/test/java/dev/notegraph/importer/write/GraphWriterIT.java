package dev.notegraph.importer.write;

import static dev.notegraph.importer.write.SampleGraphs.PYTHON;
import static dev.notegraph.importer.write.SampleGraphs.TCP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import dev.notegraph.schema.GraphSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

class GraphWriterIT {

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    private final Driver driver = neo4j.driver();

    private final GraphWriter writer = new GraphWriter(driver);

    @BeforeAll
    static void schema() {
        GraphSchema.apply(neo4j.driver());
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    @Test
    void shouldStoreNotesSectionsAndMentions() {
        write(SampleGraphs.first());

        var note = single("MATCH (n:Note {path: $p}) RETURN n", Map.of("p", PYTHON))
                .asNode();
        assertThat(note.get("id").asString()).isEqualTo(NoteGraph.idFor(PYTHON));
        assertThat(note.get("title").asString()).isEqualTo("Python");
        assertThat(note.get("sha256").asString()).isEqualTo("a".repeat(64));
        assertThat(note.get("bytes").asLong()).isEqualTo(120);
        assertThat(note.get("importedAt").asZonedDateTime()).isNotNull();
        assertThat(count(
                        "MATCH (:Note {path: $p})-[:HAS_SECTION]->(s:Section {noteId: $id}) RETURN count(s)",
                        Map.of("p", PYTHON, "id", NoteGraph.idFor(PYTHON))))
                .isEqualTo(3);
        assertThat(strings(
                        "MATCH (p:Section)-[:HAS_SUBSECTION]->(c:Section {noteId: $id}) "
                                + "RETURN p.heading + '>' + c.heading AS x ORDER BY x",
                        Map.of("id", NoteGraph.idFor(PYTHON))))
                .containsExactly("GIL>引用计数", "Python>GIL");
        var mention = single(
                        "MATCH (s:Section {heading: 'GIL'})-[m:MENTIONS]->(:Concept {id: 'gil'}) RETURN m", Map.of())
                .asRelationship();
        assertThat(mention.asMap())
                .containsEntry("line", 3L)
                .containsEntry("form", "全局解释器锁")
                .containsEntry("count", 3L)
                .containsEntry("text", "GIL（全局解释器锁）保证…");
        var root = single("MATCH (s:Section {id: $id}) RETURN s", Map.of("id", NoteGraph.idFor(PYTHON) + "-0"))
                .asNode();
        assertThat(root.get("level").asInt()).isZero();
        assertThat(root.get("order").asInt()).isZero();
        assertThat(root.get("markdown").asString()).isEqualTo("## Python\n");
    }

    @Test
    void shouldStoreConceptPropertiesTermsAndRelations() {
        write(SampleGraphs.first());

        var gil = single("MATCH (c:Concept {id: 'gil'}) RETURN c", Map.of()).asNode();
        assertThat(gil.get("name").asString()).isEqualTo("GIL");
        assertThat(gil.get("aliases").asList(Value::asString)).containsExactly("全局解释器锁", "Global Interpreter Lock");
        assertThat(gil.get("aliasText").asString()).isEqualTo("GIL 全局解释器锁 Global Interpreter Lock");
        assertThat(gil.get("summary").asString()).isEqualTo("GIL 是一个概念。");
        assertThat(gil.get("summaryNote").asString()).isEqualTo(PYTHON);
        assertThat(gil.get("summaryLine").asInt()).isEqualTo(3);
        assertThat(gil.get("category").asString()).isEqualTo("test");
        assertThat(gil.get("mentionCount").asInt()).isEqualTo(3);
        assertThat(gil.get("noteCount").asInt()).isEqualTo(1);

        assertThat(termTarget("全局解释器锁")).isEqualTo("gil");
        assertThat(termTarget("globalinterpreterlock")).isEqualTo("gil");
        assertThat(termTarget("time_wait")).isEqualTo("time-wait");
        assertThat(termTarget("time-wait"))
                .as("more mentions win a contested key")
                .isEqualTo("time-wait");
        assertThat(termTarget("time-waitstate")).isEqualTo("time-wait-state");
        assertThat(count(
                        "MATCH (t:Term) WHERE NOT (t)-[:NAMES]->() OR COUNT { (t)-[:NAMES]->() } > 1 RETURN count(t)",
                        Map.of()))
                .isZero();

        var prerequisite = single(
                        "MATCH (:Concept {id: '三次握手'})-[r:PREREQUISITE_OF]->(:Concept {id: 'time-wait'}) RETURN r",
                        Map.of())
                .asRelationship();
        assertThat(prerequisite.get("confidence").asDouble()).isEqualTo(0.8);
        assertThat(prerequisite.get("weight").asDouble()).isEqualTo(0.6);
        assertThat(prerequisite.get("methods").asList(Value::asString)).containsExactly("heading-tree", "cue:由于");
        assertThat(prerequisite.get("evidenceLines").asList(Value::asInt)).containsExactly(1, 2, 3, 4, 5);
        assertThat(prerequisite.get("evidenceTexts").asList(Value::asString))
                .hasSize(5)
                .first()
                .isEqualTo("evidence 1");
        assertThat(prerequisite.get("evidenceNotes").asList(Value::asString))
                .hasSize(5)
                .containsOnly(TCP);
        assertThat(count(
                        "MATCH (:Concept {id: 'gil'})-[r:CONTRASTS_WITH]->(:Concept {id: '引用计数'}) RETURN count(r)",
                        Map.of()))
                .as("symmetric relations go from the smaller id to the larger")
                .isEqualTo(1);
        assertThat(writer.counts()).isEqualTo(new GraphCounts(2, 6, 5, 3));
    }

    @Test
    void shouldLeaveIdenticalCountsWhenWrittenTwice() {
        write(SampleGraphs.first());
        var once = neo4j.counts();

        write(SampleGraphs.first());

        assertThat(neo4j.counts()).isEqualTo(once);
    }

    @Test
    void shouldReplaceOnlyTheChangedNotesFactsAndSweepGhosts() {
        write(SampleGraphs.first());
        var pythonBefore = strings("MATCH (n:Note {path: $p}) RETURN toString(n.importedAt)", Map.of("p", PYTHON));
        var second = SampleGraphs.second();

        writer.writeNote(SampleGraphs.tcpNote(false), Instant.now().plusSeconds(60));
        writer.writeConcepts(second.concepts(), second.edges());

        assertThat(strings("MATCH (n:Note {path: $p}) RETURN toString(n.importedAt)", Map.of("p", PYTHON)))
                .isEqualTo(pythonBefore);
        assertThat(strings(
                        "MATCH (s:Section {noteId: $id}) RETURN s.heading ORDER BY s.order",
                        Map.of("id", NoteGraph.idFor(TCP))))
                .containsExactly("TCP", "三次握手");
        assertThat(strings("MATCH (c:Concept) RETURN c.id ORDER BY c.id", Map.of()))
                .containsExactly("gil", "三次握手", "引用计数");
        assertThat(count(
                        "MATCH (s:Section)-[:MENTIONS]->() WHERE NOT ()-[:HAS_SECTION]->(s) RETURN count(s)", Map.of()))
                .isZero();
        assertThat(strings("MATCH (t:Term) RETURN t.key ORDER BY t.key", Map.of()))
                .containsExactly(
                        "gil",
                        "globalinterpreterlock",
                        "referencecounting",
                        "tcphandshake",
                        "three-wayhandshake",
                        "三次握手",
                        "全局解释器锁",
                        "引用计数");
        assertThat(strings("MATCH (a:Concept)-[r]->(b:Concept) RETURN a.id + ' ' + type(r) + ' ' + b.id", Map.of()))
                .containsExactly("gil RELATED_TO 引用计数");
        assertThat(count("MATCH (:Section)-[m:MENTIONS]->(:Concept {id: '三次握手'}) RETURN sum(m.count)", Map.of()))
                .isEqualTo(1);
    }

    @Test
    void shouldUpdateChangedRelationsInPlaceAndStoreEachPairOnce() {
        var first = SampleGraphs.first();
        write(first);
        var changed = new ArrayList<ConceptEdge>();
        for (var e : first.edges()) {
            var confidence = e.type() == ConceptRelation.PREREQUISITE_OF ? 0.4 : e.confidence();
            changed.add(new ConceptEdge(
                    e.source(), e.target(), e.type(), confidence, e.weight(), e.methods(), e.evidence()));
        }
        // The same symmetric pair given both ways round: one relation, the last edge's properties.
        changed.add(new ConceptEdge(
                "gil", "引用计数", ConceptRelation.CONTRASTS_WITH, 0.3, 0.2, List.of("compare"), List.of()));

        writer.writeConcepts(first.concepts(), changed);

        assertThat(doubles("MATCH (:Concept)-[r:PREREQUISITE_OF]->(:Concept) RETURN r.confidence"))
                .containsExactly(0.4);
        assertThat(doubles("MATCH (:Concept {id: 'gil'})-[r:CONTRASTS_WITH]-(:Concept) RETURN r.confidence"))
                .containsExactly(0.3);
        assertThat(writer.counts()).isEqualTo(new GraphCounts(2, 6, 5, 3));
    }

    @Test
    void shouldDeleteANoteWithItsSectionsAndMentions() {
        write(SampleGraphs.first());
        var python = SampleGraphs.pythonNote();
        var remaining = SampleGraphs.second().concepts().stream()
                .filter(c -> !c.id().equals("三次握手"))
                .toList();

        writer.deleteNotes(List.of(TCP));
        writer.writeConcepts(remaining, List.of());

        assertThat(writer.storedNotes()).extracting(StoredNote::path).containsExactly(PYTHON);
        assertThat(writer.storedNotes().get(0).factsHash()).isEqualTo(GraphWriter.factsHash(python));
        assertThat(count("MATCH (s:Section {noteId: $id}) RETURN count(s)", Map.of("id", NoteGraph.idFor(TCP))))
                .isZero();
        assertThat(strings("MATCH (c:Concept) RETURN c.id ORDER BY c.id", Map.of()))
                .containsExactly("gil", "引用计数");
        assertThat(writer.counts()).isEqualTo(new GraphCounts(1, 3, 2, 0));
    }

    private void write(KnowledgeGraph graph) {
        graph.notes().forEach(note -> writer.writeNote(note, Instant.now()));
        writer.writeConcepts(graph.concepts(), graph.edges());
    }

    private String termTarget(String key) {
        return single("MATCH (:Term {key: $key})-[:NAMES]->(c:Concept) RETURN c.id", Map.of("key", key))
                .asString();
    }

    private Value single(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, parameters).single().get(0));
        }
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return single(cypher, parameters).asLong();
    }

    private List<Double> doubles(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.get(0).asDouble()));
        }
    }

    private List<String> strings(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, parameters).list(r -> r.get(0).asString()));
        }
    }
}
