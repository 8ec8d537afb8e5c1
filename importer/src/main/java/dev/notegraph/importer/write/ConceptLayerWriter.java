package dev.notegraph.importer.write;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Replaces the concept layer (properties, terms, typed relations) and sweeps concepts nothing mentions. */
final class ConceptLayerWriter {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    ConceptLayerWriter(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    void write(List<ConceptNode> concepts, List<ConceptEdge> edges, Map<String, List<String>> notPrerequisites) {
        try (var session = driver.session(sessionConfig)) {
            writeProperties(session, concepts, notPrerequisites);
            deleteGhosts(session, concepts);
            writeTerms(session, TermKeys.resolve(concepts));
        }
        var byType =
                edges.stream().map(ConceptLayerWriter::canonical).collect(Collectors.groupingBy(ConceptEdge::type));
        // Each type is a set of relationships of its own, so the types can be written side by side.
        ParallelWrites.forEach(List.of(ConceptRelation.values()), type -> {
            try (var session = driver.session(sessionConfig)) {
                new RelationWriter(session).write(type, byType.getOrDefault(type, List.of()));
            }
        });
    }

    private static void writeProperties(
            Session session, List<ConceptNode> concepts, Map<String, List<String>> notPrerequisites) {
        var cypher =
                """
                UNWIND $rows AS row
                MERGE (c:Concept {id: row.id})
                SET c.name = row.name, c.aliases = row.aliases, c.aliasText = row.aliasText,
                    c.summary = row.summary, c.summaryNote = row.summaryNote, c.summaryLine = row.summaryLine,
                    c.category = row.category, c.mentionCount = row.mentionCount, c.noteCount = row.noteCount,
                    c.notPrerequisites = row.notPrerequisites
                """;
        var stored = storedProperties(session);
        // Only concepts whose properties moved are written: a re-import leaves most of them as they were.
        var rows = concepts.stream()
                .map(c -> conceptRow(c, notPrerequisites.get(c.id())))
                .filter(row -> !row.equals(stored.get(row.get("id"))))
                .toList();
        Batches.write(session, cypher, rows);
    }

    /** The stored concepts' properties, as rows shaped like {@link #conceptRow}, by id. */
    private static Map<Object, Map<String, Object>> storedProperties(Session session) {
        var cypher =
                """
                MATCH (c:Concept)
                RETURN c.id AS id, c.name AS name, c.aliases AS aliases, c.aliasText AS aliasText,
                       c.summary AS summary, c.summaryNote AS summaryNote, c.summaryLine AS summaryLine,
                       c.category AS category, c.mentionCount AS mentionCount, c.noteCount AS noteCount,
                       c.notPrerequisites AS notPrerequisites
                """;
        var rows = session.executeRead(tx -> tx.run(cypher).list(r -> new HashMap<>(r.asMap())));
        var byId = new HashMap<Object, Map<String, Object>>();
        rows.forEach(row -> byId.put(row.get("id"), row));
        return byId;
    }

    private static void deleteGhosts(Session session, List<ConceptNode> concepts) {
        var cypher =
                """
                MATCH (c:Concept)
                WHERE NOT c.id IN $ids AND NOT EXISTS { (:Section)-[:MENTIONS]->(c) }
                DETACH DELETE c
                """;
        var ids = concepts.stream().map(ConceptNode::id).toList();
        session.executeWriteWithoutResult(
                tx -> tx.run(cypher, Map.of("ids", ids)).consume());
    }

    private static void writeTerms(Session session, Map<String, String> keys) {
        var deleteStale = "MATCH (t:Term) WHERE NOT t.key IN $keys DETACH DELETE t";
        var merge =
                """
                UNWIND $rows AS row
                MATCH (c:Concept {id: row.conceptId})
                MERGE (t:Term {key: row.key})
                MERGE (t)-[:NAMES]->(c)
                WITH t, c
                MATCH (t)-[old:NAMES]->(other)
                WHERE other <> c
                DELETE old
                """;
        session.executeWriteWithoutResult(tx ->
                tx.run(deleteStale, Map.of("keys", List.copyOf(keys.keySet()))).consume());
        var rows = keys.entrySet().stream()
                .map(e -> Map.of("key", e.getKey(), "conceptId", e.getValue()))
                .toList();
        Batches.write(session, merge, rows);
    }

    /** Symmetric relations are stored once, from the smaller id to the larger. */
    static ConceptEdge canonical(ConceptEdge e) {
        if (e.type().directed() || e.source().compareTo(e.target()) <= 0) {
            return e;
        }
        return new ConceptEdge(e.target(), e.source(), e.type(), e.confidence(), e.weight(), e.methods(), e.evidence());
    }

    /**
     * @param notPrerequisites the concepts the learner says are no prerequisite of this one (null: none), which its
     *     study path leaves out
     */
    static Map<String, Object> conceptRow(ConceptNode c, List<String> notPrerequisites) {
        var row = new HashMap<String, Object>();
        row.put("id", c.id());
        row.put("name", c.name());
        row.put("aliases", c.aliases());
        row.put(
                "aliasText",
                Stream.concat(Stream.of(c.name()), c.aliases().stream()).collect(Collectors.joining(" ")));
        // A null removes a summary the concept had before.
        row.put("summary", c.summary().map(Evidence::text).orElse(null));
        row.put("summaryNote", c.summary().map(Evidence::note).orElse(null));
        // Numbers as Long, as they are read back, so an unchanged row equals its stored twin.
        row.put("summaryLine", c.summary().map(e -> (long) e.line()).orElse(null));
        row.put("category", c.category());
        row.put("mentionCount", (long) c.mentionCount());
        row.put("noteCount", (long) c.noteCount());
        // null, not an empty list, when there are none: no concept carries the property without a correction
        row.put("notPrerequisites", notPrerequisites == null || notPrerequisites.isEmpty() ? null : notPrerequisites);
        return row;
    }
}
