package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the concept layer back from Neo4j, so the eval scores what the backend serves, not the analyzer's memory. */
final class StoredGraph {

    private StoredGraph() {}

    static EvalGraph read(Driver driver) {
        var concepts =
                """
                MATCH (c:Concept)
                RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases,
                       coalesce(c.category, '') AS category, coalesce(c.mentionCount, 0) AS mentions,
                       coalesce(c.noteCount, 0) AS notes
                ORDER BY c.id
                """;
        var edges =
                """
                MATCH (a:Concept)-[r]->(b:Concept)
                WHERE type(r) IN $types
                RETURN a.id AS source, b.id AS target, type(r) AS type,
                       coalesce(r.confidence, 0.0) AS confidence, coalesce(r.weight, r.confidence, 0.0) AS weight,
                       coalesce(r.methods, []) AS methods, coalesce(r.evidenceNotes, []) AS evidenceNotes
                ORDER BY source, target, type
                """;
        var notes =
                """
                MATCH (n:Note)-[:HAS_SECTION]->(:Section)-[:MENTIONS]->(c:Concept)
                RETURN c.id AS id, collect(DISTINCT n.path) AS notes
                """;
        var excluded =
                """
                MATCH (c:Concept) WHERE c.notPrerequisites IS NOT NULL
                RETURN c.id AS id, c.notPrerequisites AS excluded
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> new EvalGraph(
                    tx.run(concepts).list(StoredGraph::toConcept),
                    tx.run(edges, Map.of("types", ConceptRelation.names())).list(StoredGraph::toEdge),
                    tx.run(notes).stream()
                            .collect(Collectors.toMap(
                                    r -> r.get("id").asString(),
                                    r -> Set.copyOf(r.get("notes").asList(Value::asString)))),
                    tx.run(excluded).stream()
                            .collect(Collectors.toMap(
                                    r -> r.get("id").asString(),
                                    r -> Set.copyOf(r.get("excluded").asList(Value::asString))))));
        }
    }

    private static ConceptNode toConcept(Record r) {
        return new ConceptNode(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("aliases").asList(Value::asString),
                Optional.empty(),
                r.get("category").asString(),
                r.get("mentions").asInt(),
                r.get("notes").asInt());
    }

    private static ConceptEdge toEdge(Record r) {
        return new ConceptEdge(
                r.get("source").asString(),
                r.get("target").asString(),
                ConceptRelation.valueOf(r.get("type").asString()),
                r.get("confidence").asDouble(),
                r.get("weight").asDouble(),
                r.get("methods").asList(Value::asString),
                // the study planner asks which notes state an edge; lines and texts are not scored
                r.get("evidenceNotes").asList(v -> new Evidence(v.asString(), 0, "")));
    }
}
