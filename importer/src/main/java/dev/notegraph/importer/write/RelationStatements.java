package dev.notegraph.importer.write;

import dev.notegraph.schema.ConceptRelation;
import java.util.EnumMap;
import java.util.Map;

/**
 * The per-type Cypher for concept-to-concept relations. A relationship type cannot be a parameter, so each
 * statement is fixed once per enum constant at class load; no runtime text ever reaches the query string.
 */
final class RelationStatements {

    private static final String MERGE =
            """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.source}), (b:Concept {id: row.target})
            MERGE (a)-[r:%s]->(b)
            SET r.confidence = row.confidence, r.weight = row.weight, r.methods = row.methods,
                r.evidenceNotes = row.evidenceNotes, r.evidenceLines = row.evidenceLines,
                r.evidenceTexts = row.evidenceTexts
            """;

    private static final String DELETE_STALE =
            """
            MATCH (a:Concept)-[r:%s]->(b:Concept)
            WHERE NOT [a.id, b.id] IN $keep
            DELETE r
            """;

    private static final Map<ConceptRelation, String> MERGES = new EnumMap<>(ConceptRelation.class);
    private static final Map<ConceptRelation, String> DELETES = new EnumMap<>(ConceptRelation.class);

    static {
        for (var type : ConceptRelation.values()) {
            MERGES.put(type, MERGE.formatted(type.name()));
            DELETES.put(type, DELETE_STALE.formatted(type.name()));
        }
    }

    private RelationStatements() {}

    /** MERGEs {@code $rows} of {@code {source, target, confidence, weight, methods, evidence*}}. */
    static String merge(ConceptRelation type) {
        return MERGES.get(type);
    }

    /** Deletes the relations of that type whose {@code [sourceId, targetId]} is not in {@code $keep}. */
    static String deleteStale(ConceptRelation type) {
        return DELETES.get(type);
    }
}
