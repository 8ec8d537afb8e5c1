package dev.notegraph.importer.write;

import dev.notegraph.schema.ConceptRelation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Reads the concept layer's ids and relation keys in one transaction, so both halves are of one moment. */
final class ConceptLayerReader {

    private ConceptLayerReader() {}

    static ConceptLayer read(TransactionContext tx) {
        var concepts = new HashMap<String, StoredConcept>();
        var conceptCypher =
                """
                MATCH (c:Concept)
                RETURN c.id AS id, coalesce(c.name, c.id) AS name, coalesce(c.aliases, []) AS aliases
                """;
        tx.run(conceptCypher).forEachRemaining(r -> {
            var concept = new StoredConcept(
                    r.get("id").asString(),
                    r.get("name").asString(),
                    r.get("aliases").asList(Value::asString));
            concepts.put(concept.id(), concept);
        });
        var relations = new HashSet<String>();
        var relationCypher =
                """
                MATCH (a:Concept)-[r]->(b:Concept)
                WHERE type(r) IN $types
                RETURN a.id + ' ' + type(r) + ' ' + b.id AS key
                """;
        tx.run(relationCypher, Map.of("types", ConceptRelation.names()))
                .forEachRemaining(r -> relations.add(r.get("key").asString()));
        return new ConceptLayer(Map.copyOf(concepts), Set.copyOf(relations));
    }
}
