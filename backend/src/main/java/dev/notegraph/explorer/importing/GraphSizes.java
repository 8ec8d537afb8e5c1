package dev.notegraph.explorer.importing;

import dev.notegraph.schema.ConceptRelation;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** How big the graph is: notes, sections, concepts and the typed relations between concepts. */
@Component
final class GraphSizes {

    /** Only the typed concept relations count; structural edges (sections, mentions, terms) are bookkeeping. */
    private static final String QUERY =
            """
            CALL { MATCH (n:Note) RETURN count(n) AS notes }
            CALL { MATCH (s:Section) RETURN count(s) AS sections }
            CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
            CALL { MATCH (:Concept)-[r]->(:Concept) WHERE type(r) IN $types RETURN count(r) AS relations }
            RETURN notes, sections, concepts, relations
            """;

    private final Driver driver;

    GraphSizes(Driver driver) {
        this.driver = driver;
    }

    Sizes read() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var row =
                        tx.run(QUERY, Map.of("types", ConceptRelation.names())).single();
                return new Sizes(
                        row.get("notes").asLong(),
                        row.get("sections").asLong(),
                        row.get("concepts").asLong(),
                        row.get("relations").asLong());
            });
        }
    }

    record Sizes(long notes, long sections, long concepts, long relations) {}
}
