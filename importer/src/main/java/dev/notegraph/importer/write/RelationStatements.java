package dev.notegraph.importer.write;

import dev.notegraph.schema.ConceptRelation;
import java.util.EnumMap;
import java.util.Map;

/**
 * The per-type Cypher for concept-to-concept relations. A relationship type cannot be a parameter, so each
 * statement is fixed once per enum constant at class load; no runtime text ever reaches the query string.
 */
final class RelationStatements {

    // Both ends come from the unique index; CREATE because the caller knows the pair is not stored yet.
    private static final String CREATE =
            """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.source})
            MATCH (b:Concept {id: row.target})
            CREATE (a)-[:%s {confidence: row.confidence, weight: row.weight, methods: row.methods,
                evidenceNotes: row.evidenceNotes, evidenceLines: row.evidenceLines,
                evidenceTexts: row.evidenceTexts}]->(b)
            """;

    private static final String UPDATE =
            """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.source})-[r:%s]->(b:Concept {id: row.target})
            SET r.confidence = row.confidence, r.weight = row.weight, r.methods = row.methods,
                r.evidenceNotes = row.evidenceNotes, r.evidenceLines = row.evidenceLines,
                r.evidenceTexts = row.evidenceTexts
            """;

    private static final String DELETE =
            """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.source})-[r:%s]->(b:Concept {id: row.target})
            DELETE r
            """;

    // No labels: these types only ever join concepts, and without them the type's own index is scanned
    // instead of every relationship of every concept (mentions included) being expanded.
    private static final String STORED =
            """
            MATCH (a)-[r:%s]->(b)
            RETURN a.id AS source, b.id AS target, r.confidence AS confidence, r.weight AS weight,
                   r.methods AS methods, r.evidenceNotes AS evidenceNotes, r.evidenceLines AS evidenceLines,
                   r.evidenceTexts AS evidenceTexts
            """;

    private static final Map<ConceptRelation, String> CREATES = statements(CREATE);
    private static final Map<ConceptRelation, String> UPDATES = statements(UPDATE);
    private static final Map<ConceptRelation, String> DELETES = statements(DELETE);
    private static final Map<ConceptRelation, String> STORES = statements(STORED);

    private RelationStatements() {}

    private static Map<ConceptRelation, String> statements(String template) {
        var statements = new EnumMap<ConceptRelation, String>(ConceptRelation.class);
        for (var type : ConceptRelation.values()) {
            statements.put(type, template.formatted(type.name()));
        }
        return statements;
    }

    /** CREATEs {@code $rows} of {@code {source, target, confidence, weight, methods, evidence*}}. */
    static String create(ConceptRelation type) {
        return CREATES.get(type);
    }

    /** Sets the properties of the stored relations named by {@code $rows} (same shape as {@link #create}). */
    static String update(ConceptRelation type) {
        return UPDATES.get(type);
    }

    /** Deletes the relations named by {@code $rows} of {@code {source, target}}. */
    static String delete(ConceptRelation type) {
        return DELETES.get(type);
    }

    /** Every stored relation of the type: {@code source, target} and its properties, named as in the rows. */
    static String stored(ConceptRelation type) {
        return STORES.get(type);
    }
}
